"""Session logs in the coordinators' admin: the same rules as the instructors' form."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import ModelLogEntry

from lms.factories import ClassGroupFactory, SessionLogFactory
from lms.models import SessionLog
from tests.lms.admin_helpers import admin_login, admin_url, form_errors
from tests.lms.test_log_session import valid_data

ADD = admin_url("session_logs", "add")


@pytest.fixture
def coordinator_client(client, coordinator):
    return admin_login(client, coordinator)


def test_add_form_renders_with_a_submission_key_and_grouped_steps(coordinator_client, delivery):
    response = coordinator_client.get(ADD)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="client_key"' in html and 'type="hidden"' in html
    assert "EMP-01 · Walking in another&#x27;s shoes" in html
    assert "1. Feelings circle" in html


def test_coordinator_adds_a_log_with_a_snapshot_and_an_audit_entry(
    coordinator_client, coordinator, delivery
):
    response = coordinator_client.post(ADD, valid_data(delivery))
    assert response.status_code == 302, form_errors(response)
    session_log = SessionLog.objects.get()
    assert session_log.recorded_by == coordinator
    assert session_log.jail == delivery.lahore
    assert session_log.lesson_code == "EMP-01" and session_log.steps_done_count == 2
    entry = ModelLogEntry.objects.get(object_id=str(session_log.pk))
    assert entry.action == "wagtail.create" and entry.user == coordinator
    history = coordinator_client.get(admin_url("session_logs", "history", session_log.pk))
    assert history.status_code == 200
    assert "Created" in history.content.decode()


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        (
            {"delivered_on": (timezone.localdate() + datetime.timedelta(days=2)).isoformat()},
            "delivered_on",
            "The date cannot be in the future",
        ),
        ({"children_14_15": "101"}, "children_14_15", "At most 100 children per age band."),
        (
            {"children_10_13": "0", "children_14_15": "0", "children_16_17": "0"},
            "children_10_13",
            "A session that took place had at least one child: enter the headcount.",
        ),
        ({"minutes": ""}, "minutes", "Enter how many minutes were taught (at least 1)."),
    ],
)
def test_bad_input_is_refused_beside_its_field_and_nothing_is_saved(
    coordinator_client, delivery, overrides, field, message
):
    response = coordinator_client.post(ADD, valid_data(delivery, **overrides))
    assert response.status_code == 200
    errors = form_errors(response)
    assert any(error.startswith(message) for error in errors[field]), errors
    html = response.content.decode()
    assert message.replace("'", "&#x27;") in html
    assert "Used pictures for pupils who cannot read." in html  # what was typed is kept
    assert SessionLog.objects.count() == 0


def test_date_outside_the_group_and_unassigned_instructor_are_refused(coordinator_client, delivery):
    today = timezone.localdate()
    old_group = ClassGroupFactory(
        jail=delivery.lahore,
        label="Spring group",
        starts_on=today - datetime.timedelta(days=90),
        ends_on=today - datetime.timedelta(days=60),
    )
    response = coordinator_client.post(ADD, valid_data(delivery, class_group=old_group.pk))
    assert form_errors(response)["delivered_on"][0].startswith("Spring group met from")
    response = coordinator_client.post(
        ADD, valid_data(delivery, instructor=delivery.kasur_instructor.pk)
    )
    [message] = form_errors(response)["instructor"]
    assert message.startswith("Imran was not assigned to Central Jail Lahore on")
    assert SessionLog.objects.count() == 0


def test_the_same_group_lesson_and_day_twice_is_refused_with_a_link(coordinator_client, delivery):
    first = SessionLogFactory(
        class_group=delivery.group, lesson=delivery.lessons[0], instructor=delivery.instructor
    )
    response = coordinator_client.post(ADD, valid_data(delivery))
    assert response.status_code == 200
    [message] = form_errors(response)["__all__"]
    assert message.startswith("EMP-01 was already logged for Barrack 2 morning on")
    assert admin_url("session_logs", "edit", first.pk) in response.content.decode()
    assert SessionLog.objects.count() == 1


def test_the_same_submission_twice_saves_once(coordinator_client, delivery):
    data = valid_data(delivery)
    first = coordinator_client.post(ADD, data)
    second = coordinator_client.post(ADD, data)
    assert first.status_code == second.status_code == 302
    session_log = SessionLog.objects.get()
    assert second["Location"] == admin_url("session_logs", "edit", session_log.pk)
    assert b"already saved" in coordinator_client.get(second["Location"]).content
    assert ModelLogEntry.objects.filter(object_id=str(session_log.pk)).count() == 1


def test_an_edit_from_an_outdated_copy_is_refused(coordinator_client, delivery):
    session_log = SessionLogFactory(
        class_group=delivery.group, lesson=delivery.lessons[0], instructor=delivery.instructor
    )
    url = admin_url("session_logs", "edit", session_log.pk)
    opened = coordinator_client.get(url)
    assert opened.status_code == 200
    assert 'name="expected_version" value="1"' in opened.content.decode()
    SessionLog.objects.filter(pk=session_log.pk).update(version=2, minutes=30)

    data = valid_data(delivery, minutes="55", expected_version="1", client_key=None)
    response = coordinator_client.post(url, data)
    assert response.status_code == 200
    assert "Someone else changed this session log" in response.content.decode()
    session_log.refresh_from_db()
    assert session_log.minutes == 30 and session_log.version == 2
    assert not ModelLogEntry.objects.filter(action="wagtail.edit").exists()


def test_coordinator_edits_a_log_and_the_edit_is_audited(coordinator_client, coordinator, delivery):
    session_log = SessionLogFactory(
        class_group=delivery.group, lesson=delivery.lessons[0], instructor=delivery.instructor
    )
    url = admin_url("session_logs", "edit", session_log.pk)
    data = valid_data(delivery, minutes="55", expected_version="1", client_key=None)
    response = coordinator_client.post(url, data)
    assert response.status_code == 302, form_errors(response)
    session_log.refresh_from_db()
    assert session_log.minutes == 55 and session_log.version == 2
    entry = ModelLogEntry.objects.get(object_id=str(session_log.pk), action="wagtail.edit")
    assert entry.user == coordinator


def test_coordinator_deletes_a_log_after_confirming(coordinator_client, coordinator, delivery):
    session_log = SessionLogFactory(
        class_group=delivery.group, lesson=delivery.lessons[0], instructor=delivery.instructor
    )
    url = admin_url("session_logs", "delete", session_log.pk)
    confirm = coordinator_client.get(url)
    assert confirm.status_code == 200
    assert "Are you sure you want to delete this session log?" in confirm.content.decode()
    assert SessionLog.objects.count() == 1
    assert coordinator_client.post(url).status_code == 302
    assert SessionLog.objects.count() == 0
    entry = ModelLogEntry.objects.get(object_id=str(session_log.pk), action="wagtail.delete")
    assert entry.user == coordinator
