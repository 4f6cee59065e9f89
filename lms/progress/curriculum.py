"""What the figures count against: the live curriculum and the live training programme.

Both are bounded (a few hundred pages at most) and read in a fixed number of queries;
everything else in `lms.progress` is aggregated by the database.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Exists, F, OuterRef, Q
from django.db.models.functions import Substr
from django.utils import translation
from wagtail.models import Page

from curriculum.models import ModulePage, TrainingModulePage, TrainingProgrammePage


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
    """Modules in teaching order with their live lessons (one query).

    Order and membership come from the source-language tree; titles come from the
    active language's translation where one is live (one more query in that case).
    """
    rows = (
        Page.objects.live()
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .filter(Q(modulepage__isnull=False) | Q(lessonplanpage__isnull=False))
        .order_by("path")
        .values(
            "path",
            "translation_key",
            "title",
            "url_path",
            "id",
            code=F("lessonplanpage__code"),
            duration_minutes=F("lessonplanpage__duration_minutes"),
        )
    )
    module_rows, lesson_rows = [], []
    for row in rows:
        (module_rows if row["code"] is None else lesson_rows).append(row)
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
    rows = (
        Page.objects.live()
        .filter(translation_key__in=keys, locale__language_code=language)
        .values("translation_key", "title", "url_path", "id")
    )
    return {row["translation_key"]: row for row in rows}


def live_training_modules():
    """Every live training module under a live programme, in the source language.

    "Completed the training" means completed each of these; a module published later
    is owed by everyone until they complete it too. A queryset, so figures can use it
    as a subquery.
    """
    parent_path = Substr(OuterRef("path"), 1, (OuterRef("depth") - 1) * TrainingModulePage.steplen)
    live_parent = TrainingProgrammePage.objects.live().filter(path=parent_path)
    return (
        TrainingModulePage.objects.live()
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .filter(Exists(live_parent))
    )


def live_training_module_keys():
    """Translation keys of the live training modules (one query)."""
    return frozenset(live_training_modules().values_list("translation_key", flat=True))
