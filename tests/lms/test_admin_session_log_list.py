"""The admin's session-log listing: filters, columns, and a query count that stays flat."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from lms.factories import SessionLogFactory
from tests.lms.admin_helpers import admin_login, admin_url

INDEX = admin_url("session_logs", "index")
TODAY = timezone.localdate()


def make_logs(delivery, count, group=None, instructor=None):
    group = group or delivery.group
    instructor = instructor or delivery.instructor
    return [
        SessionLogFactory(
            class_group=group,
            instructor=instructor,
            lesson=delivery.lessons[n % len(delivery.lessons)],
            delivered_on=TODAY - datetime.timedelta(days=n),
        )
        for n in range(count)
    ]


def queries_for(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response


@pytest.mark.parametrize("user_fixture", ["coordinator", "trainer"])
def test_listing_queries_do_not_grow_with_the_logs(
    client, delivery, request, django_assert_max_num_queries, user_fixture
):
    admin_login(client, request.getfixturevalue(user_fixture))
    make_logs(delivery, 10)
    client.get(INDEX)  # warm per-process caches (content types, site)
    with django_assert_max_num_queries(15):
        small, _response = queries_for(client, INDEX)
    make_logs(delivery, 190, group=delivery.kasur_group, instructor=delivery.kasur_instructor)
    large, response = queries_for(client, INDEX)
    assert response.context["paginator"].count == 200
    assert large == small


def test_columns_show_date_jail_group_lesson_status_and_children(client, coordinator, delivery):
    admin_login(client, coordinator)
    SessionLogFactory(
        class_group=delivery.group, lesson=delivery.lessons[0], instructor=delivery.instructor
    )
    html = " ".join(client.get(INDEX).content.decode().split())
    for text in (
        "Central Jail Lahore",
        "Barrack 2 morning",
        "EMP-01 · Walking in another&#x27;s shoes",
        "Delivered",
        "<td > 12 </td>",
    ):
        assert text in html, text


def test_filters_by_district_jail_module_status_and_dates(client, coordinator, delivery):
    admin_login(client, coordinator)
    lahore = SessionLogFactory(
        class_group=delivery.group,
        lesson=delivery.lessons[0],
        instructor=delivery.instructor,
        delivered_on=TODAY - datetime.timedelta(days=40),
    )
    kasur = SessionLogFactory(
        class_group=delivery.kasur_group,
        lesson=delivery.lessons[2],
        instructor=delivery.kasur_instructor,
        status="not_held",
    )

    def listed(**params):
        response = client.get(INDEX, params)
        assert response.status_code == 200
        return {log.pk for log in response.context["object_list"]}

    assert listed() == {lahore.pk, kasur.pk}
    assert listed(district="Kasur") == {kasur.pk}
    assert listed(jail=delivery.lahore.pk) == {lahore.pk}
    hygiene = str(delivery.lessons[2].get_parent().translation_key)
    assert listed(module=hygiene) == {kasur.pk}
    assert listed(status="not_held") == {kasur.pk}
    since = (TODAY - datetime.timedelta(days=10)).isoformat()
    assert listed(delivered_on_from=since) == {kasur.pk}
    until = (TODAY - datetime.timedelta(days=30)).isoformat()
    assert listed(delivered_on_to=until) == {lahore.pk}
