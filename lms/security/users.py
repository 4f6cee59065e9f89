"""The Wagtail admin's user screens, held to lms.roles.role_change_refusal.

Wagtail lets anyone with `auth.change_user` (coordinators) tick any group, and
"Administrator", on any account including their own. The forms below refuse what the rule
refuses, with the reason on the field; the users listing's "Assign role" bulk action is
checked by a `before_bulk_action` hook (lms/security/wagtail_hooks.py). Wired in through
Wagtail's documented customisation point: a UserViewSet named by the app config of
`wagtail.users` (lms/security/wagtail_users.py).
"""

from wagtail.users import forms as wagtail_forms
from wagtail.users.views import users as wagtail_views

from lms.roles import role_change_refusal


class RoleChangeRules:
    """For a Wagtail user form: the signed-in user (`actor`) may change only what
    role_change_refusal allows."""

    def __init__(self, *args, actor, **kwargs):
        self.actor = actor
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned_data = super().clean()
        target = self.instance
        if "groups" in self.fields and "groups" in cleaned_data:
            before = set(target.groups.values_list("name", flat=True)) if target.pk else set()
            after = {group.name for group in cleaned_data["groups"]}
            refusal = role_change_refusal(
                self.actor, target, added=after - before, removed=before - after
            )
            if refusal:
                self.add_error("groups", refusal)
        if "is_superuser" in self.fields and "is_superuser" in cleaned_data:
            # The model instance still holds the stored value: the form copies its data
            # onto it only after clean().
            changed = cleaned_data["is_superuser"] != target.is_superuser
            refusal = role_change_refusal(self.actor, target, superuser_changed=changed)
            if refusal:
                self.add_error("is_superuser", refusal)
        return cleaned_data


class UserCreationForm(RoleChangeRules, wagtail_forms.UserCreationForm):
    pass


class UserEditForm(RoleChangeRules, wagtail_forms.UserEditForm):
    pass


class ActorFormMixin:
    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "actor": self.request.user}


class CreateView(ActorFormMixin, wagtail_views.CreateView):
    pass


class EditView(ActorFormMixin, wagtail_views.EditView):
    pass


class UserViewSet(wagtail_views.UserViewSet):
    add_view_class = CreateView
    edit_view_class = EditView

    def get_form_class(self, for_update=False):
        return UserEditForm if for_update else UserCreationForm


def bulk_role_refusal(actor, users, role):
    """The first refusal among `users` for the "Assign role" bulk action, or None: the
    action assigns to all the selected users or to none."""
    holders = set(role.user_set.filter(pk__in=[u.pk for u in users]).values_list("pk", flat=True))
    for user in users:
        added = () if user.pk in holders else (role.name,)
        refusal = role_change_refusal(actor, user, added=added)
        if refusal:
            return refusal
    return None
