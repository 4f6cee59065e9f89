"""The coordinator's figures: jails x modules coverage, stale jails, and the charts.

A fixed number of queries whatever the number of logs: the live curriculum (2), the jails
with their last sessions (1), held sessions per jail and lesson (1), sessions per jail,
month and reason (1), observations per jail (1), the training programme (1) and who serves
where (1). The period's whole months are read from the monthly roll-ups
(lms/models/rollups.py) and only the days at its edges from the logs, both in one query
(`UNION ALL`) per figure. Coverage is counted by the database down to jails x modules;
Python then adds up aggregated rows, bounded by jails x modules and jails x months, never
by logs.
"""

import dataclasses
import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import (
    Case,
    Count,
    DateField,
    Exists,
    Max,
    Min,
    OuterRef,
    Q,
    Subquery,
    Sum,
    Value,
    When,
)

from lms.models import MonthlyLessonDelivery, MonthlyObservations, MonthlySessions, SessionLog

from .coverage import HELD_STATUSES, ModuleCoverage
from .curriculum import live_curriculum
from .numbers import floor_percent
from .periods import months_between, next_month
from .tally import ROWS, Observed, Tally, session_sums
from .training import Training, training_by_jail


def annotated_jails(selection):
    """The selected jails, each with its last held session and its last log of any kind.

    "Last session" ignores the date range and module filter: whether a jail has gone
    quiet is a question about today.
    """
    logs = SessionLog.objects.for_user(selection.user)
    held = logs.filter(jail=OuterRef("pk"), status__in=HELD_STATUSES).order_by("-delivered_on")
    latest = logs.filter(jail=OuterRef("pk")).order_by("-delivered_on", "-recorded_at")
    return selection.jails().annotate(
        last_held_on=Subquery(held.values("delivered_on")[:1]),
        last_log_on=Subquery(latest.values("delivered_on")[:1]),
        last_log_status=Subquery(latest.values("status")[:1]),
        last_log_reason=Subquery(latest.values("not_held_reason")[:1]),
    )


@dataclass
class JailRow:
    jail: object  # a Jail from annotated_jails()
    cells: list  # ModuleCoverage per module shown
    tally: Tally = field(default_factory=Tally)
    observed: Observed = field(default_factory=Observed)
    training: Training | None = None
    today: datetime.date = None

    @property
    def covered(self):
        return sum(cell.covered for cell in self.cells)

    @property
    def partly(self):
        return sum(cell.partly for cell in self.cells)

    @property
    def total(self):
        return sum(cell.total for cell in self.cells)

    @property
    def percent(self):
        return floor_percent(self.covered, self.total)

    @property
    def days_since(self):
        """Days since the last held session (delivered or partly), or None if never."""
        last = self.jail.last_held_on
        return (self.today - last).days if last else None

    @property
    def is_stale(self):
        """An active jail with no held session for more than LMS_STALE_AFTER_DAYS days."""
        if not self.jail.active:
            return False
        return self.days_since is None or self.days_since > settings.LMS_STALE_AFTER_DAYS

    @property
    def stopped_because(self):
        """The reason on the jail's latest log, if that log says the session was not held."""
        if self.jail.last_log_status == SessionLog.Status.NOT_HELD:
            return self.jail.last_log_reason
        return None


@dataclass
class Dashboard:
    selection: object
    all_districts: list  # of every jail in scope, whatever the filters
    modules: list
    rows: list
    totals: Tally
    observed: Observed
    training: Training
    months: list
    by_district: dict  # district -> {month: Tally}
    coverage_by_month: list  # (month, lessons reached so far, jails x lessons)

    @property
    def covered(self):
        return sum(row.covered for row in self.rows)

    @property
    def possible(self):
        return sum(row.total for row in self.rows)

    @property
    def percent(self):
        return floor_percent(self.covered, self.possible)

    @property
    def stale(self):
        """Stale jails, the longest silent first (never-taught jails before all)."""
        rows = [row for row in self.rows if row.is_stale]
        return sorted(rows, key=lambda r: (r.days_since is not None, -(r.days_since or 0)))

    @property
    def districts(self):
        return sorted(self.by_district)

    @property
    def reasons(self):
        """(reason code, sessions not held for it), most frequent first."""
        return self.totals.reasons_ranked

    @property
    def module_totals(self):
        """Coverage per module over the jails shown: (module, covered, possible, percent)."""
        totals = []
        for index, module in enumerate(self.modules):
            covered = sum(row.cells[index].covered for row in self.rows)
            possible = sum(row.cells[index].total for row in self.rows)
            totals.append((module, covered, possible, floor_percent(covered, possible)))
        return totals


