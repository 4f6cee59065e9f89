"""Passwords: at least 12 characters plus Django's validators, wherever a password is set."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.urls import reverse

from lms import roles
from tests.conftest import PASSWORD, login_verified

TOO_SHORT = "This password is too short. It must contain at least 12 characters."
TOO_COMMON = "This password is too common."
ALL_NUMBERS = "This password is entirely numeric."
LIKE_USERNAME = "The password is too similar to the username."
PREDICTABLE = "This password is mostly repeated characters or a keyboard or alphabet sequence."
DEMO = "This is the demo site’s published password: choose one of your own."
SAME_AS_NOW = "Your new password must be different from your current password."


@pytest.mark.parametrize(
    ("new_password", "error"),
    [
        ("river-lamp-9", None),  # exactly 12: accepted
        ("river-lamp9", TOO_SHORT),  # 11
        ("password1234", TOO_COMMON),
        ("830461927350", ALL_NUMBERS),
        ("instructor12", LIKE_USERNAME),
        ("aaaaaaaaaaaa", PREDICTABLE),
        ("qwertyuiopas", PREDICTABLE),
        ("abcdefghijkl", PREDICTABLE),
        ("abcabcabcabc", PREDICTABLE),
        ("lamp-lamp-lamp", PREDICTABLE),
        ("1qaz2wsx3edc4rfv", PREDICTABLE),  # down the keyboard's columns
        ("ZAQ!2wsxCDE#", PREDICTABLE),
        ("asdfghjkl;'#", PREDICTABLE),
        ("ecip-demo-2026", DEMO),
        ("ECIP-demo-2026", DEMO),
        (PASSWORD, SAME_AS_NOW),
        ("correct-horse-battery-7", None),  # near the current one, yet a new password
        ("ink-river-lantern-42", None),
        ("tree-1234-xkcd-7", None),  # a short run inside an otherwise random password
    ],
)
def test_changing_a_password_applies_every_rule(client, instructor_user, new_password, error):
    client.force_login(instructor_user)
    response = client.post(
        reverse("password_change"),
        {
            "old_password": PASSWORD,
            "new_password1": new_password,
            "new_password2": new_password,
        },
    )
    instructor_user.refresh_from_db()
    if error is None:
        assert response.status_code == 302 and response["Location"] == "/account/"
        assert instructor_user.check_password(new_password)
    else:
        assert response.status_code == 200
        assert error in response.context["form"].errors["new_password2"]
        assert instructor_user.check_password(PASSWORD)


def test_the_form_shows_the_rules_before_anyone_types(client, instructor_user):
    client.force_login(instructor_user)
    html = client.get(reverse("password_change")).content.decode()
    assert "Your password must contain at least 12 characters." in html


def test_a_coordinator_creating_an_account_gets_the_same_rules(client, coordinator):
    login_verified(client, coordinator)
    form = {
        "username": "new.instructor",
        "email": "new.instructor@ecip.example",
        "first_name": "Hina",
        "last_name": "Raza",
        "password1": "short-pw-1",
        "password2": "short-pw-1",
        "groups": [Group.objects.get(name=roles.INSTRUCTORS).pk],
    }
    response = client.post(reverse("wagtailusers_users:add"), form)
    assert response.status_code == 200
    assert TOO_SHORT in response.context["form"].errors["password2"]
    assert not get_user_model().objects.filter(username="new.instructor").exists()

    form["password1"] = form["password2"] = "ink-river-lantern-42"
    response = client.post(reverse("wagtailusers_users:add"), form)
    assert response.status_code == 302
    assert (
        get_user_model()
        .objects.get(username="new.instructor")
        .check_password("ink-river-lantern-42")
    )


def test_the_demo_password_is_the_published_one():
    """The validator refuses whatever the demo and the README publish, not a copy."""
    readme = (settings.BASE_DIR / "README.md").read_text()
    assert f"`{settings.DEMO_PASSWORD}`" in readme
    with pytest.raises(ValidationError) as refused:
        validate_password(settings.DEMO_PASSWORD)
    assert DEMO in refused.value.messages


def test_the_form_lists_the_new_rules(client, instructor_user):
    client.force_login(instructor_user)
    html = client.get(reverse("password_change")).content.decode()
    assert "Your password can’t be mostly repeated characters" in html
    assert "Your password can’t be the demo site’s published password." in html
    assert "Your new password can’t be your current password." in html


def test_a_coordinator_cannot_give_an_account_the_demo_password(
    client, coordinator, instructor_user
):
    login_verified(client, coordinator)
    form = {
        "username": instructor_user.username,
        "email": "instructor@ecip.example",
        "first_name": "Ayesha",
        "last_name": "Khan",
        "is_active": "on",
        "password1": settings.DEMO_PASSWORD,
        "password2": settings.DEMO_PASSWORD,
        "groups": [Group.objects.get(name=roles.INSTRUCTORS).pk],
    }
    response = client.post(reverse("wagtailusers_users:edit", args=[instructor_user.pk]), form)
    assert response.status_code == 200
    assert DEMO in response.context["form"].errors["password2"]
    instructor_user.refresh_from_db()
    assert instructor_user.check_password(PASSWORD)
