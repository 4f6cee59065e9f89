"""The four roles of the programme as Django groups, and the curriculum approval workflow.

Everything here is idempotent and runs after every `migrate` (see LmsConfig.ready), so a new
install, a test database and production all hold the same groups with the same
permissions. Nobody sets permissions up by hand.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

INSTRUCTORS = "Instructors"
TRAINERS = "Trainers"
REVIEWERS = "Reviewers"
COORDINATORS = "Coordinators"
ROLE_NAMES = [INSTRUCTORS, TRAINERS, REVIEWERS, COORDINATORS]

# The only group a coordinator may give or take away. Every other group (the admin roles,
# Wagtail's own Editors and Moderators, any group a superuser makes later) and
# administrator status change only at a superuser's hand: an allow-list, so a new group
# is protected without anyone remembering to add it here.
DELEGABLE_GROUPS = frozenset({INSTRUCTORS})

WORKFLOW_NAME = "Curriculum approval"
APPROVAL_TASK_NAME = "Lead trainer review"

ADMIN_ACCESS = "wagtailadmin.access_admin"
LIFE_SKILL_EDITING = [
    "curriculum.add_lifeskill",
    "curriculum.change_lifeskill",
    "curriculum.delete_lifeskill",
    "curriculum.view_lifeskill",
]
MEDIA_EDITING = [
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
]
MEDIA_CHOOSING = ["wagtaildocs.choose_document", "wagtailimages.choose_image"]
# Start and sync wagtail-localize translations; translated pages still need approval.
TRANSLATING = "wagtail_localize.submit_translation"

# What each role may do. Instructors work only in the front end; trainers write but
# cannot publish, so every change they make goes through the reviewers' approval.
ROLE_PERMISSIONS = {
    INSTRUCTORS: {"model": [], "page": [], "collection": []},
    TRAINERS: {
        "model": [ADMIN_ACCESS, TRANSLATING, *LIFE_SKILL_EDITING],
        "page": ["add", "change", "lock"],
        "collection": MEDIA_EDITING,
    },
    REVIEWERS: {
        "model": [ADMIN_ACCESS, TRANSLATING, "curriculum.view_lifeskill"],
        "page": ["add", "change", "publish", "lock", "unlock"],
        "collection": MEDIA_CHOOSING,
    },
    COORDINATORS: {
        "model": [
            ADMIN_ACCESS,
            "auth.add_user",
            "auth.change_user",
            "auth.view_user",
            "curriculum.view_lifeskill",
        ],
        "page": [],
        "collection": [],
    },
}


def _permission(dotted_name):
    app_label, codename = dotted_name.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _page_permission(permission_type):
    return Permission.objects.get(
        content_type__app_label="wagtailcore", codename=f"{permission_type}_page"
    )


@transaction.atomic
def ensure_roles(**kwargs):
    """Create or repair the role groups so they hold exactly the permissions above."""
    for app_config in global_apps.get_app_configs():
        create_permissions(app_config, verbosity=0)
    root_page = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()
    for name, spec in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.set([_permission(p) for p in spec["model"]])
        if root_page:
            wanted = {_page_permission(p) for p in spec["page"]}
            GroupPagePermission.objects.filter(group=group).exclude(
                page=root_page, permission__in=wanted
            ).delete()
            for permission in wanted:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=root_page, permission=permission
                )
        if root_collection:
            wanted = {_permission(p) for p in spec["collection"]}
            GroupCollectionPermission.objects.filter(group=group).exclude(
                collection=root_collection, permission__in=wanted
            ).delete()
            for permission in wanted:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission
                )
    ensure_curriculum_workflow()


def curriculum_workflow():
    """The "Curriculum approval" workflow: one task, approved by any reviewer but the
    person who submitted the change."""
    from curriculum.models import CurriculumApprovalTask

    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    task, _created = CurriculumApprovalTask.objects.get_or_create(
        name=APPROVAL_TASK_NAME, defaults={"active": True}
    )
    task.groups.set([Group.objects.get(name=REVIEWERS)])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, sort_order=0)
    return workflow


def ensure_curriculum_workflow():
    """Put every curriculum and training tree (in every language) under approval."""
    from curriculum.models import CurriculumIndexPage, TrainingProgrammePage

    workflow = curriculum_workflow()
    for page_class in (CurriculumIndexPage, TrainingProgrammePage):
        for page in page_class.objects.all():
            WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})


def assign_curriculum_workflow(sender, instance, created, raw=False, **kwargs):
    """post_save receiver: a new curriculum or training tree starts under approval."""
    if created and not raw:
        WorkflowPage.objects.update_or_create(
            page=instance, defaults={"workflow": curriculum_workflow()}
        )


def role_change_refusal(actor, target, added=(), removed=(), superuser_changed=False):
    """Why `actor` may not give `target` the groups named in `added`, take away those in
    `removed` or change their administrator status; None when they may.

    The one rule behind every admin screen that changes groups (lms/security/users.py):
    nobody changes their own groups, so no one can promote themself (a coordinator to
    reviewer, a trainer to approver of their own work); and only a superuser changes
    anything beyond the Instructors group.
    """
    changed = set(added) | set(removed)
    if not (changed or superuser_changed):
        return None
    if target.pk is not None and target.pk == actor.pk:
        return _("Nobody can change their own groups or administrator status: ask a superuser.")
    if actor.is_superuser:
        return None
    if superuser_changed:
        return _("Only a superuser can give or take away administrator status.")
    reserved = sorted(changed - DELEGABLE_GROUPS)
    if reserved:
        return _("Only a superuser can give or take away these groups: %(groups)s.") % {
            "groups": ", ".join(reserved)
        }
    return None


class UserRoles:
    """The programme roles one user holds, read once per request (one query)."""

    ADMIN_ROLES = frozenset({TRAINERS, REVIEWERS, COORDINATORS})

    def __init__(self, user):
        self.user = user
        if user.is_authenticated and user.is_active:
            self.names = frozenset(
                user.groups.filter(name__in=ROLE_NAMES).values_list("name", flat=True)
            )
        else:
            self.names = frozenset()

    @property
    def is_instructor(self):
        return INSTRUCTORS in self.names

    @property
    def is_trainer(self):
        return TRAINERS in self.names

    @property
    def is_reviewer(self):
        return REVIEWERS in self.names

    @property
    def is_coordinator(self):
        return COORDINATORS in self.names or self.user.is_superuser

    @property
    def can_use_admin(self):
        return self.user.is_superuser or bool(self.names & self.ADMIN_ROLES)


def roles_for(user):
    """UserRoles for a user, cached on the user object for the rest of the request."""
    if not hasattr(user, "_ecip_roles"):
        user._ecip_roles = UserRoles(user)
    return user._ecip_roles
