"""The monthly roll-ups: always equal to the logs they sum, and the dashboard built on them
equal to the same figures counted straight from the logs, whatever the period's edges."""

import datetime
import io
import random
from collections import Counter, defaultdict

import pytest
from django.core.management import CommandError, call_command
from django.db.models import Sum
from django.utils import timezone

from lms import progress
from lms.factories import ObservationFactory, SessionLogFactory
from lms.imports.checking import run_import
from lms.imports.reading import read_rows
from lms.models import (
    MonthlyLessonDelivery,
    MonthlyObservations,
    MonthlySessions,
    Observation,
    SessionLog,
)
from lms.progress import rollups
from lms.progress.periods import whole_months
from tests.lms.test_import import csv_file, row
from tests.lms.test_log_session import URL as LOG_URL
from tests.lms.test_log_session import valid_data

from .conftest import days_ago

ROLLUP_MODELS = (MonthlyLessonDelivery, MonthlySessions, MonthlyObservations)


def assert_in_step():
    """The roll-ups kept up by the write paths equal a rebuild from the logs."""
    assert rollups.differences() == dict.fromkeys(ROLLUP_MODELS, 0)


def test_rebuild_sums_the_logs_by_jail_and_month(history):
    rollups.rebuild()
    logs = SessionLog.objects.all()
    assert MonthlySessions.objects.aggregate(n=Sum("sessions"))["n"] == logs.count() == 11
    held = logs.exclude(status="not_held")
    assert (
        MonthlySessions.objects.aggregate(n=Sum("children"))["n"]
        == held.aggregate(n=Sum("children_total"))["n"]
    )
    lessons = MonthlyLessonDelivery.objects.aggregate(full=Sum("delivered"), part=Sum("partly"))
    assert lessons == {"full": 6, "part": 2}
    assert MonthlyObservations.objects.aggregate(n=Sum("observed"))["n"] == 4
    l1 = history.logs.l1
    row = MonthlyLessonDelivery.objects.get(
        jail=history.lahore,
        month=l1.delivered_on.replace(day=1),
        lesson_key=l1.lesson_key,
    )
    first_held = min(
        log.delivered_on
        for log in (history.logs.l1, history.logs.l2)
        if log.delivered_on.replace(day=1) == row.month
    )
    assert row.first_held_on == first_held


def test_every_change_to_logs_and_observations_keeps_the_rollups_in_step(history, coordinator):
    assert_in_step()
    log = SessionLogFactory(
        class_group=history.logs.l1.class_group,
        lesson=history.hyg1,
        instructor=history.ayesha,
        delivered_on=days_ago(40),
    )
    assert MonthlyLessonDelivery.objects.filter(
        jail=history.lahore, month=log.delivered_on.replace(day=1), lesson_key=log.lesson_key
    ).exists()
    assert_in_step()

    # An edit moving the log to another jail and month leaves nothing behind in the old one.
    before = log.delivered_on.replace(day=1)
    edited = SessionLog.objects.get(pk=log.pk)
    edited.class_group = history.logs.k1.class_group
    edited.jail = history.kasur
    edited.delivered_on = days_ago(120)
    edited.status = SessionLog.Status.PARTLY
    edited.save()
    assert not MonthlyLessonDelivery.objects.filter(
        jail=history.lahore, month=before, lesson_key=log.lesson_key
    ).exists()  # 80 days apart: never the same month
    assert_in_step()

    observation = ObservationFactory(session=edited, observer=coordinator)
    assert_in_step()
    edited.delivered_on = days_ago(150)  # the observation's month moves with its session
    edited.save()
    assert_in_step()
    observation = Observation.objects.get(pk=observation.pk)
    observation.session = history.logs.k2
    observation.save()
    assert_in_step()
    observation.delete()
    assert_in_step()

    SessionLog.objects.get(pk=log.pk).delete()
    assert_in_step()
    SessionLog.objects.filter(pk=history.logs.k3.pk).delete()  # a queryset delete too
    assert_in_step()


