"""Double submissions racing each other on PostgreSQL, the production database.

SQLite serialises writers, so these races only exist on PostgreSQL; .ci/run's
PostgreSQL pass runs them.
"""

import threading
import uuid

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from lms.models import SessionLog
from tests.lms.test_log_session import valid_data

pytestmark = [
    pytest.mark.postgres_only,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="needs PostgreSQL row locking (.ci/run)"
    ),
]


LOG_URL = "/en/delivery/sessions/new/"


def race(requests):
    """Run the callables at the same instant in threads; return their results."""
    barrier = threading.Barrier(len(requests))
    results = [None] * len(requests)

    def run(index, request):
        try:
            barrier.wait()
            results[index] = request()
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i, r)) for i, r in enumerate(requests)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


@pytest.mark.django_db(transaction=True)
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
