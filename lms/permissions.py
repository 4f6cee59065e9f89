"""The Wagtail side of lms.scoping: every delivery model gets a ScopedPermissionPolicy.

Registered from LmsConfig.ready(), before any admin code can ask Wagtail's policy
registry about these models: the first lookup of an unregistered model creates a
fallback ModelPermissionPolicy (Django's model permissions) and a later registration
is refused. With these policies, admin menus, buttons and views consult
lms.scoping.RULES and nothing else; Django's lms.* model permissions grant nothing.
"""

from wagtail.permissions import register_permission_policy

from lms.scoping import ScopedPermissionPolicy


def scoped_models():
    from lms.models import ClassGroup, Instructor, Jail, Observation, SessionLog, TrainingRecord

    return [Jail, Instructor, ClassGroup, SessionLog, Observation, TrainingRecord]


def register_policies():
    for model in scoped_models():
        register_permission_policy(model, ScopedPermissionPolicy(model), exact_class=True)
