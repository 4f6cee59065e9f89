"""Who may see or change which delivery record: decided here and nowhere else.

Every front-end view, admin screen, report, export, import and API asks
`Model.objects.for_user(user, action)` for the rows it may touch, or the Wagtail
permission policy built on the same rules. `RULES` is the roles x actions matrix that
docs/roles-and-permissions.md sets out and tests/lms/test_permission_matrix.py follows.
"""

from django.db import models
from django.utils import timezone
from wagtail.permission_policies.base import BasePermissionPolicy

from lms.roles import COORDINATORS, INSTRUCTORS, TRAINERS, roles_for

VIEW, ADD, CHANGE, DELETE = "view", "add", "change", "delete"
ACTIONS = (VIEW, ADD, CHANGE, DELETE)

# Scopes, from widest to narrowest.
ALL = "all"  # every jail
OWN_JAIL = "own_jail"  # rows of the jail(s) the instructor is assigned to today
OWN = "own"  # rows the user is the subject or author of (see each model's owner_q)

EVERYTHING = dict.fromkeys(ACTIONS, ALL)

RULES = {
    "jail": {
        COORDINATORS: EVERYTHING,
        TRAINERS: {VIEW: ALL},
        INSTRUCTORS: {VIEW: OWN_JAIL},
    },
    "classgroup": {
        COORDINATORS: EVERYTHING,
        TRAINERS: {VIEW: ALL},
        INSTRUCTORS: {VIEW: OWN_JAIL},
    },
    "instructor": {
        COORDINATORS: EVERYTHING,
        TRAINERS: {VIEW: ALL},
        INSTRUCTORS: {VIEW: OWN},
    },
    "sessionlog": {
        COORDINATORS: EVERYTHING,
        TRAINERS: {VIEW: ALL},
        # Own logs at their own jail, and only within the edit window (SessionLog.owner_q).
        INSTRUCTORS: {VIEW: OWN_JAIL, ADD: OWN_JAIL, CHANGE: OWN},
    },
    "observation": {
        COORDINATORS: EVERYTHING,
        TRAINERS: {VIEW: ALL, ADD: ALL, CHANGE: OWN, DELETE: OWN},
        INSTRUCTORS: {VIEW: OWN_JAIL},
    },
    "trainingrecord": {
        COORDINATORS: EVERYTHING,
        TRAINERS: EVERYTHING,
        INSTRUCTORS: {VIEW: OWN},
    },
}

_WIDTH = {ALL: 3, OWN_JAIL: 2, OWN: 1}


def scope_for(user, model, action):
    """The widest scope any of the user's roles grants for this action, or None."""
    if not user.is_authenticated or not user.is_active:
        return None
    if user.is_superuser:
        return ALL
    rules = RULES[model._meta.model_name]
    scopes = [
        rules[role][action]
        for role in roles_for(user).names
        if role in rules and action in rules[role]
    ]
    return max(scopes, key=_WIDTH.get, default=None)


def current_jail_ids(user):
    """Jails the user serves as an instructor today (cached for the request)."""
    if not hasattr(user, "_ecip_jail_ids"):
        from lms.models import Assignment

        user._ecip_jail_ids = frozenset(
            Assignment.objects.current(timezone.localdate())
            .filter(instructor__user=user, instructor__active=True)
            .values_list("jail_id", flat=True)
        )
    return user._ecip_jail_ids


class ScopedQuerySet(models.QuerySet):
    """Adds `for_user`. Models say how they reach a jail (`jail_lookup`) and an owner
    (`owner_q`)."""

    def for_user(self, user, action=VIEW):
        scope = scope_for(user, self.model, action)
        if scope == ALL:
            return self
        if scope == OWN_JAIL:
            return self.filter(**{f"{self.model.jail_lookup}__in": current_jail_ids(user)})
        if scope == OWN:
            return self.filter(self.model.owner_q(user, action))
        return self.none()


class ScopedPermissionPolicy(BasePermissionPolicy):
    """Wagtail's view of the same rules, for the admin's viewsets and menus."""

    def user_has_permission(self, user, action):
        return scope_for(user, self.model, action) is not None

    def user_has_permission_for_instance(self, user, action, instance):
        return self.instances_user_has_permission_for(user, action).filter(pk=instance.pk).exists()

    def instances_user_has_any_permission_for(self, user, actions):
        querysets = [self.instances_user_has_permission_for(user, a) for a in actions]
        pks = set()
        for queryset in querysets:
            pks.update(queryset.values_list("pk", flat=True))
        return self.model._default_manager.filter(pk__in=pks)

    def instances_user_has_permission_for(self, user, action):
        return self.model._default_manager.all().for_user(user, action)

    def users_with_any_permission(self, actions):
        from django.contrib.auth import get_user_model

        rules = RULES[self.model._meta.model_name]
        roles = [role for role, allowed in rules.items() if set(actions) & set(allowed)]
        return (
            get_user_model()
            .objects.filter(is_active=True)
            .filter(models.Q(is_superuser=True) | models.Q(groups__name__in=roles))
            .distinct()
        )
