"""Delivery figures: coverage, reach, fidelity, training. The one place that computes them.

Figures come from database aggregation over session logs. What is held in Python is
only the curriculum itself (modules and their live lessons, a few hundred rows at most)
and aggregated rows (per jail and lesson, per jail and month, per instructor), so the
work per page does not grow with the number of logs. Lessons are counted by Wagtail
translation key: a session logged against the Urdu translation of a lesson counts as
that lesson. docs/reports.md defines every figure.
"""

from .coverage import (
    HELD_STATUSES,
    ModuleCoverage,
    coverage_from_counts,
    lesson_delivery_counts,
    module_coverage,
    next_lessons,
    overall_coverage,
)
from .curriculum import LessonEntry, ModuleEntry, live_curriculum, live_training_module_keys
from .dashboard import Dashboard, JailRow, annotated_jails, dashboard
from .jail import LESSON_STATES, InstructorRow, JailReport, LessonState, jail_report
from .numbers import floor_percent, share
from .selection import DEFAULT_MONTHS, Selection, default_start, months_before
from .tally import Observed, Tally, reason_label
from .training import Training, training_by_jail

__all__ = [
    "DEFAULT_MONTHS",
    "HELD_STATUSES",
    "LESSON_STATES",
    "Dashboard",
    "InstructorRow",
    "JailReport",
    "JailRow",
    "LessonEntry",
    "LessonState",
    "ModuleCoverage",
    "ModuleEntry",
    "Observed",
    "Selection",
    "Tally",
    "Training",
    "annotated_jails",
    "coverage_from_counts",
    "dashboard",
    "default_start",
    "floor_percent",
    "jail_report",
    "lesson_delivery_counts",
    "live_curriculum",
    "live_training_module_keys",
    "module_coverage",
    "months_before",
    "next_lessons",
    "overall_coverage",
    "reason_label",
    "share",
    "training_by_jail",
]
