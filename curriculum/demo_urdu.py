"""Urdu translations of the demo curriculum, made the way a translator's work is stored.

Each page and life skill is translated through wagtail-localize's own records: a
TranslationSource holds the English segments, a StringTranslation per segment holds the
Urdu, and `Translation.save_target` builds the Urdu page. The Urdu pages are therefore
ordinary synced translations: when the English changes, they show as out of date and are
synced and re-translated like any other. The Urdu text lives in `demo_content_ur`.

Idempotent: anything that already has an Urdu translation is left as it is.
"""

from django.db import transaction
from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.strings import StringValue

from curriculum import demo_content, demo_content_ur
from curriculum.models import (
    CurriculumIndexPage,
    LessonPlanPage,
    LifeSkill,
    ModulePage,
    TrainingModulePage,
    TrainingProgrammePage,
)

URDU = "ur"


class MissingUrduText(LookupError):
    """A segment of the English demo content has no Urdu in `demo_content_ur`."""


def _key(text):
    return " ".join(text.split())


def _pairs(english, urdu, where="content"):
    """(English, Urdu) string pairs from two structures of the same shape.

    The Urdu side names only the translated keys (titles, texts, lists); codes, minutes
    and slugs stay in the English structure alone.
    """
    if isinstance(urdu, dict):
        for key, value in urdu.items():
            yield from _pairs(english[key], value, f"{where}.{key}")
    elif isinstance(urdu, list | tuple):
        if len(english) != len(urdu):
            raise ValueError(f"{where}: {len(english)} English items but {len(urdu)} Urdu items.")
        for position, (en_item, ur_item) in enumerate(zip(english, urdu, strict=True)):
            yield from _pairs(en_item, ur_item, f"{where}[{position}]")
    else:
        yield english, urdu


def urdu_strings():
    """English text (whitespace-normalised) -> its Urdu, for every translated demo text."""
    skills = {slug: (name, description) for slug, name, description in demo_content.LIFE_SKILLS}
    structures = [
        (demo_content.MODULES[0], demo_content_ur.EMPATHY_MODULE),
        (demo_content.TRAINING_PROGRAMME, demo_content_ur.TRAINING_PROGRAMME),
        (skills, demo_content_ur.LIFE_SKILLS),
    ]
    strings = dict(demo_content_ur.PAGE_TEXTS)
    for english, urdu in structures:
        for en_text, ur_text in _pairs(english, urdu):
            strings[_key(en_text)] = ur_text
    return {_key(en): ur for en, ur in strings.items()}


def _fill_string_translations(source, locale, strings, user):
    for segment in source.stringsegment_set.select_related("string", "context"):
        english = StringValue(segment.string.data).render_text()
        urdu = strings.get(_key(english))
        if urdu is None:
            raise MissingUrduText(
                f"No Urdu for {source.object_repr!r} ({segment.context.path}): {english!r}"
            )
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": StringValue.from_plaintext(urdu).data,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                "last_translated_by": user,
                "has_error": False,
                "field_error": "",
            },
        )


def translate(instance, strings, author=None, approver=None):
    """The Urdu translation of one page or snippet, created and published if missing.

    A page is saved as a draft by its translator (the trainer) and published by the
    reviewer, as the approval workflow would; a life skill has no drafts.
    """
    locale = Locale.objects.get(language_code=URDU)
    existing = instance.get_translation_or_none(locale)
    if existing is not None:
        return existing
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    _fill_string_translations(source, locale, strings, author)
    is_page = isinstance(instance, Page)
    translation.save_target(user=author, publish=not is_page)
    target = translation.get_target_instance()
    if is_page:
        target = target.specific
        target.get_latest_revision().publish(user=approver)
        target.refresh_from_db()
    return target


@transaction.atomic
def build_urdu_translations(home, author=None, approver=None):
    """Urdu life-skill names, the Building empathy module and the refresher training."""
    strings = urdu_strings()
    for skill in LifeSkill.objects.in_source_language():
        if skill.slug in demo_content_ur.LIFE_SKILLS:
            translate(skill, strings, author)
    translate(home, strings, author, approver)
    index = CurriculumIndexPage.objects.child_of(home).first()
    translate(index, strings, author, approver)
    module = ModulePage.objects.child_of(index).get(slug=demo_content.MODULES[0]["slug"])
    translate(module, strings, author, approver)
    for lesson in LessonPlanPage.objects.child_of(module).order_by("path"):
        translate(lesson, strings, author, approver)
    programme_slug = demo_content.TRAINING_PROGRAMME["slug"]
    programme = TrainingProgrammePage.objects.child_of(home).get(slug=programme_slug)
    translate(programme, strings, author, approver)
    for day in TrainingModulePage.objects.child_of(programme).order_by("path"):
        translate(day, strings, author, approver)
