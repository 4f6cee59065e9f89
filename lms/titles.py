"""Curriculum titles on delivery pages, in the reader's language.

A session log keeps what was taught as it was taught: the lesson page and revision, its
code and title, in the language it was logged in; a training record keeps the day's title
likewise. A reader of that language sees the record; a reader of another language sees
the page's live translation in their language (same translation key) where there is one,
else the record. The titles come in the records' own query, so a page of them costs no
query per row.
"""

from django.db.models import Case, F, OuterRef, Subquery, When
from django.db.models.functions import Coalesce
from django.utils import translation
from wagtail.models import Page

from curriculum.models import LessonPlanPage


def shown_title(page="", key="translation_key", title="title"):
    """An expression for the title to show of a record that points at `page` (a relation;
    the row itself if empty), keeps the page's translation key in `key` and its title as
    recorded in `title`."""
    language = translation.get_language()
    translated = Page.objects.live().filter(
        translation_key=OuterRef(key), locale__language_code=language
    )
    page_language = f"{page}__locale__language_code" if page else "locale__language_code"
    return Case(
        When(**{page_language: language}, then=F(title)),
        default=Coalesce(Subquery(translated.values("title")[:1]), F(title)),
    )


def with_lesson_titles(logs):
    """Session logs with `shown_title`, their lesson's title for this reader."""
    return logs.annotate(shown_title=shown_title("lesson", "lesson_key", "lesson_title"))


def with_training_titles(records):
    """Training records with `shown_title`, their training day's title for this reader."""
    return records.annotate(
        shown_title=shown_title("training_module", "module_key", "module_title")
    )


def steps_as_taught(session_log):
    """(label, done) for each step of the lesson revision that was taught.

    Steps keep their ids in every translation, so a reader of another language gets each
    step's name from the lesson's live translation in their language, numbered as taught;
    a step that the translation lacks keeps its name as taught.
    """
    if not session_log.lesson_revision_id:
        return []
    taught = session_log.lesson_revision.as_object()
    translated = (
        LessonPlanPage.objects.live()
        .filter(
            translation_key=session_log.lesson_key,
            locale__language_code=translation.get_language(),
        )
        .exclude(locale_id=taught.locale_id)
        .only("body")
        .first()
    )
    names = {}
    if translated is not None:
        names = {step.id: step.value["title"] for step in translated.activity_steps}
    done = set(session_log.steps_done)
    return [
        (f"{number}. {names.get(step.id, step.value['title'])}", step.id in done)
        for number, step in enumerate(taught.activity_steps, start=1)
    ]
