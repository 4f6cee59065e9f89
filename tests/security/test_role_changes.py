"""Who may change whose groups in the admin: nobody their own; only a superuser anything
beyond the Instructors group (the admin roles, Wagtail's own groups, administrator status).

Every way the Wagtail admin offers is tried: the user edit and create screens and the
users listing's "Assign role" bulk action.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from lms import roles
from tests.conftest import login_verified

OWN_GROUPS = "Nobody can change their own groups or administrator status: ask a superuser."
SUPERUSER_ONLY = "Only a superuser can give or take away these groups: {}."
ADMINISTRATOR_ONLY = "Only a superuser can give or take away administrator status."


def group_ids(*names):
    return [Group.objects.get(name=name).pk for name in names]


def group_names(user):
    return set(user.groups.values_list("name", flat=True))


def edit_form(user, groups, **changes):
    """What the edit screen posts for `user`, with `groups` ticked."""
    form = {
        "username": user.username,
        "email": user.email or f"{user.username}@ecip.example",
        "first_name": user.first_name or "First",
        "last_name": user.last_name or "Last",
        "is_active": "on",
        "password1": "",
        "password2": "",
        "groups": group_ids(*groups),
    }
    form.update(changes)
    return form


def post_edit(client, user, groups, **changes):
    return client.post(
        reverse("wagtailusers_users:edit", args=[user.pk]), edit_form(user, groups, **changes)
    )


def errors(response):
    form = response.context["form"]
    return [message for messages in form.errors.values() for message in messages]


def assign_role(client, users, group_name):
    """The users listing's bulk action "Assign role", as the admin posts it."""
    url = reverse("wagtail_bulk_action", args=("auth", "user", "assign_role"))
    query = "&".join(f"id={user.pk}" for user in users)
    return client.post(
        f"{url}?{query}&next=/admin/users/",
        {"role": Group.objects.get(name=group_name).pk},
        follow=True,
    )


def test_a_coordinator_cannot_make_themself_a_reviewer_and_trainer(client, coordinator):
    login_verified(client, coordinator)
    response = post_edit(client, coordinator, [roles.COORDINATORS, roles.REVIEWERS, roles.TRAINERS])
    assert response.status_code == 200
    assert OWN_GROUPS in errors(response)
    assert OWN_GROUPS in response.content.decode()
    # What was ticked is kept on the screen, so the user sees what was refused.
    assert set(response.context["form"]["groups"].value()) == {
        str(pk) for pk in group_ids(roles.COORDINATORS, roles.REVIEWERS, roles.TRAINERS)
    }
    assert group_names(coordinator) == {roles.COORDINATORS}


def test_a_coordinator_cannot_leave_their_own_group_either(client, coordinator):
    login_verified(client, coordinator)
    response = post_edit(client, coordinator, [])
    assert OWN_GROUPS in errors(response)
    assert group_names(coordinator) == {roles.COORDINATORS}


def test_a_coordinator_may_still_edit_their_own_details(client, coordinator):
    login_verified(client, coordinator)
    response = post_edit(client, coordinator, [roles.COORDINATORS], first_name="Sana")
    assert response.status_code == 302
    coordinator.refresh_from_db()
    assert coordinator.first_name == "Sana"
    assert group_names(coordinator) == {roles.COORDINATORS}


@pytest.mark.parametrize("group", [roles.REVIEWERS, roles.COORDINATORS, "Moderators", "Editors"])
def test_a_coordinator_cannot_give_a_trainer_an_admin_group(client, coordinator, trainer, group):
    login_verified(client, coordinator)
    response = post_edit(client, trainer, [roles.TRAINERS, group])
    assert response.status_code == 200
    assert SUPERUSER_ONLY.format(group) in errors(response)
    assert group_names(trainer) == {roles.TRAINERS}


def test_a_coordinator_cannot_take_an_admin_role_away(client, coordinator, reviewer):
    login_verified(client, coordinator)
    response = post_edit(client, reviewer, [roles.INSTRUCTORS])
    assert SUPERUSER_ONLY.format(roles.REVIEWERS) in errors(response)
    assert group_names(reviewer) == {roles.REVIEWERS}


def test_a_coordinator_cannot_make_anyone_an_administrator(client, coordinator, instructor_user):
    login_verified(client, coordinator)
    response = post_edit(client, instructor_user, [roles.INSTRUCTORS], is_superuser="on")
    assert response.status_code == 200
    assert ADMINISTRATOR_ONLY in errors(response)
    instructor_user.refresh_from_db()
    assert not instructor_user.is_superuser


