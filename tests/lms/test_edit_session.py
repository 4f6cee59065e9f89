"""Editing a session log: within the window, and never overwriting someone else's save."""

import pytest
from django.urls import reverse
from django.utils.html import escape
from wagtail.models import ModelLogEntry

from lms.factories import SessionLogFactory
from lms.models import SessionLog
from tests.lms.test_log_session import valid_data


@pytest.fixture
def session_log(delivery):
    return SessionLogFactory(
        class_group=delivery.group, lesson=delivery.lessons[0], instructor=delivery.instructor
    )


def edit_data(delivery, session_log, **changes):
    data = valid_data(
        delivery,
        delivered_on=session_log.delivered_on.isoformat(),
        expected_version=str(session_log.version),
        **changes,
    )
    data.pop("client_key")
    return data


def test_instructor_edits_their_log_and_it_is_audited(client, delivery, session_log):
    client.force_login(delivery.user)
    url = reverse("delivery:edit_session", args=[session_log.pk])
    form_page = client.get(url)
    assert form_page.status_code == 200
    response = client.post(url, edit_data(delivery, session_log, minutes="35"))
    assert response.status_code == 302
    session_log.refresh_from_db()
    assert session_log.minutes == 35 and session_log.version == 2
    assert ModelLogEntry.objects.filter(object_id=str(session_log.pk), action="wagtail.edit")


def test_second_of_two_editors_is_told_and_nothing_is_overwritten(
    client, coordinator, delivery, session_log
):
    url = reverse("delivery:edit_session", args=[session_log.pk])
    first = edit_data(delivery, session_log, minutes="30")
    second = edit_data(delivery, session_log, minutes="50", notes="Coordinator's correction")

    client.force_login(delivery.user)
    assert client.post(url, first).status_code == 302

    client.force_login(coordinator)
    response = client.post(url, second)
    assert response.status_code == 200
    html = response.content.decode()
    assert escape("Someone else changed this session log after you opened it.") in html
    assert escape("Coordinator's correction") in html  # what they typed is kept
    session_log.refresh_from_db()
    assert session_log.minutes == 30 and session_log.notes == ""
    assert SessionLog.objects.count() == 1


def test_editing_keeps_the_lesson_as_delivered_after_it_was_revised(client, delivery, session_log):
    lesson = delivery.lessons[0]
    delivered_revision = session_log.lesson_revision_id
    lesson.title = "Walking in another's shoes (2027 edition)"
    lesson.save_revision().publish()
    client.force_login(delivery.user)
    url = reverse("delivery:edit_session", args=[session_log.pk])
    client.post(url, edit_data(delivery, session_log, minutes="20"))
    session_log.refresh_from_db()
    assert session_log.lesson_revision_id == delivered_revision
    assert session_log.lesson_title == "Walking in another's shoes"


def test_editing_a_log_of_a_lesson_since_unpublished_still_works(client, delivery, session_log):
    delivery.lessons[0].unpublish()
    client.force_login(delivery.user)
    url = reverse("delivery:edit_session", args=[session_log.pk])
    response = client.post(url, edit_data(delivery, session_log, minutes="25"))
    assert response.status_code == 302
    session_log.refresh_from_db()
    assert session_log.minutes == 25
