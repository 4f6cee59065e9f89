"""Double submissions racing each other on PostgreSQL, the production database.

SQLite serialises writers, so these races only exist on PostgreSQL; .ci/run's
PostgreSQL pass runs them.
"""

import threading
import time
import uuid

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from lms.models import SessionLog
from tests.conftest import login_as
from tests.lms.test_log_session import valid_data

pytestmark = [
    pytest.mark.postgres_only,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="needs PostgreSQL row locking (.ci/run)"
    ),
]


LOG_URL = "/en/delivery/sessions/new/"


def race(requests, stagger=0.0):
    """Run the callables at the same instant in threads (or the i-th `stagger` * i
    seconds after the first, as the copies of a double click arrive); return their
    results."""
    barrier = threading.Barrier(len(requests))
    results = [None] * len(requests)

    def run(index, request):
        try:
            barrier.wait()
            time.sleep(stagger * index)
            results[index] = request()
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i, r)) for i, r in enumerate(requests)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_simultaneous_submissions_of_one_form_make_one_log(delivery):
    rounds = 10
    for round_number in range(rounds):
        data = valid_data(delivery, client_key=str(uuid.uuid4()))
        data["lesson"] = delivery.lessons[round_number % 2].pk
        data["steps_done"] = []
        data["delivered_on"] = f"2026-0{1 + round_number % 9}-1{round_number % 9}"
        clients = [Client(), Client()]
        for client in clients:
            client.force_login(delivery.user)
        responses = race([lambda c=c, d=data: c.post(LOG_URL, d) for c in clients])
        logs = SessionLog.objects.filter(client_key=data["client_key"])
        assert logs.count() == 1, f"round {round_number}"
        detail = reverse("delivery:session_detail", args=[logs.get().pk])
        assert [r.status_code for r in responses] == [302, 302]
        assert {r["Location"] for r in responses} == {detail}
    assert SessionLog.objects.count() == rounds


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_same_file_imported_twice_at_once_makes_no_duplicates(delivery):
    from tests.lms.test_import import csv_file, row

    rows = [
        row(),
        row(lesson_code="EMP-02", steps_done="1"),
        row(lesson_code="HYG-01", steps_done="1"),
    ]
    clients = [Client(), Client()]
    previews = []
    for client in clients:
        client.force_login(delivery.user)
        previews.append(client.post(reverse("delivery:import_sessions"), {"file": csv_file(rows)}))
    assert all(p.context["result"].ok for p in previews)
    tokens = [p.context["token"] for p in previews]
    url = reverse("delivery:confirm_import")
    responses = race(
        [lambda c=c, t=t: c.post(url, {"token": t}) for c, t in zip(clients, tokens, strict=True)]
    )
    assert [r.status_code for r in responses] == [302, 302]
    assert SessionLog.objects.count() == 3


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_people_saving_one_log_at_once_never_overwrite_each_other(delivery, coordinator):
    from lms.factories import SessionLogFactory
    from tests.lms.test_edit_session import edit_data

    session_log = SessionLogFactory(
        class_group=delivery.group, lesson=delivery.lessons[0], instructor=delivery.instructor
    )
    url = reverse("delivery:edit_session", args=[session_log.pk])
    clients = [Client(), Client()]
    clients[0].force_login(delivery.user)
    login_as(clients[1], coordinator)
    payloads = [
        edit_data(delivery, session_log, minutes="30"),
        edit_data(delivery, session_log, minutes="50"),
    ]
    responses = race(
        [lambda c=c, d=d: c.post(url, d) for c, d in zip(clients, payloads, strict=True)]
    )
    statuses = sorted(r.status_code for r in responses)
    assert statuses == [200, 302]
    loser = next(r for r in responses if r.status_code == 200)
    assert b"Someone else changed this session log" in loser.content
    session_log.refresh_from_db()
    winner_minutes = 30 if responses[0].status_code == 302 else 50
    assert session_log.minutes == winner_minutes and session_log.version == 2


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_simultaneous_logs_at_one_jail_all_reach_the_monthly_rollups(delivery):
    """Each save recomputes its jail's month; the jail lock makes the second wait for the
    first, so neither recomputes from a snapshot that misses the other's log."""
    from lms.models import MonthlySessions
    from lms.progress import rollups

    rounds = 6
    for round_number in range(rounds):
        posts = []
        for lesson in delivery.lessons[:2]:
            data = valid_data(delivery, client_key=str(uuid.uuid4()))
            data.update(
                lesson=lesson.pk, steps_done=[], delivered_on=f"2026-10-{10 + round_number}"
            )
            client = Client()
            client.force_login(delivery.user)
            posts.append(lambda c=client, d=data: c.post(LOG_URL, d))
        assert [r.status_code for r in race(posts)] == [302, 302]
    assert SessionLog.objects.count() == 2 * rounds
    kept_up = sorted(MonthlySessions.objects.values_list("month", "status", "sessions"))
    assert sum(row[2] for row in kept_up) == 2 * rounds
    rollups.rebuild()
    assert kept_up == sorted(MonthlySessions.objects.values_list("month", "status", "sessions"))


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_repeated_admin_submissions_all_show_the_saved_log(delivery, coordinator):
    """Each copy after the first sees the saved log, whether it finds it before checking,
    while checking (where it would look like a duplicate) or when its insert loses.
    The copies arrive a little apart, so some are being checked when the first saves."""
    from tests.lms.admin_helpers import admin_login, admin_url

    add = admin_url("session_logs", "add")
    rounds, copies = 4, 5
    clients = [admin_login(Client(), coordinator) for _ in range(copies)]
    for round_number in range(rounds):
        data = valid_data(delivery, client_key=str(uuid.uuid4()), steps_done=[])
        data.update(
            lesson=delivery.lessons[round_number % 2].pk,
            delivered_on=f"2026-0{1 + round_number}-1{round_number}",
        )
        responses = race([lambda c=c, d=data: c.post(add, d) for c in clients], stagger=0.05)
        session_log = SessionLog.objects.get(client_key=data["client_key"])
        edit = admin_url("session_logs", "edit", session_log.pk)
        assert [r.status_code for r in responses] == [302] * copies, f"round {round_number}"
        assert sorted(r["Location"] for r in responses) == sorted(
            [admin_url("session_logs", "index")] + [edit] * (copies - 1)
        ), f"round {round_number}"
    assert SessionLog.objects.count() == rounds
