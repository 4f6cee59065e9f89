"""Monthly roll-ups of the session logs, so national reports read months, not logs.

At national scale a six-month dashboard would add up a third of a million logs on every
view. These tables hold the same sums per jail and calendar month; `lms.progress.rollups`
recomputes a jail's month whenever one of its logs or observations is saved or deleted
(in the same transaction), and `manage.py rebuild_rollups` recomputes everything after a
bulk load. Reports read whole months here and only the days at a period's edges from the
logs. Nothing here is ever edited by hand or shown as such: it is derived data.
"""

from django.db import models

from lms.scoping import ALL, OWN_JAIL, VIEW, current_jail_ids, scope_for

from .places import Jail


class RollupQuerySet(models.QuerySet):
    def for_user(self, user):
        """The rows of the jails whose source records the user may see.

        A roll-up row sums a whole jail's month, so only a jail-wide scope can be served
        from it; every role that sees session logs at all sees them jail-wide.
        """
        scope = scope_for(user, self.model.scoped_like(), VIEW)
        if scope == ALL:
            return self
        if scope == OWN_JAIL:
            return self.filter(jail__in=current_jail_ids(user))
        return self.none()


class Rollup(models.Model):
    jail = models.ForeignKey(Jail, on_delete=models.CASCADE, related_name="+")
    month = models.DateField(help_text="The first day of the calendar month summed.")
    module_key = models.UUIDField()

    objects = RollupQuerySet.as_manager()

    class Meta:
        abstract = True


def _session_log():
    from .sessions import SessionLog

    return SessionLog


def _observation():
    from .sessions import Observation

    return Observation


class MonthlyLessonDelivery(Rollup):
    """Held sessions of one lesson at one jail in one month: the coverage figures."""

    lesson_key = models.UUIDField()
    delivered = models.PositiveIntegerField()
    partly = models.PositiveIntegerField()
    first_held_on = models.DateField()

    scoped_like = staticmethod(_session_log)

    class Meta:
        verbose_name = "monthly lesson delivery"
        verbose_name_plural = "monthly lesson deliveries"
        constraints = [
            models.UniqueConstraint(
                fields=["jail", "month", "lesson_key", "module_key"],
                name="one_lesson_rollup_per_jail_month",
            )
        ]
        indexes = [
            # Every column a report reads, so PostgreSQL answers from the index alone.
            models.Index(
                fields=[
                    "month",
                    "jail",
                    "lesson_key",
                    "module_key",
                    "delivered",
                    "partly",
                    "first_held_on",
                ],
                name="lessonrollup_period_figures",
            )
        ]

    def __str__(self):
        return f"{self.jail_id} {self.month:%Y-%m} lesson {self.lesson_key}"


class MonthlySessions(Rollup):
    """Sessions of one status (and reason not held) at one jail in one month, with the
    children they reached and the steps done: the tallies and the monthly charts."""

    status = models.CharField(max_length=12)
    not_held_reason = models.CharField(max_length=24, blank=True)
    sessions = models.PositiveIntegerField()
    children = models.PositiveIntegerField()
    steps_share_sum = models.FloatField()
    steps_share_n = models.PositiveIntegerField()

    scoped_like = staticmethod(_session_log)

    class Meta:
        verbose_name = "monthly session tally"
        verbose_name_plural = "monthly session tallies"
        constraints = [
            models.UniqueConstraint(
                fields=["jail", "month", "module_key", "status", "not_held_reason"],
                name="one_sessions_rollup_per_jail_month",
            )
        ]
        indexes = [models.Index(fields=["month", "jail"], name="sessionrollup_month_jail")]

    def __str__(self):
        return f"{self.jail_id} {self.month:%Y-%m} {self.status} {self.not_held_reason}"


class MonthlyObservations(Rollup):
    """Observations of one module's sessions at one jail in one month: the mean score."""

    score_sum = models.PositiveIntegerField()
    observed = models.PositiveIntegerField()

    scoped_like = staticmethod(_observation)

    class Meta:
        verbose_name = "monthly observation sum"
        verbose_name_plural = "monthly observation sums"
        constraints = [
            models.UniqueConstraint(
                fields=["jail", "month", "module_key"],
                name="one_observation_rollup_per_jail_month",
            )
        ]

    def __str__(self):
        return f"{self.jail_id} {self.month:%Y-%m} module {self.module_key}"
