"""Sessions held and not held, children reached, fidelity: sums that add up across groups.

Each query groups session logs by whatever a screen needs (jail, month, instructor,
lesson) and returns these sums per group; `Tally` adds groups together, so a district,
a jail or the whole country is a sum of database aggregates, never a loop over logs.
"""

from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Count, F, FloatField, Q, Sum
from django.db.models.functions import Cast, Coalesce, NullIf

from lms.models import Observation, SessionLog

from .coverage import HELD_STATUSES
from .numbers import share

Status = SessionLog.Status


# Logs are counted with COUNT(delivered_on) (never null), not COUNT(id): PostgreSQL can
# then answer from the covering index of lms/migrations/0002 without reading the table.
# (Django refuses COUNT(*) with a FILTER clause.)
ROWS = "delivered_on"


def steps_share_aggregates(held=None):
    """Sum and count of steps done / steps in the lesson, over held logs with steps."""
    with_steps = Q(steps_planned__gt=0) if held is None else held & Q(steps_planned__gt=0)
    return {
        "steps_share_sum": Coalesce(
            Sum(
                Cast("steps_done_count", FloatField()) / F("steps_planned"),
                filter=with_steps,
                output_field=FloatField(),
            ),
            0.0,
            output_field=FloatField(),
        ),
        "steps_share_n": Count(ROWS, filter=with_steps),
    }


def tally_aggregates():
    """Aggregate expressions for `Tally.add_row`, to use in `.values(...).annotate(...)`."""
    held = Q(status__in=HELD_STATUSES)
    return {
        "delivered": Count(ROWS, filter=Q(status=Status.DELIVERED)),
        "partly": Count(ROWS, filter=Q(status=Status.PARTLY)),
        "not_held": Count(ROWS, filter=Q(status=Status.NOT_HELD)),
        "children": Coalesce(Sum("children_total", filter=held), 0),
        **steps_share_aggregates(held),
    }


def session_sums():
    """Sessions, children and steps done, for logs grouped by status (so no filter)."""
    steps_planned = NullIf("steps_planned", 0)  # a lesson without steps has no share
    return {
        "sessions": Count(ROWS),
        "children": Coalesce(Sum("children_total"), 0),
        "steps_share_sum": Coalesce(
            Sum(Cast("steps_done_count", FloatField()) / steps_planned),
            0.0,
            output_field=FloatField(),
        ),
        "steps_share_n": Count(steps_planned),
    }


@dataclass
class Tally:
    delivered: int = 0
    partly: int = 0
    not_held: int = 0
    children: int = 0  # headcounts summed over held sessions: child-sessions, not children
    steps_share_sum: float = 0.0
    steps_share_n: int = 0
    reasons: Counter = field(default_factory=Counter)  # not held, by reason

    @property
    def held(self):
        return self.delivered + self.partly

    @property
    def sessions(self):
        return self.held + self.not_held

    @property
    def reasons_ranked(self):
        """(reason, sessions not held for it), most frequent first."""
        return self.reasons.most_common()

    @property
    def fidelity(self):
        """Mean share of the lesson's steps done, over held sessions of lessons with steps."""
        return share(self.steps_share_sum, self.steps_share_n)

    def add_row(self, row):
        """Add one aggregated row (from `tally_aggregates`, maybe grouped by reason)."""
        self.delivered += row["delivered"]
        self.partly += row["partly"]
        self.not_held += row["not_held"]
        self.children += row["children"]
        self.steps_share_sum += row["steps_share_sum"]
        self.steps_share_n += row["steps_share_n"]
        if row["not_held"] and "not_held_reason" in row:
            self.reasons[row["not_held_reason"]] += row["not_held"]

    def add_sessions(self, status, reason, count, children=0, share_sum=0.0, share_n=0):
        """Add sessions of one status, with their `session_sums`; a not-held session adds
        only to its reason (it reached no child and did no step)."""
        if status == Status.NOT_HELD:
            self.not_held += count
            self.reasons[reason] += count
            return
        if status == Status.DELIVERED:
            self.delivered += count
        else:
            self.partly += count
        self.children += children
        self.steps_share_sum += share_sum
        self.steps_share_n += share_n

    def add(self, other):
        self.delivered += other.delivered
        self.partly += other.partly
        self.not_held += other.not_held
        self.children += other.children
        self.steps_share_sum += other.steps_share_sum
        self.steps_share_n += other.steps_share_n
        self.reasons.update(other.reasons)


@dataclass
class Observed:
    """Observation scores: total of the five rubric scores, summed, and how many."""

    score_sum: int = 0
    count: int = 0

    @property
    def mean_score(self):
        """Mean score per rubric criterion (1-4): mean total / 5."""
        return share(self.score_sum, self.count * len(Observation.RUBRIC))

    def add(self, other):
        self.score_sum += other.score_sum
        self.count += other.count


def observed_by(observations, group_by):
    """{group value: Observed} for observations grouped by one lookup."""
    rows = (
        observations.values(group_by)
        .annotate(score_sum=Sum("score_total"), count=Count("pk"))
        .order_by()
    )
    return {row[group_by]: Observed(row["score_sum"], row["count"]) for row in rows}


def reason_label(code):
    return dict(SessionLog.Reason.choices).get(code, code or "—")
