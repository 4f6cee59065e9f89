"""Coverage: which live lessons reached a jail, a class group or an instructor.

A lesson counts once it was delivered or partly delivered; "not held" never counts.
Lessons are counted by translation key, so an Urdu delivery counts as the English lesson,
and only lessons that are live now count, so the denominator is today's curriculum.
"""

from dataclasses import dataclass

from django.db.models import Count, Q

from lms.models import SessionLog

from .curriculum import live_curriculum
from .numbers import floor_percent

HELD_STATUSES = (SessionLog.Status.DELIVERED, SessionLog.Status.PARTLY)


@dataclass
class ModuleCoverage:
    module: object
    delivered: int  # lessons delivered in full at least once
    partly: int  # lessons only ever partly delivered
    total: int

    @property
    def covered(self):
        return self.delivered + self.partly

    @property
    def percent(self):
        """Whole percent, rounded down: 100 means every lesson, never "nearly all"."""
        return floor_percent(self.covered, self.total) or 0

    @property
    def complete(self):
        return self.total > 0 and self.covered == self.total

    @property
    def bucket(self):
        """A colour step for the heatmap: 0 (nothing) to 5 (every lesson); None if no lessons."""
        if not self.total:
            return None
        if self.complete:
            return 5
        if not self.covered:
            return 0
        return 1 + min(3, 4 * self.covered // self.total)


def lesson_delivery_counts(logs):
    """{lesson key: (full deliveries, partial deliveries)} for the given logs."""
    rows = (
        logs.filter(status__in=HELD_STATUSES)
        .values("lesson_key")
        .annotate(
            full=Count("pk", filter=Q(status=SessionLog.Status.DELIVERED)),
            part=Count("pk", filter=Q(status=SessionLog.Status.PARTLY)),
        )
        .order_by()
    )
    return {row["lesson_key"]: (row["full"], row["part"]) for row in rows}


def coverage_from_counts(counts, curriculum):
    """ModuleCoverage per module from {lesson key: (full, partial)} (no query)."""
    result = []
    for module in curriculum:
        delivered = partly = 0
        for lesson in module.lessons:
            full, part = counts.get(lesson.key, (0, 0))
            if full:
                delivered += 1
            elif part:
                partly += 1
        result.append(ModuleCoverage(module, delivered, partly, len(module.lessons)))
    return result


def module_coverage(logs, curriculum=None):
    """Coverage per module: distinct live lessons delivered (or partly) / live lessons.

    "Not held" never counts; "partly delivered" counts as covered but is reported apart.
    """
    curriculum = live_curriculum() if curriculum is None else curriculum
    return coverage_from_counts(lesson_delivery_counts(logs), curriculum)


def overall_coverage(coverage):
    covered = sum(m.covered for m in coverage)
    total = sum(m.total for m in coverage)
    return covered, total


def next_lessons(class_groups, curriculum=None):
    """For each class group, the first live lesson in curriculum order it has not had."""
    curriculum = live_curriculum() if curriculum is None else curriculum
    delivered = {}
    rows = (
        SessionLog.objects.filter(class_group__in=class_groups, status__in=HELD_STATUSES)
        .values_list("class_group_id", "lesson_key")
        .distinct()
    )
    for group_id, key in rows:
        delivered.setdefault(group_id, set()).add(key)
    ordered = [(module, lesson) for module in curriculum for lesson in module.lessons]
    result = []
    for group in class_groups:
        done = delivered.get(group.pk, set())
        upcoming = next(((m, lesson) for m, lesson in ordered if lesson.key not in done), None)
        result.append((group, upcoming, len(done & {lesson.key for _m, lesson in ordered})))
    return result
