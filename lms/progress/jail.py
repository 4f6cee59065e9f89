"""One jail in detail: every lesson's state, lessons no longer live, and its instructors.

Sessions stay with the jail they were taught in (SessionLog.jail), so an instructor who
moved on still appears here with the sessions they taught here, and their sessions at
their new jail appear there.
"""

from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Count, Exists, Max, OuterRef, Q

from lms.models import Assignment, Instructor

from .coverage import HELD_STATUSES, coverage_from_counts
from .curriculum import live_curriculum
from .dashboard import JailRow
from .numbers import floor_percent
from .tally import Observed, Tally, observed_by, tally_aggregates
from .training import Training, modules_completed, modules_required

DELIVERED, PARTLY, NOT_HELD, NOT_YET = "delivered", "partly", "not_held", "not_yet"
LESSON_STATES = (DELIVERED, PARTLY, NOT_HELD, NOT_YET)


@dataclass
class LessonState:
    """What happened to one lesson at one jail in the period."""

    key: object
    code: str
    title: str
    lesson: object = None  # the LessonEntry if the lesson is live
    tally: Tally = field(default_factory=Tally)
    last_on: object = None

    @property
    def state(self):
        """delivered (in full at least once), partly (only ever partly), not_held (only
        ever logged as not held) or not_yet (no log in the period)."""
        if self.tally.delivered:
            return DELIVERED
        if self.tally.partly:
            return PARTLY
        if self.tally.not_held:
            return NOT_HELD
        return NOT_YET


@dataclass
class InstructorRow:
    instructor: Instructor  # annotated: serving (bool), modules_done (int)
    tally: Tally = field(default_factory=Tally)
    lessons_covered: int = 0
    lessons_total: int = 0
    last_held_on: object = None
    observed: Observed = field(default_factory=Observed)
    training_required: int = 0

    @property
    def percent(self):
        return floor_percent(self.lessons_covered, self.lessons_total)

    @property
    def trained(self):
        if not self.training_required:
            return None
        return self.instructor.modules_done >= self.training_required


@dataclass
class JailReport:
    row: JailRow
    modules: list  # (ModuleEntry, ModuleCoverage, [LessonState])
    retired: list  # LessonState of lessons no longer live, taught here in the period
    instructors: list

    @property
    def state_counts(self):
        return Counter(
            lesson.state for _module, _cell, lessons in self.modules for lesson in lessons
        )


def jail_report(selection, jail, curriculum=None):
    """`jail` comes from `annotated_jails(selection)` (it carries its last sessions)."""
    curriculum = live_curriculum() if curriculum is None else curriculum
    modules = selection.curriculum_shown(curriculum)
    logs = selection.logs().filter(jail=jail)

    per_lesson = {}
    for row in (
        logs.values("lesson_key", "not_held_reason")
        .annotate(
            **tally_aggregates(),
            last_on=Max("delivered_on"),
            code=Max("lesson_code"),
            title=Max("lesson_title"),
        )
        .order_by()
    ):
        state = per_lesson.setdefault(
            row["lesson_key"], LessonState(row["lesson_key"], row["code"], row["title"])
        )
        state.tally.add_row(row)
        if state.last_on is None or row["last_on"] > state.last_on:
            state.last_on = row["last_on"]

    jail_tally = Tally()
    for state in per_lesson.values():
        jail_tally.add(state.tally)
    counts = {key: (s.tally.delivered, s.tally.partly) for key, s in per_lesson.items()}
    cells = coverage_from_counts(counts, modules)

    module_rows = []
    live_keys = set()
    for module, cell in zip(modules, cells, strict=True):
        states = []
        for lesson in module.lessons:
            live_keys.add(lesson.key)
            state = per_lesson.get(lesson.key) or LessonState(lesson.key, lesson.code, lesson.title)
            state.lesson, state.code, state.title = lesson, lesson.code, lesson.title
            states.append(state)
        module_rows.append((module, cell, states))
    all_live = {lesson.key for module in curriculum for lesson in module.lessons}
    retired = sorted(
        (state for key, state in per_lesson.items() if key not in all_live),
        key=lambda state: state.code,
    )

    instructors = instructor_rows(selection, jail, logs, live_keys)
    training = Training(instructors[0].training_required if instructors else 0)
    observed = Observed()
    for instructor_row in instructors:
        observed.add(instructor_row.observed)
        if instructor_row.instructor.serving:
            training.add(instructor_row.instructor.pk, instructor_row.instructor.modules_done)

    row = JailRow(
        jail,
        cells=cells,
        tally=jail_tally,
        observed=observed,
        training=training,
        today=selection.today,
    )
    return JailReport(row=row, modules=module_rows, retired=retired, instructors=instructors)


def instructor_rows(selection, jail, logs, live_keys):
    """Instructors who taught here in the period or serve here now, with their figures.

    Three queries: sessions per instructor, the instructors themselves (with training),
    and observations per instructor.
    """
    held = Q(status__in=HELD_STATUSES)
    figures = {
        row["instructor_id"]: row
        for row in logs.values("instructor_id")
        .annotate(
            **tally_aggregates(),
            lessons_covered=Count(
                "lesson_key", distinct=True, filter=held & Q(lesson_key__in=live_keys)
            ),
            last_held_on=Max("delivered_on", filter=held),
        )
        .order_by()
    }
    serving_here = Assignment.objects.covering(selection.reference_day).filter(
        jail=jail, instructor=OuterRef("pk")
    )
    instructors = (
        Instructor.objects.for_user(selection.user)
        .filter(Q(pk__in=list(figures)) | Q(Exists(serving_here), active=True))
        .annotate(
            serving=Exists(serving_here),
            modules_done=modules_completed(selection, OuterRef("pk")),
            modules_required=modules_required(),
        )
        .select_related("user")
        .order_by("user__first_name", "user__last_name", "user__username")
    )
    observed = observed_by(
        selection.observations().filter(session__jail=jail), "session__instructor_id"
    )
    rows = []
    for instructor in instructors:
        row = InstructorRow(
            instructor,
            lessons_total=len(live_keys),
            observed=observed.get(instructor.pk, Observed()),
            training_required=instructor.modules_required,
        )
        aggregated = figures.get(instructor.pk)
        if aggregated:
            row.tally.add_row(aggregated)
            row.lessons_covered = aggregated["lessons_covered"]
            row.last_held_on = aggregated["last_held_on"]
        rows.append(row)
    return rows
