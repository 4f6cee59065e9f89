"""Delivery-tracking records: where lessons were taught, by whom, to how many, how well."""

from .people import Assignment, Instructor
from .places import ClassGroup, Jail
from .rollups import MonthlyLessonDelivery, MonthlyObservations, MonthlySessions
from .sessions import AGE_BANDS, Observation, SessionLog
from .training import TrainingRecord

__all__ = [
    "AGE_BANDS",
    "Assignment",
    "ClassGroup",
    "Instructor",
    "Jail",
    "MonthlyLessonDelivery",
    "MonthlyObservations",
    "MonthlySessions",
    "Observation",
    "SessionLog",
    "TrainingRecord",
]
