"""Factories for curriculum pages, shared by the tests and the demo data command.

Defaults fill only what a valid page needs (one short activity step), so tests stay fast
and say explicitly what they care about.
"""

import uuid

import factory
import wagtail_factories
from django.utils.text import slugify

from curriculum.models import (
    CurriculumIndexPage,
    LessonPlanPage,
    LifeSkill,
    ModulePage,
    TrainingModulePage,
    TrainingProgrammePage,
)

STEP_ID_NAMESPACE = uuid.UUID("6f1c7a52-1d0e-4d8e-9a51-5b1f3c0e2a77")


def step_block(
    title,
    minutes,
    *,
    grouping="whole_class",
    instructions="",
    script="",
    tips="",
    block_id=None,
):
    """Raw stream data for one activity step, as the page editor would save it."""
    return {
        "type": "step",
        "id": block_id or str(uuid.uuid4()),
        "value": {
            "title": title,
            "minutes": minutes,
            "grouping": grouping,
            "instructions": f"<p>{instructions or title}</p>",
            "script": script,
            "tips": tips,
        },
    }


def stable_step_id(lesson_code, position):
    """A deterministic block id, so demo data built twice names the same steps."""
    return str(uuid.uuid5(STEP_ID_NAMESPACE, f"{lesson_code}:{position}"))


class LifeSkillFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Life skill {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))

    class Meta:
        model = LifeSkill
        django_get_or_create = ("slug", "locale")

    @factory.lazy_attribute
    def locale(self):
        from wagtail.models import Locale

        return Locale.get_default()


class CurriculumIndexPageFactory(wagtail_factories.PageFactory):
    title = "Curriculum"
    slug = "curriculum"
    show_in_menus = True

    class Meta:
        model = CurriculumIndexPage


class ModulePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Module {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))
    life_skill = factory.SubFactory(LifeSkillFactory)
    summary = factory.LazyAttribute(lambda o: f"What {o.title} is about.")

    class Meta:
        model = ModulePage


class LessonPlanPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Lesson {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))
    code = factory.Sequence(lambda n: f"LSN-{n:03d}")
    summary = factory.LazyAttribute(lambda o: f"Summary of {o.title}.")
    duration_minutes = 45
    objectives = "<ul><li>Pupils can name one feeling.</li></ul>"
    body = factory.LazyAttribute(lambda o: [step_block("Warm-up circle", 10)])

    class Meta:
        model = LessonPlanPage
        skip_postgeneration_save = True

    @factory.post_generation
    def life_skills(self, create, extracted, **kwargs):
        if create and extracted:
            self.life_skills.set(extracted)
            self.save()


class TrainingProgrammePageFactory(wagtail_factories.PageFactory):
    title = "Refresher training"
    slug = factory.LazyAttribute(lambda o: slugify(o.title))
    show_in_menus = True

    class Meta:
        model = TrainingProgrammePage


class TrainingModulePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Day {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))
    day_number = factory.Sequence(lambda n: n + 1)
    body = factory.LazyAttribute(
        lambda o: [
            {
                "type": "session",
                "value": {
                    "title": "Opening circle",
                    "minutes": 60,
                    "objectives": ["Know each other's names."],
                    "activities": [{"name": "Name game", "minutes": 20, "description": ""}],
                    "resources": [],
                },
            }
        ]
    )

    class Meta:
        model = TrainingModulePage
