"""Five wrong passwords lock a username for 30 minutes, and the login page says so."""

from datetime import timedelta

from axes.models import AccessAttempt
from django.core.management import call_command
from django.db.models import F
from django.urls import reverse

from tests.conftest import PASSWORD

LOCKED = "Too many failed logins: after 5 wrong passwords this account is locked for 30 minutes"


def attempt(client, username, password):
    return client.post(reverse("login"), {"username": username, "password": password})


def test_fifth_failure_locks_the_username_with_a_clear_message(client, instructor_user):
    for _ in range(4):
        response = attempt(client, "instructor", "wrong-password")
        assert response.status_code == 200
        assert "Please enter a correct username and password" in response.content.decode()

    locked = attempt(client, "instructor", "wrong-password")
    assert locked.status_code == 429
    html = locked.content.decode()
    assert LOCKED in html
    assert "ask the site administrator to unlock it" in html
    assert "Log in to ECIP" in html  # the login page itself, not a bare error
    assert 'value="instructor"' in html  # what was typed is kept

    # Even the right password is refused while the lock holds.
    right = attempt(client, "instructor", PASSWORD)
    assert right.status_code == 429 and LOCKED in right.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_lock_lifts_after_thirty_minutes(client, instructor_user):
    for _ in range(5):
        attempt(client, "instructor", "wrong-password")
    assert attempt(client, "instructor", PASSWORD).status_code == 429
    # Move the recorded failures 31 minutes into the past instead of waiting.
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=31))
    assert attempt(client, "instructor", PASSWORD).status_code == 302


def test_a_coordinator_can_unlock_at_once(client, instructor_user):
    for _ in range(5):
        attempt(client, "instructor", "wrong-password")
    call_command("axes_reset_username", "instructor")
    assert attempt(client, "instructor", PASSWORD).status_code == 302


def test_a_lock_on_one_username_leaves_colleagues_on_the_same_network_alone(
    client, instructor_user, make_user
):
    """A jail's staff share one public address; one person's typos must not lock them all."""
    make_user("colleague")
    for _ in range(5):
        attempt(client, "instructor", "wrong-password")
    assert attempt(client, "colleague", PASSWORD).status_code == 302


def test_unknown_usernames_lock_the_same_way(client, db):
    """The same message for accounts that do not exist: nothing to learn about usernames."""
    for _ in range(4):
        attempt(client, "nobody-here", "guess")
    response = attempt(client, "nobody-here", "guess")
    assert response.status_code == 429 and LOCKED in response.content.decode()
