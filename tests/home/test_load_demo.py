import re

from django.apps import apps
from django.core.management import call_command
from wagtail.models import Locale

from curriculum.models import (
    LessonPlanPage,
    LifeSkill,
    ModulePage,
    TrainingModulePage,
    TrainingProgrammePage,
)
from curriculum.translations import Status, translation_for_page, translation_state


def table_counts():
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if not model._meta.proxy and model._meta.managed
    }


def test_load_demo_builds_the_curriculum_and_is_idempotent(db, capsys):
    call_command("load_demo")
    first = table_counts()
    output = capsys.readouterr().out
    assert "coordinator" in output and "instructor.lahore" in output

    modules = ModulePage.objects.live().order_by("path")
    assert [m.slug for m in modules][:3] == [
        "building-empathy",
        "maintaining-mental-health",
        "hygiene-care",
    ]
    for module in modules:
        assert LessonPlanPage.objects.child_of(module).live().count() >= 4
    english_days = TrainingModulePage.objects.filter(locale__language_code="en")
    assert sorted(english_days.values_list("day_number", flat=True)) == [1, 2, 3]
    for lesson in LessonPlanPage.objects.all():
        assert lesson.live_revision_id is not None
        assert lesson.step_minutes <= lesson.duration_minutes

    call_command("load_demo")
    assert table_counts() == first


URDU_LETTERS = re.compile(r"[\u0600-\u06FF]")


def test_load_demo_translates_a_module_the_training_and_the_skills_into_urdu(db):
    call_command("load_demo")
    ur = Locale.objects.get(language_code="ur")
    module = ModulePage.objects.get(slug="building-empathy", locale__language_code="en")
    urdu_module = module.get_translation(ur)
    english_lessons = list(LessonPlanPage.objects.child_of(module).order_by("path"))
    urdu_lessons = list(LessonPlanPage.objects.child_of(urdu_module).order_by("path"))
    assert [lesson.code for lesson in urdu_lessons] == [
        "EMP-01",
        "EMP-02",
        "EMP-03",
        "EMP-04",
        "EMP-05",
    ]
    programme = TrainingProgrammePage.objects.get(locale=ur)
    urdu_days = list(TrainingModulePage.objects.child_of(programme).order_by("day_number"))
    assert [day.day_number for day in urdu_days] == [1, 2, 3]

    for english, urdu in zip(english_lessons, urdu_lessons, strict=True):
        assert urdu.live and urdu.translation_key == english.translation_key
        assert [b.id for b in urdu.body] == [b.id for b in english.body]
        for step in urdu.activity_steps:
            assert URDU_LETTERS.search(step.value["title"]), step.value["title"]
            assert URDU_LETTERS.search(step.value["script"]), step.value["script"]
    for page in [urdu_module, *urdu_lessons, programme, *urdu_days]:
        assert URDU_LETTERS.search(page.title), page.title
        translation = translation_for_page(page)
        assert translation is not None, page.title  # a syncable wagtail-localize translation
        state = translation_state(translation)
        assert state.status == Status.UP_TO_DATE, page.title
        assert state.translated_segments == state.total_segments > 0
    for session in urdu_days[0].body:
        for activity in session.value["activities"]:
            assert URDU_LETTERS.search(activity["name"]) and URDU_LETTERS.search(
                activity["description"]
            )

    urdu_skills = LifeSkill.objects.filter(locale=ur)
    assert urdu_skills.count() == LifeSkill.objects.in_source_language().count() == 10
    assert all(URDU_LETTERS.search(skill.name) for skill in urdu_skills)