def test_logging_a_session_and_importing_a_register_update_the_rollups(client, delivery):
    client.force_login(delivery.user)
    data = valid_data(delivery, delivered_on=days_ago(2).isoformat())
    response = client.post(LOG_URL, data)
    assert response.status_code == 302
    assert MonthlySessions.objects.aggregate(n=Sum("sessions"))["n"] == 1
    assert_in_step()

    upload = csv_file([row(date=days_ago(33).isoformat(), lesson_code="EMP-02", steps_done="")])
    rows = read_rows(upload.name, upload.read())
    result, created = run_import(delivery.user, rows)
    assert result.ok, result.errors
    assert len(created) == 1
    assert MonthlySessions.objects.aggregate(n=Sum("sessions"))["n"] == 2
    assert_in_step()


def test_an_instructor_reads_only_their_own_jails_rollups(history):
    rollups.rebuild()
    instructor = history.instructor_user
    for model in (MonthlyLessonDelivery, MonthlySessions):
        jails = set(model.objects.for_user(instructor).values_list("jail_id", flat=True))
        assert jails == {history.lahore.pk}
        assert set(model.objects.for_user(history.coordinator).values_list("jail_id", flat=True))
        assert jails < set(model.objects.values_list("jail_id", flat=True))
    assert set(
        MonthlyObservations.objects.for_user(instructor).values_list("jail_id", flat=True)
    ) == {history.lahore.pk}


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ((2026, 3, 1), (2026, 8, 31), ((2026, 3, 1), (2026, 9, 1))),
        ((2026, 3, 2), (2026, 8, 30), ((2026, 4, 1), (2026, 8, 1))),
        ((2026, 3, 2), (2026, 3, 30), None),
        ((2026, 3, 15), (2026, 4, 14), None),
        ((2026, 2, 1), (2026, 2, 28), ((2026, 2, 1), (2026, 3, 1))),
        ((2025, 12, 10), (2026, 1, 31), ((2026, 1, 1), (2026, 2, 1))),
        (None, (2026, 5, 20), (None, (2026, 5, 1))),
        ((2026, 5, 20), None, ((2026, 6, 1), None)),
        (None, None, (None, None)),
    ],
)
def test_whole_months_of_a_period(start, end, expected):
    def day(parts):
        return datetime.date(*parts) if parts else None

    result = whole_months(day(start), day(end))
    if expected is None:
        assert result is None
    else:
        assert result == (day(expected[0]), day(expected[1]))


def add_random_logs(history, count=70, seed=7):
    """Logs at Lahore and Kasur on distinct days over the last ten months."""
    rng = random.Random(seed)
    lessons = [history.emp1, history.emp2, history.hyg1, history.emp2_ur]
    taken = {
        (log.class_group_id, log.lesson_key, log.delivered_on) for log in SessionLog.objects.all()
    }
    made = 0
    while made < count:
        group, instructor = rng.choice(
            [
                (history.logs.l1.class_group, history.ayesha),
                (history.logs.k1.class_group, history.imran),
            ]
        )
        lesson = rng.choice(lessons)
        day = days_ago(rng.randint(0, 300))
        if (group.pk, lesson.translation_key, day) in taken:
            continue
        taken.add((group.pk, lesson.translation_key, day))
        status = rng.choice(["delivered", "delivered", "partly", "not_held"])
        log = SessionLogFactory(
            class_group=group,
            lesson=lesson,
            instructor=instructor,
            delivered_on=day,
            status=status,
            not_held_reason="lockdown" if status == "not_held" else "",
            steps_done=[s for s, _l in lesson.step_choices()[: rng.randint(0, 2)]]
            if status != "not_held"
            else [],
        )
        if status != "not_held" and rng.random() < 0.3:
            ObservationFactory(session=log, observer=history.coordinator)
        made += 1


