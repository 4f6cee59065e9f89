"""What a report is about: who is asking, which dates, which jails, which module.

Every figure, screen and export starts from a `Selection`, so the same filters select the
same rows everywhere, and every queryset it hands out comes through `for_user`.
"""

import calendar
import dataclasses
import datetime
import uuid
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils import timezone

from lms.models import Assignment, Jail, Observation, SessionLog, TrainingRecord

from .periods import whole_months

DEFAULT_MONTHS = 6


def months_before(day, months):
    """The same day `months` calendar months earlier (the month's last day if shorter)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def default_start(today=None):
    """Reports open on the last six months: from this date six months ago to today."""
    return months_before(today or timezone.localdate(), DEFAULT_MONTHS)


@dataclass(frozen=True)
class Selection:
    user: object
    start: datetime.date | None = None  # inclusive; None: from the first record
    end: datetime.date | None = None  # inclusive; None: up to the last record
    district: str = ""
    kind: str = ""
    module_key: uuid.UUID | None = None
    today: datetime.date = field(default_factory=timezone.localdate)

    @classmethod
    def default(cls, user, **overrides):
        today = overrides.pop("today", None) or timezone.localdate()
        return cls(user, start=default_start(today), end=today, today=today, **overrides)

    @property
    def filters_jails(self):
        return bool(self.district or self.kind)

    @property
    def reference_day(self):
        """The day "who serves where" is read on: the period's end, or today if sooner."""
        return min(self.end, self.today) if self.end else self.today

    def jails(self):
        jails = Jail.objects.for_user(self.user)
        if self.district:
            jails = jails.filter(district=self.district)
        if self.kind:
            jails = jails.filter(kind=self.kind)
        return jails

    def matches_jail(self, jail):
        """Whether a jail (already in scope) passes the district and kind filters."""
        return (not self.district or jail.district == self.district) and (
            not self.kind or jail.kind == self.kind
        )

    def date_q(self, lookup):
        q = Q()
        if self.start:
            q &= Q(**{f"{lookup}__gte": self.start})
        if self.end:
            q &= Q(**{f"{lookup}__lte": self.end})
        return q

    def logs(self):
        """Session logs in the period at the selected jails, for the selected module."""
        return self.restrict_logs(SessionLog.objects.for_user(self.user))

    def observations(self):
        """Observations of the selected sessions."""
        return self.restrict_logs(Observation.objects.for_user(self.user), prefix="session__")

    def training_records(self):
        """Training records dated in the period, of instructors serving at a selected jail.

        Which jail an instructor serves is read on the reference day, so a transferred
        instructor's records follow them to their current jail.
        """
        return self.restrict_training(TrainingRecord.objects.for_user(self.user))

    def restrict_training(self, queryset):
        queryset = queryset.filter(self.date_q("attended_on"))
        if self.filters_jails:
            serving = Assignment.objects.covering(self.reference_day).filter(
                jail__in=self.jails().values("pk")
            )
            queryset = queryset.filter(instructor__in=serving.values("instructor_id"))
        return queryset

    def restrict_logs(self, queryset, prefix=""):
        """Narrow an already scoped queryset of logs (or of rows reaching a log by
        `prefix`) to the period, jails and module."""
        queryset = queryset.filter(self.date_q(f"{prefix}delivered_on"))
        if self.filters_jails:
            queryset = queryset.filter(**{f"{prefix}jail__in": self.jails().values("pk")})
        if self.module_key:
            queryset = queryset.filter(**{f"{prefix}module_key": self.module_key})
        return queryset

    @property
    def whole_months(self):
        """(first, stop) days of the period's whole months, or None: see `rollup`."""
        return whole_months(self.start, self.end)

    def rollup(self, model):
        """Rows of a monthly roll-up (lms/models/rollups.py) for the period's whole months,
        at the selected jails, for the selected module. The days of the period outside
        those months come from the logs, through `edges`."""
        rows = model.objects.for_user(self.user)
        if self.whole_months is None:
            return rows.none()
        first, stop = self.whole_months
        if first:
            rows = rows.filter(month__gte=first)
        if stop:
            rows = rows.filter(month__lt=stop)
        if self.filters_jails:
            rows = rows.filter(jail__in=self.jails().values("pk"))
        if self.module_key:
            rows = rows.filter(module_key=self.module_key)
        return rows

    def edges(self):
        """The period's days outside its whole months, as selections of up to two date
        ranges (each a part of a month), so each reads one range of the date index."""
        if self.whole_months is None:
            return [self]
        first, stop = self.whole_months
        edges = []
        if first is not None and (self.start is None or self.start < first):
            edges.append(dataclasses.replace(self, end=first - datetime.timedelta(days=1)))
        if stop is not None and (self.end is None or self.end >= stop):
            edges.append(dataclasses.replace(self, start=stop))
        return edges

    def curriculum_shown(self, curriculum):
        """The modules a report shows: all of them, or the one the filter picked."""
        if not self.module_key:
            return curriculum
        return [module for module in curriculum if module.key == self.module_key]
