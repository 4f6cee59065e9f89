"""What the figures count against: the live curriculum and the live training programme.

Both are bounded (a few hundred pages at most) and read in a fixed number of queries;
everything else in `lms.progress` is aggregated by the database.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Exists, OuterRef
from django.db.models.functions import Substr
from django.utils import translation

from curriculum.models import LessonPlanPage, ModulePage, TrainingModulePage, TrainingProgrammePage


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


def live_training_module_keys():
    """Translation keys of every live training module under a live programme (one query).

    "Completed the training" means completed each of these; a module published later
    is owed by everyone until they complete it too.
    """
    parent_path = Substr(OuterRef("path"), 1, (OuterRef("depth") - 1) * TrainingModulePage.steplen)
    live_parent = TrainingProgrammePage.objects.live().filter(path=parent_path)
    return frozenset(
        TrainingModulePage.objects.live()
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .filter(Exists(live_parent))
        .values_list("translation_key", flat=True)
    )