def figures_from_logs(selection):
    """The dashboard's per-jail figures counted directly from the logs, in Python."""
    live = {lesson.key for module in progress.live_curriculum() for lesson in module.lessons}
    logs = list(selection.logs())
    per_jail = defaultdict(
        lambda: {"full": set(), "held": set(), "tally": Counter(), "children": 0, "obs": [0, 0]}
    )
    for log in logs:
        figures = per_jail[log.jail_id]
        figures["tally"][log.status] += 1
        if log.status != "not_held":
            figures["children"] += log.children_total
            if log.lesson_key in live:
                figures["held"].add(log.lesson_key)
                if log.status == "delivered":
                    figures["full"].add(log.lesson_key)
    for observation in selection.observations().select_related("session"):
        per_jail[observation.session.jail_id]["obs"][0] += observation.score_total
        per_jail[observation.session.jail_id]["obs"][1] += 1
    return {
        jail_id: (
            len(f["full"]),
            len(f["held"] - f["full"]),
            f["tally"]["delivered"],
            f["tally"]["partly"],
            f["tally"]["not_held"],
            f["children"],
            tuple(f["obs"]),
        )
        for jail_id, f in per_jail.items()
    }


def figures_on_dashboard(board):
    return {
        row.jail.pk: (
            sum(cell.delivered for cell in row.cells),
            row.partly,
            row.tally.delivered,
            row.tally.partly,
            row.tally.not_held,
            row.tally.children,
            (row.observed.score_sum, row.observed.count),
        )
        for row in board.rows
        if row.tally.sessions or row.observed.count
    }


def test_dashboard_from_rollups_equals_the_logs_for_any_period(history):
    add_random_logs(history)
    today = timezone.localdate()
    month = today.replace(day=1)
    periods = [
        (days_ago(183), today),  # the default: edges at both ends, most days of the year
        (month - datetime.timedelta(days=1), month - datetime.timedelta(days=1)),
        (progress.months_before(month, 4), month - datetime.timedelta(days=1)),  # whole
        (days_ago(200), days_ago(170)),  # across a month boundary, no whole month
        (None, days_ago(40)),
        (days_ago(95), None),
        (None, None),
    ]
    for start, end in periods:
        selection = progress.Selection(history.coordinator, start=start, end=end, today=today)
        board = progress.dashboard(selection)
        assert figures_on_dashboard(board) == figures_from_logs(selection), (start, end)
        reached = board.coverage_by_month[-1][1] if board.coverage_by_month else 0
        assert reached == board.covered, (start, end)
        by_month = sum(t.sessions for per in board.by_district.values() for t in per.values())
        assert by_month == board.totals.sessions == len(selection.logs()), (start, end)


def test_dashboard_module_and_district_filters_read_the_rollups_alike(history):
    add_random_logs(history, count=30, seed=11)
    for extra in ({"district": "Kasur"}, {"module_key": history.modules[0].translation_key}):
        selection = progress.Selection(
            history.coordinator, start=days_ago(250), end=timezone.localdate(), **extra
        )
        board = progress.dashboard(selection)
        assert figures_on_dashboard(board) == figures_from_logs(selection), extra


def test_rebuild_command_checks_and_recomputes_what_a_bulk_load_left_out(history):
    rollups.rebuild()
    output = io.StringIO()
    call_command("rebuild_rollups", "--check", stdout=output)
    assert output.getvalue().strip() == "The roll-ups match the logs."

    # l4 (Lahore, lockdown), k3 and k4 (Kasur, two reasons): three groups in any month.
    assert MonthlySessions.objects.filter(status="not_held").count() == 3
    MonthlySessions.objects.filter(status="not_held").delete()  # as after a COPY
    with pytest.raises(CommandError, match="differ from the logs") as error:
        call_command("rebuild_rollups", "--check", stdout=output)
    assert "monthly session tallies" in str(error.value)
    assert MonthlySessions.objects.filter(status="not_held").count() == 0  # changed nothing

    call_command("rebuild_rollups", stdout=output)
    assert MonthlySessions.objects.aggregate(n=Sum("sessions"))["n"] == 11
    assert output.getvalue().splitlines()[-1].startswith("Rebuilt ")
    assert f"{MonthlySessions.objects.count():,} monthly session tallies" in output.getvalue()
    assert MonthlySessions.objects.filter(status="not_held").count() == 3
