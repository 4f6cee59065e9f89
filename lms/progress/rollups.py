"""Keeping the monthly roll-ups (lms/models/rollups.py) equal to the logs they sum.

Every roll-up row is a `GROUP BY` of session logs (or observations) per jail, calendar
month and a few columns. Rather than adding and subtracting as logs change, which drifts
as soon as one path forgets a case (an edit that moves a log to another month, a deleted
observation), a change recomputes the whole month of the jail it touches: a jail logs a
few sessions a day, so that is a few dozen rows. The same `INSERT ... SELECT` rebuilds
every row after a bulk load (`manage.py rebuild_rollups`).
"""

from collections import Counter
from dataclasses import dataclass

from django.db import connection, transaction
from django.db.models import Count, F, Min, Q, Sum
from django.db.models.functions import TruncMonth
from django.db.models.signals import post_delete, post_save

from lms.models import (
    Jail,
    MonthlyLessonDelivery,
    MonthlyObservations,
    MonthlySessions,
    Observation,
    SessionLog,
)

from .coverage import HELD_STATUSES
from .periods import month_start, next_month
from .tally import ROWS, session_sums


@dataclass(frozen=True)
class RollupSource:
    model: type  # the roll-up table
    source: type  # what it sums
    path: str  # from a source row to its session log ("" for a log itself)
    columns: tuple  # grouped by besides jail and month: (roll-up column, source lookup)
    sums: callable  # () -> {roll-up column: aggregate}
    held_only: bool = False

    def lookup(self, name):
        return f"{self.path}{name}"

    def grouped(self, where):
        """The roll-up rows for the source rows matching `where`, as a values queryset
        whose columns come in the roll-up table's order (`column_names`)."""
        rows = self.source.objects.filter(where)
        if self.held_only:
            rows = rows.filter(**{self.lookup("status__in"): HELD_STATUSES})
        group = {
            "rollup_jail": F(self.lookup("jail_id")),
            "rollup_month": TruncMonth(self.lookup("delivered_on")),
            **{f"rollup_{name}": F(lookup) for name, lookup in self.columns},
        }
        return rows.values(**group).annotate(**self.sums()).order_by()

    @property
    def column_names(self):
        names = ["jail_id", "month", *(name for name, _lookup in self.columns), *self.sums()]
        return ", ".join(connection.ops.quote_name(name) for name in names)

    def insert(self, where):
        """Compute and insert the roll-up rows of the source rows matching `where`."""
        sql, params = self.grouped(where).query.sql_with_params()
        table = connection.ops.quote_name(self.model._meta.db_table)
        with connection.cursor() as cursor:
            cursor.execute(f"INSERT INTO {table} ({self.column_names}) {sql}", params)

    def in_months(self, jail_id, months):
        """Source rows of one jail dated in any of `months` (month starts)."""
        where = Q()
        for month in months:
            where |= Q(
                **{
                    self.lookup("delivered_on__gte"): month,
                    self.lookup("delivered_on__lt"): next_month(month),
                }
            )
        return Q(**{self.lookup("jail_id"): jail_id}) & where


def lesson_sums():
    return {
        "delivered": Count(ROWS, filter=Q(status=SessionLog.Status.DELIVERED)),
        "partly": Count(ROWS, filter=Q(status=SessionLog.Status.PARTLY)),
        "first_held_on": Min("delivered_on"),
    }


def observation_sums():
    return {"score_sum": Sum("score_total"), "observed": Count("pk")}


ROLLUPS = (
    RollupSource(
        MonthlyLessonDelivery,
        SessionLog,
        path="",
        columns=(("module_key", "module_key"), ("lesson_key", "lesson_key")),
        sums=lesson_sums,
        held_only=True,
    ),
    RollupSource(
        MonthlySessions,
        SessionLog,
        path="",
        columns=(
            ("module_key", "module_key"),
            ("status", "status"),
            ("not_held_reason", "not_held_reason"),
        ),
        sums=session_sums,
    ),
    RollupSource(
        MonthlyObservations,
        Observation,
        path="session__",
        columns=(("module_key", "session__module_key"),),
        sums=observation_sums,
    ),
)


def refresh(jail_months):
    """Recompute the roll-ups of each (jail id, any day of the month) given.

    Runs in the caller's transaction (or its own). The jails' rows are locked first, in
    a fixed order, so two requests logging at one jail take turns: each then recomputes
    from logs that include the other's, never from a snapshot missing them.
    """
    by_jail = {}
    for jail_id, day in jail_months:
        by_jail.setdefault(jail_id, set()).add(month_start(day))
    if not by_jail:
        return
    with transaction.atomic():
        # FOR NO KEY UPDATE: refreshes of one jail exclude each other, but rows that only
        # reference the jail (a new log's foreign key check) are never blocked by it.
        jails = Jail.objects.select_for_update(no_key=True).filter(pk__in=by_jail)
        list(jails.order_by("pk").values("pk"))
        for jail_id, months in sorted(by_jail.items()):
            for rollup in ROLLUPS:
                rollup.model.objects.filter(jail_id=jail_id, month__in=months).delete()
                rollup.insert(rollup.in_months(jail_id, sorted(months)))


def rebuild():
    """Recompute every roll-up row from every log (after a bulk load or a restore)."""
    with transaction.atomic():
        for rollup in ROLLUPS:
            rollup.model.objects.all().delete()
            rollup.insert(Q())


def contents():
    """{roll-up model: Counter of its rows, ids left out}, floats rounded so that sums
    added up in another order still compare equal."""

    def row(values):
        return tuple(round(value, 9) if isinstance(value, float) else value for value in values)

    return {
        rollup.model: Counter(
            row(values)
            for values in rollup.model.objects.values_list(
                *[f.attname for f in rollup.model._meta.concrete_fields if not f.primary_key]
            )
        )
        for rollup in ROLLUPS
    }


def differences():
    """{roll-up model: rows that differ from a rebuild from the logs}; changes nothing."""
    with transaction.atomic():
        kept = contents()
        rebuild()
        fresh = contents()
        transaction.set_rollback(True)
    return {
        model: (kept[model] - fresh[model]).total() + (fresh[model] - kept[model]).total()
        for model in kept
    }


def log_changed(sender, instance, **kwargs):
    """post_save / post_delete of a SessionLog: its month, and the one it moved from."""
    places = {(instance.jail_id, instance.delivered_on)}
    stored = getattr(instance, "stored_place", None)
    if stored and None not in stored:
        places.add(stored)
    refresh(places)


def observation_changed(sender, instance, **kwargs):
    """post_save / post_delete of an Observation: its session's month (and the previous
    session's, if it was moved to another)."""
    sessions = {instance.session_id, getattr(instance, "stored_session_id", None)} - {None}
    refresh(SessionLog.objects.filter(pk__in=sessions).values_list("jail_id", "delivered_on"))


def connect_signals():
    post_save.connect(log_changed, sender=SessionLog)
    post_delete.connect(log_changed, sender=SessionLog)
    post_save.connect(observation_changed, sender=Observation)
    post_delete.connect(observation_changed, sender=Observation)
