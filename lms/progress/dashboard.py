"""The coordinator's figures: jails x modules coverage, stale jails, and the charts.

A fixed number of queries whatever the number of logs: the live curriculum (2), the jails
with their last sessions (1), held sessions per jail and lesson (1), sessions per jail,
month and reason (1), observations per jail (1), the training programme (1) and who serves
where (1). Python then adds up aggregated rows, bounded by jails x lessons and
jails x months, never by logs.
"""

import dataclasses
import datetime
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, Exists, Min, OuterRef, Q, Subquery
from django.db.models.functions import TruncMonth

from lms.models import SessionLog

from .coverage import HELD_STATUSES, coverage_from_counts
from .curriculum import live_curriculum
from .numbers import floor_percent
from .periods import month_start, months_between
from .tally import Observed, Tally, observed_by, tally_aggregates
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
    counts = defaultdict(dict)  # jail id -> {lesson key: (full, partial)}
    first_reached = Counter()  # month -> (jail, lesson) pairs first reached in it
    live_keys = {lesson.key for module in modules for lesson in module.lessons}
    for row in held_per_lesson(logs):
        full = row["full"]
        counts[row["jail_id"]][row["lesson_key"]] = (full, row["held"] - full)
        if row["lesson_key"] in live_keys:
            first_reached[month_start(row["first_held"])] += 1

    rows = {
        jail.pk: JailRow(
            jail,
            cells=coverage_from_counts(counts.get(jail.pk, {}), modules),
            today=selection.today,
        )
        for jail in jails
    }
    totals = Tally()
    by_district = defaultdict(lambda: defaultdict(Tally))
    months_seen = set()
    for row in sessions_per_month(logs):
        jail_row = rows.get(row["jail_id"])
        if jail_row is None:
            continue
        jail_row.tally.add_row(row)
        totals.add_row(row)
        by_district[jail_row.jail.district][row["month"]].add_row(row)
        months_seen.add(row["month"])

    observed = Observed()
    for jail_id, jail_observed in observed_by(selection.observations(), "session__jail_id").items():
        if jail_id in rows:
            rows[jail_id].observed = jail_observed
            observed.add(jail_observed)

    by_jail, training = training_by_jail(selection, list(rows))
    for jail_id, row in rows.items():
        row.training = by_jail.get(jail_id, Training(training.required))

    months = report_months(selection, months_seen)
    possible = len(rows) * len(live_keys)
    coverage_by_month = []
    reached = 0
    for month in months:
        reached += first_reached.get(month, 0)
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


def held_per_lesson(logs):
    """Per jail and lesson: held sessions, how many in full, and the first held date."""
    return (
        logs.filter(status__in=HELD_STATUSES)
        .values("jail_id", "lesson_key")
        .annotate(
            held=Count("pk"),
            full=Count("pk", filter=Q(status=SessionLog.Status.DELIVERED)),
            first_held=Min("delivered_on"),
        )
        .order_by()
    )


def sessions_per_month(logs):
    """Per jail, month and reason not held: the `Tally` sums."""
    return (
        logs.annotate(month=TruncMonth("delivered_on"))
        .values("jail_id", "month", "not_held_reason")
        .annotate(**tally_aggregates())
        .order_by()
    )


def report_months(selection, months_seen):
    """The months a chart spans: the selected period, or the months that have records."""
    first = selection.start or (min(months_seen) if months_seen else None)
    last = selection.end or (max(months_seen) if months_seen else None)
    if first is None or last is None or first > last:
        return []
    return months_between(first, last)
