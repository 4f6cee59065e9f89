"""Every figure of lms.progress against the hand-computed history in conftest.py."""

import dataclasses
import datetime

import pytest
from django.utils import timezone

from lms import progress
from lms.factories import ClassGroupFactory, InstructorFactory, JailFactory, SessionLogFactory
from lms.progress import Selection
from tests.reports.conftest import days_ago


@pytest.fixture
def board(history):
    return progress.dashboard(Selection.default(history.coordinator))


def by_name(rows):
    return {row.jail.name: row for row in rows}


def cells(row):
    return [(cell.delivered, cell.partly, cell.total) for cell in row.cells]


def test_matrix_counts_distinct_live_lessons_per_jail_and_module(board):
    rows = by_name(board.rows)
    assert list(rows) == [
        "Borstal Jail Bahawalpur",
        "Central Jail Lahore",
        "Closed Jail Sialkot",
        "District Jail Kasur",
    ]
    assert [module.title for module in board.modules] == ["Building empathy", "Hygiene care"]
    # Lahore: EMP-01 in full (and once partly), EMP-02 only partly, HYG-01 only "not held".
    assert cells(rows["Central Jail Lahore"]) == [(1, 1, 2), (0, 0, 1)]
    assert cells(rows["District Jail Kasur"]) == [(1, 0, 2), (1, 0, 1)]
    assert cells(rows["Closed Jail Sialkot"]) == [(0, 0, 2), (1, 0, 1)]
    assert cells(rows["Borstal Jail Bahawalpur"]) == [(0, 0, 2), (0, 0, 1)]
    lahore = rows["Central Jail Lahore"]
    assert (lahore.covered, lahore.total, lahore.percent) == (2, 3, 66)
    assert [cell.percent for cell in lahore.cells] == [100, 0]
    assert (board.covered, board.possible, board.percent) == (5, 12, 41)


def test_heat_buckets_step_by_quarters_and_full_only_when_complete():
    from lms.progress import ModuleCoverage

    def bucket(covered, total):
        return ModuleCoverage(None, covered, 0, total).bucket

    assert [bucket(n, 8) for n in range(9)] == [0, 1, 2, 2, 3, 3, 4, 4, 5]
    assert bucket(119, 120) == 4
    assert ModuleCoverage(None, 119, 0, 120).percent == 99
    assert bucket(0, 0) is None


def test_not_held_never_counts_as_coverage(board, history):
    kasur = by_name(board.rows)["District Jail Kasur"]
    assert kasur.tally.not_held == 2
    assert kasur.cells[0].covered == 1  # EMP-02 was only ever "not held" at Kasur


def test_partly_delivered_counts_as_covered_but_is_reported_apart(board):
    lahore = by_name(board.rows)["Central Jail Lahore"]
    empathy = lahore.cells[0]
    assert (empathy.covered, empathy.partly, empathy.complete, empathy.bucket) == (2, 1, True, 5)
    assert lahore.partly == 1


def test_translated_lesson_counts_as_its_source_lesson(history):
    assert history.logs.l3.lesson_id == history.emp2_ur.pk
    assert history.logs.l3.lesson_key == history.emp2.translation_key
    report = progress.jail_report(Selection.default(history.coordinator), lahore(history))
    states = {s.code: s.state for _m, _c, lessons in report.modules for s in lessons}
    assert states["EMP-02"] == "partly"


def lahore(history, selection=None):
    selection = selection or Selection.default(history.coordinator)
    return progress.annotated_jails(selection).get(pk=history.lahore.pk)


def test_unpublished_lesson_leaves_the_denominator_but_its_sessions_still_count(board, history):
    assert not history.emp3.live
    lahore_row = by_name(board.rows)["Central Jail Lahore"]
    assert lahore_row.cells[0].total == 2  # EMP-01, EMP-02: EMP-03 is no longer live
    assert lahore_row.tally.delivered == 2  # l1 and l5 (EMP-03)
    report = progress.jail_report(Selection.default(history.coordinator), lahore(history))
    assert [(s.code, s.state, s.tally.delivered) for s in report.retired] == [
        ("EMP-03", "delivered", 1)
    ]


