"""Simultaneous writers on SQLite, the database of `make run`, in a file as it is there.

The suite's SQLite database lives in memory, where Django shares one connection between
threads; these tests copy it into a file and give every thread its own connection, as
the development server's threads have. Writers then really wait for each other: each
must get its turn (immediate transactions, a busy timeout), never "database is locked".
"""

import sqlite3
import threading
import uuid
from contextlib import contextmanager

import pytest
from django.db import connection, connections
from django.test import Client
from django.urls import reverse
from wagtail.models import ModelLogEntry

from lms.imports.views import IMPORT_ACTION
from lms.models import SessionLog
from tests.lms.admin_helpers import admin_login, admin_url
from tests.lms.test_log_session import valid_data

pytestmark = [
    pytest.mark.sqlite_only,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

LOG_URL = "/en/delivery/sessions/new/"
WRITERS = 5


@contextmanager
def database_in_a_file(tmp_path):
    """Copy the test database into a file; connections opened meanwhile use the file."""
    path = tmp_path / "db.sqlite3"
    connection.ensure_connection()
    with sqlite3.connect(path) as copy:
        connection.connection.backup(copy)
    copy.close()
    settings_dict = connections.settings["default"]
    in_memory = settings_dict["NAME"]
    settings_dict["NAME"] = str(path)
    try:
        yield
    finally:
        settings_dict["NAME"] = in_memory


def in_threads(calls):
    """Run the callables at the same instant, each in its own thread and connection."""
    barrier = threading.Barrier(len(calls))
    results = [None] * len(calls)

    def run(index, call):
        try:
            barrier.wait()
            results[index] = call()
        except Exception as error:  # the test reports it with the others
            results[index] = error
        finally:
            connections["default"].close()

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results


def in_a_thread(call):
    """Read the file database (the test's own connection is still on the copy in memory)."""
    [result] = in_threads([call])
    assert not isinstance(result, Exception), result
    return result


def statuses(responses):
    return [r if isinstance(r, Exception) else r.status_code for r in responses]


def audit_counts():
    return {
        str(pk): ModelLogEntry.objects.filter(action="wagtail.create", object_id=str(pk)).count()
        for pk in SessionLog.objects.values_list("pk", flat=True)
    }


def test_simultaneous_identical_admin_adds_save_one_log_and_show_it(
    delivery, coordinator, tmp_path
):
    data = valid_data(delivery)
    clients = [admin_login(Client(), coordinator) for _ in range(WRITERS)]
    with database_in_a_file(tmp_path):
        add = admin_url("session_logs", "add")
        responses = in_threads([lambda c=c: c.post(add, data) for c in clients])
        logs, audits = in_a_thread(lambda: (list(SessionLog.objects.all()), audit_counts()))
    assert statuses(responses) == [302] * WRITERS
    [session_log] = logs
    # The first to save goes to the listing, as every admin add does; each twin is sent
    # to the log it turned out to be, never told "duplicate".
    edit = admin_url("session_logs", "edit", session_log.pk)
    assert sorted(r["Location"] for r in responses) == sorted(
        [admin_url("session_logs", "index")] + [edit] * (WRITERS - 1)
    )
    assert audits == {str(session_log.pk): 1}


def test_simultaneous_confirms_of_one_import_save_each_row_once(delivery, tmp_path):
    from tests.lms.test_import import csv_file, row

    rows = [
        row(),
        row(lesson_code="EMP-02", steps_done="1"),
        row(lesson_code="HYG-01", steps_done="1"),
    ]
    clients, tokens = [], []
    for _ in range(WRITERS):
        client = Client()
        client.force_login(delivery.user)
        preview = client.post(reverse("delivery:import_sessions"), {"file": csv_file(rows)})
        assert preview.context["result"].ok
        clients.append(client)
        tokens.append(preview.context["token"])
    url = reverse("delivery:confirm_import")
    with database_in_a_file(tmp_path):
        responses = in_threads(
            [
                lambda c=c, t=t: c.post(url, {"token": t})
                for c, t in zip(clients, tokens, strict=True)
            ]
        )
        count, imported = in_a_thread(
            lambda: (
                SessionLog.objects.count(),
                sorted(
                    entry.data["created"]
                    for entry in ModelLogEntry.objects.filter(action=IMPORT_ACTION)
                ),
            )
        )
    assert statuses(responses) == [302] * WRITERS
    assert count == 3
    assert imported == [0] * (WRITERS - 1) + [3]


def test_many_instructors_logging_at_once_all_save_with_their_audit_entry(delivery, tmp_path):
    posts = []
    for number in range(2 * WRITERS):
        data = valid_data(delivery, client_key=str(uuid.uuid4()), steps_done=[])
        data.update(
            lesson=delivery.lessons[number % 2].pk, delivered_on=f"2026-10-{10 + number // 2}"
        )
        client = Client()
        client.force_login(delivery.user)
        posts.append(lambda c=client, d=data: c.post(LOG_URL, d))
    with database_in_a_file(tmp_path):
        responses = in_threads(posts)
        audits = in_a_thread(audit_counts)
    assert statuses(responses) == [302] * len(posts)
    assert len(audits) == len(posts)
    assert set(audits.values()) == {1}
