"""Delivery figures: coverage, next lessons, reach. The one module that computes them.

Figures come from database aggregation over session logs. What is held in Python is
only the curriculum itself (modules and their live lessons, a few hundred rows at most)
and per-lesson or per-group aggregates, so the work per page does not grow with the
number of logs. Lessons are counted by Wagtail translation key: a session logged
against the Urdu translation of a lesson counts as that lesson.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, Q
from django.utils import translation

from curriculum.models import LessonPlanPage, ModulePage
from lms.models import SessionLog

HELD_STATUSES = (SessionLog.Status.DELIVERED, SessionLog.Status.PARTLY)


@dataclass
class LessonEntry:
    key: object
    code: str
    title: str
    url_path: str
    duration_minutes: int
    page_id: int
    language: str = settings.LANGUAGE_CODE

    @property
    def url(self):
        """The lesson's address without a query per lesson.

        The site has one home page per language at the top of the tree, and
        i18n_patterns put the language first, so /home/curriculum/x/ is /en/curriculum/x/.
        """
        below_home = self.url_path.split("/", 2)[2]
        return f"/{self.language}/{below_home}"


@dataclass
class ModuleEntry:
    key: object
    title: str
    lessons: list = field(default_factory=list)


def live_curriculum():
    """Modules in teaching order with their live lessons (two queries).

    Order and membership come from the source-language tree; titles come from the
    active language's translation where one is live.
    """
    source = {"locale__language_code": settings.LANGUAGE_CODE}
    module_rows = list(
        ModulePage.objects.live()
        .filter(**source)
        .order_by("path")
        .values("path", "translation_key", "title")
    )
    lesson_rows = list(
        LessonPlanPage.objects.live()
        .filter(**source)
        .order_by("path")
        .values("path", "translation_key", "code", "title", "url_path", "duration_minutes", "id")
    )
    language = translation.get_language() or settings.LANGUAGE_CODE
    localized = _localized_titles([row["translation_key"] for row in module_rows + lesson_rows])
    modules = {}
    for row in module_rows:
        key = row["translation_key"]
        modules[row["path"]] = ModuleEntry(
            key=key, title=localized.get(key, {}).get("title", row["title"])
        )
    for row in lesson_rows:
        module = modules.get(row["path"][: -ModulePage.steplen])
        if module is None:
            continue  # under an unpublished module: not part of the live curriculum
        override = localized.get(row["translation_key"], {})
        module.lessons.append(
            LessonEntry(
                key=row["translation_key"],
                code=row["code"],
                title=override.get("title", row["title"]),
                url_path=override.get("url_path", row["url_path"]),
                duration_minutes=row["duration_minutes"],
                page_id=override.get("id", row["id"]),
                language=language if override else settings.LANGUAGE_CODE,
            )
        )
    return list(modules.values())


def _localized_titles(keys):
    language = translation.get_language() or settings.LANGUAGE_CODE
    if language == settings.LANGUAGE_CODE or not keys:
        return {}
    from wagtail.models import Page

    rows = (
        Page.objects.live()
        .filter(translation_key__in=keys, locale__language_code=language)
        .values("translation_key", "title", "url_path", "id")
    )
    return {row["translation_key"]: row for row in rows}


@dataclass
class ModuleCoverage:
    module: ModuleEntry
    delivered: int  # lessons delivered in full at least once
    partly: int  # lessons only ever partly delivered
    total: int

    @property
    def covered(self):
        return self.delivered + self.partly

    @property
    def percent(self):
        return round(100 * self.covered / self.total) if self.total else 0


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


def module_coverage(logs, curriculum=None):
    """Coverage per module: distinct live lessons delivered (or partly) / live lessons.

    "Not held" never counts; "partly delivered" counts as covered but is reported apart.
    """
    curriculum = live_curriculum() if curriculum is None else curriculum
    counts = lesson_delivery_counts(logs)
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