def test_sessions_held_and_not_held_by_reason(board):
    rows = by_name(board.rows)
    lahore, kasur = rows["Central Jail Lahore"].tally, rows["District Jail Kasur"].tally
    assert (lahore.delivered, lahore.partly, lahore.not_held) == (2, 2, 1)
    assert dict(lahore.reasons) == {"lockdown": 1}
    assert (kasur.delivered, kasur.partly, kasur.not_held) == (2, 0, 2)
    assert dict(kasur.reasons) == {"court_day": 1, "staff_shortage": 1}
    totals = board.totals
    assert (totals.delivered, totals.partly, totals.not_held, totals.held) == (5, 2, 3, 7)
    assert sorted(board.reasons) == [("court_day", 1), ("lockdown", 1), ("staff_shortage", 1)]


def test_children_reached_sums_headcounts_of_held_sessions_in_the_period(board):
    rows = by_name(board.rows)
    assert rows["Central Jail Lahore"].tally.children == 12 + 6 + 3 + 12
    assert rows["District Jail Kasur"].tally.children == 12 + 10
    assert rows["Closed Jail Sialkot"].tally.children == 12
    assert board.totals.children == 67


def test_fidelity_is_the_mean_share_of_steps_done_over_held_sessions(board):
    rows = by_name(board.rows)
    assert rows["Central Jail Lahore"].tally.fidelity == pytest.approx((1 + 0.5 + 0 + 1) / 4)
    assert rows["District Jail Kasur"].tally.fidelity == pytest.approx(1.0)
    assert rows["Borstal Jail Bahawalpur"].tally.fidelity is None
    assert board.totals.fidelity == pytest.approx(5.5 / 7)


def test_observation_score_is_the_mean_total_over_five(board):
    rows = by_name(board.rows)
    assert rows["Central Jail Lahore"].observed.mean_score == pytest.approx((16 + 10) / 2 / 5)
    assert rows["District Jail Kasur"].observed.mean_score == pytest.approx(4.0)
    assert rows["Borstal Jail Bahawalpur"].observed.mean_score is None
    # The observation of l6 (outside the period) is left out.
    assert board.observed.count == 3
    assert board.observed.mean_score == pytest.approx(46 / 15)


def test_training_completion_counts_instructors_where_they_serve_at_the_period_end(board, history):
    rows = by_name(board.rows)
    lahore, kasur = rows["Central Jail Lahore"].training, rows["District Jail Kasur"].training
    assert lahore.required == 2  # day 3 is a draft
    assert (len(lahore.trained), len(lahore.instructors), lahore.share) == (1, 1, 1.0)
    assert (len(kasur.trained), len(kasur.instructors), kasur.share) == (1, 2, 0.5)
    assert rows["Borstal Jail Bahawalpur"].training.share is None  # nobody serves there
    assert board.training.share == pytest.approx(2 / 3)

    earlier = progress.dashboard(
        dataclasses.replace(Selection.default(history.coordinator), end=days_ago(5))
    )
    kasur_then = by_name(earlier.rows)["District Jail Kasur"].training
    assert kasur_then.share == 0.0  # Omar completed day 2 at T-1
    assert earlier.training.share == pytest.approx(1 / 3)


def test_transferred_instructor_sessions_stay_with_the_jail_they_were_taught_in(history):
    selection = Selection.default(history.coordinator)
    at_lahore = progress.jail_report(selection, lahore(history))
    omar_at_lahore = next(r for r in at_lahore.instructors if r.instructor == history.omar)
    assert not omar_at_lahore.instructor.serving
    assert (omar_at_lahore.tally.partly, omar_at_lahore.tally.delivered) == (1, 0)
    assert at_lahore.row.training.instructors == {history.ayesha.pk}

    kasur = progress.annotated_jails(selection).get(pk=history.kasur.pk)
    at_kasur = progress.jail_report(selection, kasur)
    omar_at_kasur = next(r for r in at_kasur.instructors if r.instructor == history.omar)
    assert omar_at_kasur.instructor.serving
    assert (omar_at_kasur.tally.delivered, omar_at_kasur.tally.partly) == (1, 0)
    assert omar_at_kasur.trained is True


