"""A period filter accepts only dates from the programme's start to a year after today.

Every screen and export that takes a period refuses one outside that range with a message
beside the date, keeps what was typed, shows no figures (or exports nothing, HTTP 400),
and does so cheaply: an unbounded period once cost a 500 (year 10000), a 17.8 MB page,
or a worker held for minutes. See docs/reports.md, "The selection".
"""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from lms.progress.periods import EARLIEST_DAY, latest_day
from tests.conftest import login_as
from tests.lms.admin_helpers import admin_login, admin_url

TODAY = timezone.localdate()
TOO_LATE = (latest_day(TODAY) + datetime.timedelta(days=1)).isoformat()
TOO_EARLY = (EARLIEST_DAY - datetime.timedelta(days=1)).isoformat()

BAD_PERIODS = [
    pytest.param({"date_from": "1900-01-01", "date_to": "9999-12-31"}, id="1900-to-9999"),
    pytest.param({"date_from": "1500-01-01"}, id="from-1500"),
    pytest.param({"date_from": "0001-01-01"}, id="from-year-1"),
    pytest.param({"date_to": "9999-12-31"}, id="to-9999"),
    pytest.param({"date_from": "", "date_to": "9999-12-31"}, id="open-to-9999"),
    pytest.param({"date_from": TOO_EARLY}, id="day-before-programme"),
    pytest.param({"date_to": TOO_LATE}, id="a-year-and-a-day-ahead"),
]

MESSAGE = "Choose a date from 1 Jan 2019 to {}.".format(latest_day(TODAY).strftime("%-d %b %Y"))

REPORTS = [
    "delivery_reports:session_logs",
    "delivery_reports:jail_coverage",
    "delivery_reports:observations",
    "delivery_reports:training_records",
]


def text_of(response):
    return " ".join(response.content.decode().split())


def typed_values_kept(form, period):
    for name, value in period.items():
        assert form[name].value() == value


@pytest.fixture
def coordinator_client(client, coordinator, delivery):
    login_as(client, coordinator)
    return client


@pytest.mark.parametrize("period", BAD_PERIODS)
def test_dashboard_refuses_a_period_out_of_range(
    coordinator_client, django_assert_max_num_queries, period
):
    with django_assert_max_num_queries(15):
        response = coordinator_client.get(reverse("delivery_reports:dashboard"), period)
    assert response.status_code == 200
    assert MESSAGE in text_of(response)
    assert "board" not in response.context
    typed_values_kept(response.context["filters"].form, period)


@pytest.mark.parametrize("period", BAD_PERIODS)
def test_drill_down_refuses_a_period_out_of_range(
    coordinator_client, delivery, django_assert_max_num_queries, period
):
    url = reverse("delivery_reports:jail", args=[delivery.lahore.pk])
    with django_assert_max_num_queries(15):
        response = coordinator_client.get(url, period)
    assert response.status_code == 200
    assert MESSAGE in text_of(response)
    assert "report" not in response.context
    typed_values_kept(response.context["filters"].form, period)


@pytest.mark.parametrize("period", BAD_PERIODS)
@pytest.mark.parametrize("url_name", REPORTS)
def test_reports_list_nothing_and_export_nothing_for_a_period_out_of_range(
    coordinator_client, django_assert_max_num_queries, url_name, period
):
    for name in (url_name, f"{url_name}_results"):
        with django_assert_max_num_queries(15):
            response = coordinator_client.get(reverse(name), period)
        assert response.status_code == 200
        assert not list(response.context["object_list"])
    response = coordinator_client.get(reverse(url_name), period)
    assert MESSAGE in text_of(response)
    typed_values_kept(response.context["filters"].form, period)
    for export in ("csv", "xlsx"):
        with django_assert_max_num_queries(15):
            response = coordinator_client.get(reverse(url_name), {**period, "export": export})
        assert response.status_code == 400
        assert MESSAGE in response.content.decode()


@pytest.mark.parametrize("period", BAD_PERIODS)
def test_session_history_and_its_export_refuse_a_period_out_of_range(
    client, instructor_user, delivery, django_assert_max_num_queries, period
):
    login_as(client, instructor_user)
    with django_assert_max_num_queries(15):
        response = client.get(reverse("delivery:session_history"), period)
    assert response.status_code == 200
    assert MESSAGE in text_of(response)
    typed_values_kept(response.context["filter"].form, period)
    with django_assert_max_num_queries(15):
        export = client.get(reverse("delivery:export_sessions"), {**period, "export": "csv"})
    assert export.status_code == 400
    assert MESSAGE in export.content.decode()


@pytest.mark.parametrize("period", BAD_PERIODS)
def test_admin_session_log_listing_refuses_a_period_out_of_range(
    client, coordinator, delivery, django_assert_max_num_queries, period
):
    admin_login(client, coordinator)
    admin_period = {
        {"date_from": "delivered_on_from", "date_to": "delivered_on_to"}[name]: value
        for name, value in period.items()
    }
    with django_assert_max_num_queries(20):
        response = client.get(admin_url("session_logs", "index"), admin_period)
    assert response.status_code == 200
    assert MESSAGE in text_of(response)


def test_the_whole_allowed_range_is_accepted(coordinator_client, history):
    # `history` has logs from T-3 to T-300 (tests/reports/conftest.py).
    period = {"date_from": EARLIEST_DAY.isoformat(), "date_to": latest_day(TODAY).isoformat()}
    response = coordinator_client.get(reverse("delivery_reports:dashboard"), period)
    board = response.context["board"]
    assert (board.selection.start, board.selection.end) == (EARLIEST_DAY, latest_day(TODAY))
    assert board.totals.held == 8  # every held log, l6 (T-300) included
    export = coordinator_client.get(
        reverse("delivery_reports:session_logs"), {**period, "export": "csv"}
    )
    assert export.status_code == 200


def test_latest_day_is_a_year_after_today_even_from_29_february():
    assert latest_day(datetime.date(2026, 12, 2)) == datetime.date(2027, 12, 2)
    assert latest_day(datetime.date(2028, 2, 29)) == datetime.date(2029, 2, 28)
