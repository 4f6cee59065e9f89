"""The session-log form's guards: edit conflicts, repeated submissions, hidden fields."""

import pytest
from django.urls import reverse
from django.utils.html import escape
from wagtail.models import ModelLogEntry

from lms.factories import SessionLogFactory
from lms.models import SessionLog
from tests.lms.admin_helpers import admin_login, admin_url
from tests.lms.test_edit_session import edit_data
from tests.lms.test_log_session import valid_data

LOG_URL = "/en/delivery/sessions/new/"
NO_VERSION = "This form does not say which version of the session log it changes"
STALE = "Someone else changed this session log after you opened it."


@pytest.fixture
def session_log(delivery):
    return SessionLogFactory(
        class_group=delivery.group, lesson=delivery.lessons[0], instructor=delivery.instructor
    )


def corrected_by_someone_else(session_log):
    SessionLog.objects.filter(pk=session_log.pk).update(minutes=30, version=2)


@pytest.mark.parametrize(
    ("version", "message"), [(None, NO_VERSION), ("", NO_VERSION), ("0", STALE), ("x", NO_VERSION)]
)
@pytest.mark.parametrize("screen", ["front", "admin"])
def test_an_edit_without_its_version_cannot_overwrite_a_correction(
    client, coordinator, delivery, session_log, version, message, screen
):
    corrected_by_someone_else(session_log)
    data = edit_data(delivery, session_log, minutes="55", notes="My own correction")
    data.pop("expected_version")
    if version is not None:
        data["expected_version"] = version
    if screen == "front":
        client.force_login(delivery.user)
        url = reverse("delivery:edit_session", args=[session_log.pk])
    else:
        admin_login(client, coordinator)
        url = admin_url("session_logs", "edit", session_log.pk)
    response = client.post(url, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert escape(message) in html
    assert escape("My own correction") in html  # what they typed is kept
    session_log.refresh_from_db()
    assert (session_log.minutes, session_log.version, session_log.notes) == (30, 2, "")
    assert not ModelLogEntry.objects.filter(action="wagtail.edit").exists()


def test_an_edit_from_the_current_version_is_saved(client, delivery, session_log):
    client.force_login(delivery.user)
    url = reverse("delivery:edit_session", args=[session_log.pk])
    response = client.post(url, edit_data(delivery, session_log, minutes="55"))
    assert response.status_code == 302
    session_log.refresh_from_db()
    assert (session_log.minutes, session_log.version) == (55, 2)


@pytest.mark.parametrize("screen", ["front", "admin"])
def test_a_second_identical_submission_shows_the_saved_log(client, coordinator, delivery, screen):
    data = valid_data(delivery)
    if screen == "front":
        client.force_login(delivery.user)
        url = LOG_URL
    else:
        admin_login(client, coordinator)
        url = admin_url("session_logs", "add")
    first, second = client.post(url, data), client.post(url, data)
    session_log = SessionLog.objects.get()
    assert first.status_code == second.status_code == 302
    if screen == "front":
        assert second["Location"] == reverse("delivery:session_detail", args=[session_log.pk])
    else:
        assert second["Location"] == admin_url("session_logs", "edit", session_log.pk)
    page = client.get(second["Location"]).content.decode()
    assert "This session was already saved; it was not saved twice." in page
    assert "was already logged for" not in page
    assert ModelLogEntry.objects.filter(object_id=str(session_log.pk)).count() == 1


def test_the_same_key_for_another_session_is_not_saved_twice(client, delivery):
    """A key that already saved a log never saves a second one, even with other data."""
    client.force_login(delivery.user)
    data = valid_data(delivery)
    assert client.post(LOG_URL, data).status_code == 302
    other = dict(data, lesson=delivery.lessons[1].pk, steps_done=[])
    response = client.post(LOG_URL, other)
    assert response.status_code == 302
    assert SessionLog.objects.count() == 1


def test_an_error_on_the_hidden_instructor_field_is_shown(client, delivery):
    client.force_login(delivery.user)
    # The page fixes the instructor in a hidden field; a tampered or outdated value
    # must still be explained, not leave "correct the marked fields" with none marked.
    data = valid_data(delivery, instructor=delivery.kasur_instructor.pk)
    response = client.post(LOG_URL, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert escape("Instructor: Select a valid choice.") in html
    assert not SessionLog.objects.exists()


def test_an_error_on_a_hidden_admin_field_is_shown(client, coordinator, delivery):
    admin_login(client, coordinator)
    data = valid_data(delivery, client_key="not-a-key")
    response = client.post(admin_url("session_logs", "add"), data)
    assert response.status_code == 200
    assert "Enter a valid UUID." in response.content.decode()
    assert not SessionLog.objects.exists()