def test_per_instructor_figures_at_a_jail(history):
    report = progress.jail_report(Selection.default(history.coordinator), lahore(history))
    assert [r.instructor.user.first_name for r in report.instructors] == ["Ayesha", "Omar"]
    ayesha, omar = report.instructors
    assert (ayesha.tally.delivered, ayesha.tally.partly, ayesha.tally.not_held) == (2, 1, 1)
    assert ayesha.tally.children == 30
    assert ayesha.tally.fidelity == pytest.approx((1 + 0.5 + 1) / 3)
    assert (ayesha.lessons_covered, ayesha.lessons_total, ayesha.percent) == (1, 3, 33)
    assert ayesha.last_held_on == days_ago(10)
    assert ayesha.observed.mean_score == pytest.approx(2.6)
    assert ayesha.trained is True
    assert (omar.lessons_covered, omar.tally.children, omar.tally.fidelity) == (1, 3, 0.0)
    assert omar.observed.count == 0


def test_last_session_days_since_and_why_delivery_stopped(board, history):
    rows = by_name(board.rows)
    lahore_row = rows["Central Jail Lahore"]
    assert lahore_row.jail.last_held_on == days_ago(10)
    assert lahore_row.days_since == 10
    assert lahore_row.stopped_because == "lockdown"  # l4 at T-5 is the latest log
    assert not lahore_row.is_stale
    assert rows["District Jail Kasur"].stopped_because is None
    assert rows["Borstal Jail Bahawalpur"].days_since is None
    assert not rows["Closed Jail Sialkot"].is_stale  # inactive jails are never stale
    assert [row.jail.name for row in board.stale] == ["Borstal Jail Bahawalpur"]


def test_stale_means_more_than_the_setting_in_days_since_the_last_held_session(
    curriculum, coordinator, settings
):
    settings.LMS_STALE_AFTER_DAYS = 21
    lesson = curriculum.lessons[0]
    instructor = InstructorFactory()

    def jail_with_last_session(name, day, **extra):
        jail = JailFactory(name=name)
        group = ClassGroupFactory(jail=jail)
        SessionLogFactory(
            class_group=group, lesson=lesson, instructor=instructor, delivered_on=day, **extra
        )
        return jail

    today = timezone.localdate()
    jail_with_last_session("Quiet 21", today - datetime.timedelta(days=21))
    jail_with_last_session("Quiet 22", today - datetime.timedelta(days=22))
    locked = jail_with_last_session("Locked down", today - datetime.timedelta(days=40))
    SessionLogFactory(
        class_group=locked.class_groups.get(),
        lesson=curriculum.lessons[1],
        instructor=instructor,
        delivered_on=today - datetime.timedelta(days=2),
        status="not_held",
        not_held_reason="lockdown",
    )
    board = progress.dashboard(Selection.default(coordinator))
    assert [(r.jail.name, r.days_since) for r in board.stale] == [
        ("Locked down", 40),
        ("Quiet 22", 22),
    ]
    assert board.stale[0].stopped_because == "lockdown"
    settings.LMS_STALE_AFTER_DAYS = 30
    assert [r.jail.name for r in board.stale] == ["Locked down"]


