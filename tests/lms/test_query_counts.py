"""Pages whose work must not grow with the number of session logs."""

import datetime
import itertools

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from lms.factories import ClassGroupFactory, SessionLogFactory
from lms.models import SessionLog


@pytest.fixture
def add_logs(delivery):
    """Adds logs at the instructor's jail, each a new (group, lesson, day) combination."""
    groups = [delivery.group] + [
        ClassGroupFactory(jail=delivery.lahore, label=f"Extra group {n}") for n in range(4)
    ]
    today = timezone.localdate()
    combinations = (
        (group, lesson, today - datetime.timedelta(days=day))
        for day in itertools.count()
        for group in groups
        for lesson in delivery.lessons
    )

    def add(count):
        for group, lesson, day in itertools.islice(combinations, count):
            SessionLogFactory(
                class_group=group, lesson=lesson, instructor=delivery.instructor, delivered_on=day
            )

    return add


def count_queries(client, url):
    client.get(url)  # warm per-process caches (content types, site root paths)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries)


@pytest.mark.parametrize(
    ("url_name", "budget"),
    [("delivery:my_jail", 15), ("delivery:session_history", 11)],
)
def test_query_count_is_the_same_for_10_and_200_logs(client, delivery, add_logs, url_name, budget):
    client.force_login(delivery.user)
    url = reverse(url_name)
    add_logs(10)
    small = count_queries(client, url)
    add_logs(190)
    assert SessionLog.objects.count() == 200
    large = count_queries(client, url)
    assert small == large
    assert large <= budget


def test_filtered_history_lists_the_matching_logs_in_few_queries(
    client, delivery, add_logs, django_assert_max_num_queries
):
    client.force_login(delivery.user)
    add_logs(30)
    in_group = SessionLog.objects.filter(class_group=delivery.group).order_by("pk")
    elsewhere = SessionLog.objects.exclude(class_group=delivery.group).order_by("pk")
    partly = [
        *in_group.values_list("pk", flat=True)[:2],
        *elsewhere.values_list("pk", flat=True)[:2],
    ]
    SessionLog.objects.filter(pk__in=partly).update(status=SessionLog.Status.PARTLY)
    url = reverse("delivery:session_history") + f"?status=partly&class_group={delivery.group.pk}"
    client.get(url)
    with django_assert_max_num_queries(12):  # + the class-group filter choice check
        response = client.get(url)
    listed = {log.pk for log in response.context["page_obj"]}
    expected = set(
        SessionLog.objects.filter(status="partly", class_group=delivery.group).values_list(
            "pk", flat=True
        )
    )
    assert len(expected) == 2
    assert listed == expected
