"""The coordinator's dashboard and drill-down: what they show, to whom, in how many queries."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from lms.factories import (
    ClassGroupFactory,
    InstructorFactory,
    JailFactory,
    ObservationFactory,
    SessionLogFactory,
    TrainingRecordFactory,
)
from lms.models import Jail
from lms.progress import months_before
from tests.conftest import login_as

DASHBOARD = "delivery_reports:dashboard"


def report_part(html):
    """The markup our templates draw (Wagtail's own page furniture left out)."""
    start = html.index('<div class="delivery-report">')
    return html[start:]


def matrix(html):
    return html[html.index('id="matrix-heading"') : html.index('id="stale-heading"')]


@pytest.fixture
def coordinator_client(client, history):
    login_as(client, history.coordinator)
    return client


def test_dashboard_shows_headline_heatmap_stale_jails_and_charts(coordinator_client, history):
    html = coordinator_client.get(reverse(DASHBOARD)).content.decode()
    part = report_part(html)
    # Headline: 5 of 12 jail-lessons, 7 held (2 partly), 3 not held, 67 child-sessions.
    assert "5 of 12 jail-lessons" in part and "<strong>41%</strong>" in part
    assert "<strong>7</strong>" in part and "2 of them partly" in part
    assert "<strong>67</strong>" in part
    assert "of 4, 3 observations" in part and "<strong>3.1</strong>" in part  # 46 / 15
    assert "2 of 3" in part  # instructors fully trained
    # A heatmap cell: colour class, visible number, and a sentence for screen readers.
    lahore_row = part[part.index("Central Jail Lahore</a>") :].split("</tr>")[0]
    assert (
        '<td class="heat heat--5"><span aria-hidden="true">100%*</span>'
        '<span class="w-sr-only">2 of 2 lessons taught, 1 only partly</span></td>'
    ) in lahore_row
    assert '<th scope="col">Building empathy' in part
    assert 'class="heat heat--3"' in part  # Kasur, Building empathy: 1 of 2
    assert 'class="heat heat--0"' in part
    stale = part[part.index('id="stale-heading"') : part.index('id="charts-heading"')]
    assert "Borstal Jail Bahawalpur" in stale and "never" in stale
    assert "Central Jail Lahore" not in stale
    assert part.count('role="img"') >= 3
    assert part.count("Show the numbers as a table") == 3
    assert "Lockdown" in part and "Court day" in part


def test_dashboard_markup_has_no_inline_style_or_script(coordinator_client, settings):
    part = report_part(coordinator_client.get(reverse(DASHBOARD)).content.decode())
    assert " style=" not in part and "<style" not in part
    assert "<script" not in part
    for template in (settings.BASE_DIR / "templates/lms/reports").rglob("*.html"):
        source = template.read_text()
        assert " style=" not in source and "<script" not in source, template


def test_dashboard_filters_by_district_kind_module_and_dates(coordinator_client, history):
    url = reverse(DASHBOARD)
    html = matrix(coordinator_client.get(url, {"district": "Kasur"}).content.decode())
    assert "District Jail Kasur" in html and "Central Jail Lahore" not in html
    html = matrix(coordinator_client.get(url, {"kind": "juvenile"}).content.decode())
    assert "Borstal Jail Bahawalpur" in html and "District Jail Kasur" not in html
    module = history.modules[1].translation_key
    html = matrix(coordinator_client.get(url, {"module": module}).content.decode())
    assert "Hygiene care" in html and "Building empathy" not in html
    today = timezone.localdate()
    html = report_part(
        coordinator_client.get(
            url, {"date_from": (today - datetime.timedelta(days=12)).isoformat()}
        ).content.decode()
    )
    # Only l1 (T-10), l4 (T-5) and k1 (T-3) are that recent: 2 held, 1 not held.
    assert "<strong>2</strong>" in html and "<strong>1</strong>" in html


def test_dashboard_default_period_is_the_last_six_months(coordinator_client):
    response = coordinator_client.get(reverse(DASHBOARD))
    selection = response.context["board"].selection
    today = timezone.localdate()
    assert (selection.start, selection.end) == (months_before(today, 6), today)
    assert 181 <= (today - selection.start).days <= 184
    form = response.context["filters"].form
    assert form["date_from"].value() == selection.start.isoformat()


def test_invalid_filters_explain_and_show_no_figures(coordinator_client):
    response = coordinator_client.get(
        reverse(DASHBOARD), {"date_from": "2026-05-01", "date_to": "2026-04-01"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "The start date (2026-05-01) is after the end date (2026-04-01)." in html
    assert "board" not in response.context
    response = coordinator_client.get(reverse(DASHBOARD), {"date_from": "not a date"})
    assert "Enter a valid date." in response.content.decode()


def test_drill_down_lists_each_lesson_state_and_links_to_its_logs(coordinator_client, history):
    url = reverse("delivery_reports:jail", args=[history.lahore.pk])
    html = report_part(coordinator_client.get(url).content.decode())
    rows = dict(re.findall(r'<a href="[^"]*">([A-Z]+-\d+)</a>.*?lesson-state--(\w+)', html, re.S))
    assert rows == {"EMP-01": "delivered", "EMP-02": "partly", "HYG-01": "not_held"}
    assert "Lessons no longer in the curriculum" in html and "EMP-03 Saying sorry" in html
    logs_link = f"lesson={history.emp1.translation_key}"
    assert logs_link in html and f"jail={history.lahore.pk}" in html
    assert "no longer" in html  # Omar moved to Kasur


def test_drill_down_link_opens_that_lessons_logs(coordinator_client, history):
    url = reverse("delivery_reports:session_logs")
    response = coordinator_client.get(
        url, {"jail": history.lahore.pk, "lesson": str(history.emp1.translation_key)}
    )
    listed = {log.pk for log in response.context["object_list"]}
    assert listed == {history.logs.l1.pk, history.logs.l2.pk}
    retired = coordinator_client.get(
        url, {"jail": history.lahore.pk, "lesson": str(history.emp3.translation_key)}
    )
    assert {log.pk for log in retired.context["object_list"]} == {history.logs.l5.pk}


def test_unknown_jail_is_a_404_and_reviewers_are_sent_away(client, history, reviewer):
    login_as(client, history.coordinator)
    missing = client.get(reverse("delivery_reports:jail", args=[999_999]), follow=True)
    assert missing.status_code == 404
    login_as(client, reviewer)
    response = client.get(reverse(DASHBOARD))
    assert response.status_code == 302


def test_reports_menu_lists_the_delivery_reports_for_whoever_may_see_logs(
    client, history, reviewer, trainer
):
    login_as(client, history.coordinator)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    for label in ("Delivery dashboard", "Session logs", "Jail coverage", "Observations"):
        assert label in html
    login_as(client, reviewer)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Delivery dashboard" not in html


def test_coordinator_lands_on_a_panel_that_leads_to_the_dashboard(client, history):
    login_as(client, history.coordinator)
    html = client.get("/en/").content.decode()
    assert "1 of 3 active jails has held no session recently" in html
    assert "Borstal Jail Bahawalpur" in html
    assert reverse(DASHBOARD) in html
    login_as(client, history.instructor_user)
    assert reverse(DASHBOARD) not in client.get("/en/").content.decode()


def add_more_delivery(history, jails=3, logs_per_jail=12):
    """More jails, instructors, logs, observations and training: more of every row kind."""
    lessons = [history.emp1, history.emp2, history.hyg1, history.emp2_ur]
    today = timezone.localdate()
    for n in range(jails):
        jail = JailFactory(name=f"Extra jail {n}", district=f"Extra {n}", kind=Jail.Kind.CENTRAL)
        instructor = InstructorFactory(jail=jail)
        day1 = history.curriculum.training_day
        TrainingRecordFactory(instructor=instructor, training_module=day1)
        groups = [ClassGroupFactory(jail=jail) for _ in range(3)]
        for k in range(logs_per_jail):
            log = SessionLogFactory(
                class_group=groups[k % 3],
                lesson=lessons[k % 3],
                instructor=instructor,
                delivered_on=today - datetime.timedelta(days=k * 7 + n),
                status=("delivered", "partly", "not_held")[k % 3],
            )
            if k % 5 == 0 and log.is_held:
                ObservationFactory(session=log, observer=history.coordinator)


def count_queries(client, url):
    client.get(url)  # warm per-process caches (content types, site root paths)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries)


@pytest.mark.parametrize(
    "url_name",
    [
        DASHBOARD,
        "delivery_reports:jail",
        "delivery_reports:session_logs",
        "delivery_reports:jail_coverage",
        "delivery_reports:observations",
        "delivery_reports:training_records",
    ],
)
def test_query_count_does_not_grow_with_the_data(coordinator_client, history, url_name):
    args = [history.lahore.pk] if url_name == "delivery_reports:jail" else []
    url = reverse(url_name, args=args)
    small = count_queries(coordinator_client, url)
    add_more_delivery(history)
    if url_name == "delivery_reports:jail":  # more at this jail too
        instructor = InstructorFactory(jail=history.lahore)
        for k, lesson in enumerate([history.emp1, history.hyg1, history.emp2]):
            SessionLogFactory(
                class_group=ClassGroupFactory(jail=history.lahore),
                lesson=lesson,
                instructor=instructor,
                delivered_on=timezone.localdate() - datetime.timedelta(days=k),
            )
    large = count_queries(coordinator_client, url)
    assert small == large
    assert large <= 15