def test_filters_select_jails_module_and_dates(history):
    coordinator = history.coordinator
    kasur_only = progress.dashboard(Selection.default(coordinator, district="Kasur"))
    assert [r.jail.name for r in kasur_only.rows] == ["District Jail Kasur"]
    assert (kasur_only.totals.held, kasur_only.totals.not_held) == (2, 2)

    central = progress.dashboard(Selection.default(coordinator, kind="central"))
    assert [r.jail.name for r in central.rows] == ["Central Jail Lahore"]

    hygiene = progress.dashboard(
        Selection.default(coordinator, module_key=history.modules[1].translation_key)
    )
    assert [m.title for m in hygiene.modules] == ["Hygiene care"]
    rows = by_name(hygiene.rows)
    assert cells(rows["Central Jail Lahore"]) == [(0, 0, 1)]
    assert (rows["Central Jail Lahore"].tally.held, rows["Central Jail Lahore"].tally.not_held) == (
        0,
        1,
    )
    assert cells(rows["District Jail Kasur"]) == [(1, 0, 1)]
    assert hygiene.totals.sessions == 3  # l4, k2, s1
    assert hygiene.observed.count == 0

    last_month = progress.dashboard(
        Selection(coordinator, start=days_ago(30), end=timezone.localdate())
    )
    rows = by_name(last_month.rows)
    assert cells(rows["Central Jail Lahore"]) == [(1, 0, 2), (0, 0, 1)]  # l3 is older
    assert "Closed Jail Sialkot" not in rows  # inactive, and its only log is older
    assert last_month.totals.sessions == 3 + 4

    everything = progress.dashboard(Selection(coordinator))
    assert everything.totals.sessions == 11
    assert cells(by_name(everything.rows)["Central Jail Lahore"]) == [(1, 1, 2), (1, 0, 1)]


def test_coverage_over_time_is_cumulative_by_month(board, history):
    first_reached = [days_ago(20), days_ago(50), days_ago(3), days_ago(15), days_ago(100)]
    months = board.months
    assert months[0] == Selection.default(history.coordinator).start.replace(day=1)
    assert months[-1] == timezone.localdate().replace(day=1)
    expected = [
        (month, sum(1 for day in first_reached if day.replace(day=1) <= month), 12)
        for month in months
    ]
    assert board.coverage_by_month == expected


def test_sessions_per_month_per_district(board):
    lahore = board.by_district["Lahore"]
    assert sum(t.sessions for t in lahore.values()) == 5
    assert sum(t.not_held for t in board.by_district["Kasur"].values()) == 2
    assert board.by_district["Kasur"][days_ago(3).replace(day=1)].delivered >= 1
    assert board.districts == ["Kasur", "Lahore", "Sialkot"]


def test_jail_drill_down_gives_each_lessons_state(history):
    selection = Selection.default(history.coordinator)

    def states(jail):
        row = progress.annotated_jails(selection).get(pk=jail.pk)
        report = progress.jail_report(selection, row)
        return {s.code: s.state for _m, _c, lessons in report.modules for s in lessons}, report

    lahore_states, report = states(history.lahore)
    assert lahore_states == {"EMP-01": "delivered", "EMP-02": "partly", "HYG-01": "not_held"}
    assert report.state_counts == {"delivered": 1, "partly": 1, "not_held": 1}
    assert (report.row.tally.held, report.row.tally.not_held, report.row.covered) == (4, 1, 2)
    kasur_states, _ = states(history.kasur)
    assert kasur_states == {"EMP-01": "delivered", "EMP-02": "not_held", "HYG-01": "delivered"}
    bahawalpur_states, _ = states(history.bahawalpur)
    assert set(bahawalpur_states.values()) == {"not_yet"}


def test_an_instructors_selection_holds_only_their_jail(history):
    board = progress.dashboard(Selection.default(history.instructor_user))
    assert [row.jail.name for row in board.rows] == ["Central Jail Lahore"]
    assert board.totals.sessions == 5
    assert board.observed.count == 2


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (datetime.date(2026, 11, 28), datetime.date(2026, 5, 28)),
        (datetime.date(2026, 8, 31), datetime.date(2026, 2, 28)),
        (datetime.date(2028, 8, 31), datetime.date(2028, 2, 29)),
        (datetime.date(2026, 3, 15), datetime.date(2025, 9, 15)),
    ],
)
def test_months_before_keeps_the_day_or_takes_the_months_last(day, expected):
    assert progress.months_before(day, 6) == expected