def dashboard(selection, curriculum=None):
    curriculum = live_curriculum() if curriculum is None else curriculum
    modules = selection.curriculum_shown(curriculum)
    logs = selection.logs()
    # Every jail in scope, in one query: the district list for the filter comes from it,
    # and the district and kind filters are applied to it here.
    in_scope = list(
        annotated_jails(dataclasses.replace(selection, district="", kind=""))
        .annotate(has_logs=Exists(logs.filter(jail=OuterRef("pk"))))
        .order_by("name")
    )
    jails = [
        jail for jail in in_scope if selection.matches_jail(jail) and (jail.active or jail.has_logs)
    ]
    rows = {jail.pk: JailRow(jail, cells=[], today=selection.today) for jail in jails}
    months = report_months(selection, logs)

    # Coverage per jail and module, and (jail, lesson) pairs first reached per month.
    by_module, first_reached = coverage_counts(selection, modules, months)
    for jail_id, jail_row in rows.items():
        counts = by_module.get(jail_id, {})
        jail_row.cells = [
            ModuleCoverage(module, *counts.get(index, (0, 0)), len(module.lessons))
            for index, module in enumerate(modules)
        ]

    # Sessions, reach and steps: per jail, month, status and reason not held.
    totals = Tally()
    by_district = defaultdict(lambda: defaultdict(Tally))
    for jail_id, month, status, reason, *sums in sessions_per_month(selection, months):
        jail_row = rows.get(jail_id)
        if jail_row is None:
            continue
        district = by_district[jail_row.jail.district][month]
        for tally in (jail_row.tally, totals, district):
            tally.add_sessions(status, reason, *sums)

    observed = Observed()
    for jail_id, score_sum, count in observations_per_jail(selection):
        if jail_id in rows:
            jail_observed = Observed(score_sum, count)
            rows[jail_id].observed.add(jail_observed)
            observed.add(jail_observed)

    by_jail, training = training_by_jail(selection, list(rows))
    for jail_id, row in rows.items():
        row.training = by_jail.get(jail_id, Training(training.required))

    possible = len(rows) * sum(len(module.lessons) for module in modules)
    coverage_by_month = []
    reached = 0
    for index, month in enumerate(months):
        reached += first_reached[index]
        coverage_by_month.append((month, reached, possible))

    return Dashboard(
        selection=selection,
        all_districts=sorted({jail.district for jail in in_scope}),
        modules=modules,
        rows=list(rows.values()),
        totals=totals,
        observed=observed,
        training=training,
        months=months,
        by_district={district: dict(per_month) for district, per_month in by_district.items()},
        coverage_by_month=coverage_by_month,
    )


def held_per_lesson(selection):
    """(jail, lesson key, sessions delivered in full, first held day): one row per
    jail and lesson from the roll-up of the whole months, and one from the logs of each
    edge of the period. A pair may come more than once; the caller adds them up."""
    whole_months = (
        selection.rollup(MonthlyLessonDelivery)
        .values_list("jail_id", "lesson_key")
        .annotate(full=Sum("delivered"), first_held=Min("first_held_on"))
        .order_by()
    )
    edges = [
        edge.logs()
        .filter(status__in=HELD_STATUSES)
        .values_list("jail_id", "lesson_key")
        .annotate(
            full=Count(ROWS, filter=Q(status=SessionLog.Status.DELIVERED)),
            first_held=Min("delivered_on"),
        )
        .order_by()
        for edge in selection.edges()
    ]
    return whole_months.union(*edges, all=True)


