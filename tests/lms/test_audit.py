"""Audit entries: saved with their record or not at all, and saying what an edit changed."""

import pytest
from django.db import DatabaseError, connection
from django.urls import reverse
from django.utils.html import escape
from wagtail.models import ModelLogEntry

from lms.factories import SessionLogFactory
from lms.models import SessionLog
from tests.lms.admin_helpers import admin_login, admin_url, form_errors
from tests.lms.test_edit_session import edit_data
from tests.lms.test_log_session import valid_data

LOG_URL = "/en/delivery/sessions/new/"


def refuse_audit_writes():
    """A database trigger refuses every new audit entry, as a full disk or a lost
    connection would at that moment (dropped with the test's transaction)."""
    table = ModelLogEntry._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "CREATE FUNCTION refuse_audit() RETURNS trigger AS $$ BEGIN "
                "RAISE EXCEPTION 'audit log unavailable'; END $$ LANGUAGE plpgsql"
            )
            cursor.execute(
                f"CREATE TRIGGER refuse_audit BEFORE INSERT ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION refuse_audit()"
            )
        else:
            cursor.execute(
                f"CREATE TRIGGER refuse_audit BEFORE INSERT ON {table} "
                "BEGIN SELECT RAISE(ABORT, 'audit log unavailable'); END"
            )


@pytest.fixture
def audit_log_refuses_writes(db):
    refuse_audit_writes()


@pytest.fixture
def session_log(delivery):
    return SessionLogFactory(
        class_group=delivery.group, lesson=delivery.lessons[0], instructor=delivery.instructor
    )


def test_a_log_is_not_saved_without_its_audit_entry(client, delivery, audit_log_refuses_writes):
    client.force_login(delivery.user)
    with pytest.raises(DatabaseError, match="audit log unavailable"):
        client.post(LOG_URL, valid_data(delivery))
    assert not SessionLog.objects.exists()


def test_an_edit_is_not_saved_without_its_audit_entry(
    client, delivery, session_log, audit_log_refuses_writes
):
    client.force_login(delivery.user)
    url = reverse("delivery:edit_session", args=[session_log.pk])
    with pytest.raises(DatabaseError, match="audit log unavailable"):
        client.post(url, edit_data(delivery, session_log, minutes="35"))
    session_log.refresh_from_db()
    assert session_log.minutes == 45 and session_log.version == 1


def test_an_admin_edit_is_not_saved_without_its_audit_entry(
    client, coordinator, delivery, session_log, audit_log_refuses_writes
):
    admin_login(client, coordinator)
    url = admin_url("session_logs", "edit", session_log.pk)
    with pytest.raises(DatabaseError, match="audit log unavailable"):
        client.post(url, edit_data(delivery, session_log, minutes="35"))
    session_log.refresh_from_db()
    assert session_log.minutes == 45 and session_log.version == 1


def test_an_import_is_not_saved_without_its_audit_entry(client, delivery):
    from tests.lms.test_import import csv_file, row

    client.force_login(delivery.user)
    preview = client.post(
        reverse("delivery:import_sessions"),
        {"file": csv_file([row(), row(lesson_code="EMP-02", steps_done="1")])},
    )
    assert preview.context["result"].ok
    refuse_audit_writes()
    with pytest.raises(DatabaseError, match="audit log unavailable"):
        client.post(reverse("delivery:confirm_import"), {"token": preview.context["token"]})
    assert not SessionLog.objects.exists()


def test_an_admin_edit_lists_each_changed_field_from_old_to_new(
    client, coordinator, delivery, session_log
):
    admin_login(client, coordinator)
    url = admin_url("session_logs", "edit", session_log.pk)
    changed = edit_data(
        delivery,
        session_log,
        minutes="55",
        children_14_15="6",
        status="partly",
        notes="Half the group was called to court; " + "we did the circle twice. " * 8,
    )
    response = client.post(url, changed)
    assert response.status_code == 302, form_errors(response)
    entry = ModelLogEntry.objects.get(object_id=str(session_log.pk), action="wagtail.edit")
    by_field = {change["field"]: change for change in entry.data["changes"]}
    assert by_field["minutes"] == {
        "field": "minutes",
        "label": "Minutes taught",
        "old": "45",
        "new": "55",
    }
    assert (by_field["status"]["old"], by_field["status"]["new"]) == (
        "Delivered",
        "Partly delivered",
    )
    assert by_field["notes"]["old"] == ""
    assert len(by_field["notes"]["new"]) <= 80 and by_field["notes"]["new"].endswith("…")
    # Fields left as they were are not listed.
    assert "class_group" not in by_field and "instructor" not in by_field

    history = client.get(admin_url("session_logs", "history", session_log.pk)).content.decode()
    assert escape("Minutes taught: 45 → 55") in history
    assert escape("Status: Delivered → Partly delivered") in history


def test_a_related_record_is_listed_by_its_name(client, coordinator, delivery, session_log):
    from lms.factories import ClassGroupFactory

    evening = ClassGroupFactory(jail=delivery.lahore, label="Barrack 2 evening")
    admin_login(client, coordinator)
    url = admin_url("session_logs", "edit", session_log.pk)
    response = client.post(url, edit_data(delivery, session_log, class_group=evening.pk))
    assert response.status_code == 302, form_errors(response)
    entry = ModelLogEntry.objects.get(object_id=str(session_log.pk), action="wagtail.edit")
    [change] = [c for c in entry.data["changes"] if c["field"] == "class_group"]
    assert (change["label"], change["new"]) == ("Class group", str(evening))
    assert change["old"] == str(delivery.group)


def test_an_instructor_sees_the_history_of_their_own_logs_only(client, delivery, session_log):
    client.force_login(delivery.user)
    url = reverse("delivery:edit_session", args=[session_log.pk])
    response = client.post(url, edit_data(delivery, session_log, minutes="35"))
    assert response.status_code == 302
    detail = client.get(reverse("delivery:session_detail", args=[session_log.pk]))
    html = detail.content.decode()
    assert "History" in html
    assert escape("Minutes taught: 45 → 35") in html

    client.force_login(delivery.kasur_user)
    other_jail = client.get(reverse("delivery:session_detail", args=[session_log.pk]))
    assert other_jail.status_code == 404
    assert "Minutes taught" not in other_jail.content.decode()