def test_a_coordinator_manages_instructor_accounts(client, coordinator, trainer, make_user):
    login_verified(client, coordinator)
    newcomer = make_user("newcomer")
    assert post_edit(client, newcomer, [roles.INSTRUCTORS]).status_code == 302
    assert group_names(newcomer) == {roles.INSTRUCTORS}
    # A trainer who also teaches keeps the trainer role the coordinator cannot touch.
    assert post_edit(client, trainer, [roles.TRAINERS, roles.INSTRUCTORS]).status_code == 302
    assert group_names(trainer) == {roles.TRAINERS, roles.INSTRUCTORS}


def test_a_coordinator_creates_instructors_but_not_admin_roles(client, coordinator):
    login_verified(client, coordinator)
    form = {
        "username": "new.reviewer",
        "email": "new.reviewer@ecip.example",
        "first_name": "Hina",
        "last_name": "Raza",
        "password1": "ink-river-lantern-42",
        "password2": "ink-river-lantern-42",
        "groups": group_ids(roles.REVIEWERS),
    }
    response = client.post(reverse("wagtailusers_users:add"), form)
    assert response.status_code == 200
    assert SUPERUSER_ONLY.format(roles.REVIEWERS) in errors(response)
    assert not get_user_model().objects.filter(username="new.reviewer").exists()

    response = client.post(reverse("wagtailusers_users:add"), {**form, "is_superuser": "on"})
    assert ADMINISTRATOR_ONLY in errors(response)

    form["groups"] = group_ids(roles.INSTRUCTORS)
    assert client.post(reverse("wagtailusers_users:add"), form).status_code == 302
    assert group_names(get_user_model().objects.get(username="new.reviewer")) == {roles.INSTRUCTORS}


def test_a_superuser_grants_admin_roles_but_not_to_themself(client, superuser, trainer):
    login_verified(client, superuser)
    assert post_edit(client, trainer, [roles.TRAINERS, roles.REVIEWERS]).status_code == 302
    assert group_names(trainer) == {roles.TRAINERS, roles.REVIEWERS}

    response = post_edit(client, superuser, [roles.REVIEWERS])
    assert OWN_GROUPS in errors(response)
    assert group_names(superuser) == set()


def test_the_assign_role_bulk_action_follows_the_same_rules(
    client, coordinator, trainer, make_user
):
    newcomer = make_user("newcomer")
    login_verified(client, coordinator)

    response = assign_role(client, [coordinator], roles.REVIEWERS)
    assert OWN_GROUPS in response.content.decode()
    assert group_names(coordinator) == {roles.COORDINATORS}

    response = assign_role(client, [newcomer, trainer], roles.REVIEWERS)
    assert SUPERUSER_ONLY.format(roles.REVIEWERS) in response.content.decode()
    assert group_names(trainer) == {roles.TRAINERS}
    assert group_names(newcomer) == set()

    response = assign_role(client, [newcomer, trainer], roles.INSTRUCTORS)
    assert "2 users have been assigned as Instructors" in response.content.decode()
    assert group_names(newcomer) == {roles.INSTRUCTORS}
    assert group_names(trainer) == {roles.TRAINERS, roles.INSTRUCTORS}


def test_a_superuser_cannot_assign_themself_a_role_in_bulk(client, superuser, trainer):
    login_verified(client, superuser)
    response = assign_role(client, [superuser, trainer], roles.REVIEWERS)
    assert OWN_GROUPS in response.content.decode()
    assert group_names(superuser) == set()
    assert group_names(trainer) == {roles.TRAINERS}  # all or nothing

    assign_role(client, [trainer], roles.REVIEWERS)
    assert group_names(trainer) == {roles.TRAINERS, roles.REVIEWERS}


def test_coordinators_cannot_edit_the_groups_themselves(client, coordinator):
    """The group editor could give a role any permission: it is for superusers only."""
    login_verified(client, coordinator)
    reviewers = Group.objects.get(name=roles.REVIEWERS)
    for url in (
        reverse("wagtailusers_groups:index"),
        reverse("wagtailusers_groups:edit", args=[reviewers.pk]),
        reverse("wagtailusers_groups:add"),
    ):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"] == reverse("wagtailadmin_home"), url