def coverage_counts(selection, modules, months):
    """Coverage counted by the database down to jails x modules, so that tens of thousands
    of (jail, lesson) rows never reach Python: ({jail id: {module index: (live lessons
    delivered in full, live lessons only partly)}}, [(jail, live lesson) pairs first
    reached in each month of `months`]).

    `held_per_lesson` is wrapped in two more steps: merge its rows per jail and lesson
    (the roll-up and the edges may both have one), keeping only live lessons and naming
    each lesson's module; then count per jail and module, and per month first reached.
    """
    lessons = [
        (lesson.key, index) for index, module in enumerate(modules) for lesson in module.lessons
    ]
    first_reached = [0] * len(months)
    if not lessons:
        return {}, first_reached
    try:
        held_sql, held_params = held_per_lesson(selection).query.sql_with_params()
    except EmptyResultSet:  # nothing the user may see
        return {}, first_reached
    key_field = SessionLog._meta.get_field("lesson_key")
    keys = [key_field.get_db_prep_value(key, connection) for key, _index in lessons]
    module_of = " ".join(["WHEN %s THEN %s"] * len(lessons))
    module_params = [
        value for key, (_key, index) in zip(keys, lessons, strict=True) for value in (key, index)
    ]
    month_of = " ".join(["WHEN first_held < %s THEN %s"] * (len(months) - 1))
    day_field = SessionLog._meta.get_field("delivered_on")
    month_params = [
        value
        for index, month in enumerate(months[:-1])
        for value in (day_field.get_db_prep_value(next_month(month), connection), index)
    ]
    sql = f"""
        WITH held (jail_id, lesson_key, full_count, first_held) AS ({held_sql}),
        per_lesson AS (
            SELECT jail_id, CASE lesson_key {module_of} END AS module,
                   SUM(full_count) AS full_count, MIN(first_held) AS first_held
            FROM held
            WHERE lesson_key IN ({", ".join(["%s"] * len(keys))})
            GROUP BY jail_id, lesson_key
        )
        SELECT 0, jail_id, module,
               SUM(CASE WHEN full_count > 0 THEN 1 ELSE 0 END),
               SUM(CASE WHEN full_count > 0 THEN 0 ELSE 1 END)
        FROM per_lesson GROUP BY jail_id, module
    """
    params = [*held_params, *module_params, *keys]
    if len(months) == 1:
        sql += "UNION ALL SELECT 1, 0, NULL, COUNT(*), NULL FROM per_lesson"
    elif months:
        sql += f"""
            UNION ALL
            SELECT 1, CASE {month_of} ELSE %s END, NULL, COUNT(*), NULL
            FROM per_lesson GROUP BY 2
        """
        params += [*month_params, len(months) - 1]
    by_module = defaultdict(dict)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for per_month, jail_or_month, module, delivered, partly in cursor.fetchall():
            if per_month:
                first_reached[jail_or_month] += delivered
            else:
                by_module[jail_or_month][module] = (delivered, partly)
    return by_module, first_reached


def sessions_per_month(selection, months):
    """(jail, month start, status, reason, *`session_sums`) per jail, month, status and
    reason not held, from the roll-up and the edge days (a group may come more than once).

    The edge days' month is a CASE over the month boundaries, which costs a few date
    comparisons per row where date_trunc would convert every date to a timestamp first.
    """
    if not months:
        return []
    whole_months = (
        selection.rollup(MonthlySessions)
        .values_list("jail_id", "month", "status", "not_held_reason")
        .annotate(
            sessions=Sum("sessions"),
            children=Sum("children"),
            steps_share_sum=Sum("steps_share_sum"),
            steps_share_n=Sum("steps_share_n"),
        )
        .order_by()
    )
    month = Case(
        *[When(delivered_on__lt=next_month(start), then=Value(start)) for start in months[:-1]],
        default=Value(months[-1]),
        output_field=DateField(),
    )
    edges = [
        edge.logs()
        .annotate(month=month)
        .values_list("jail_id", "month", "status", "not_held_reason")
        .annotate(**session_sums())
        .order_by()
        for edge in selection.edges()
    ]
    return whole_months.union(*edges, all=True)


def observations_per_jail(selection):
    """(jail, sum of observation scores, observations) from the roll-up and the edges."""
    whole_months = (
        selection.rollup(MonthlyObservations)
        .values_list("jail_id")
        .annotate(score_sum=Sum("score_sum"), count=Sum("observed"))
        .order_by()
    )
    edges = [
        edge.observations()
        .values_list("session__jail_id")
        .annotate(score_sum=Sum("score_total"), count=Count("pk"))
        .order_by()
        for edge in selection.edges()
    ]
    return whole_months.union(*edges, all=True)


def report_months(selection, logs):
    """The months a chart spans: the period's, or (for an open period) those of the
    first and last selected logs (one more query, only then)."""
    first, last = selection.start, selection.end
    if first is None or last is None:
        bounds = logs.aggregate(first=Min("delivered_on"), last=Max("delivered_on"))
        first, last = first or bounds["first"], last or bounds["last"]
    if first is None or last is None or first > last:
        return []
    return months_between(first, last)
