"""Builds the demo curriculum and training programme from `demo_content`.

Idempotent: a page that already exists (found by lesson code or by slug under its parent)
is left exactly as it is, so running the demo loader twice changes nothing, and edits
made in the admin since the first run survive.
"""

from django.db import transaction
from django.utils.html import escape
from wagtail.models import Locale

from curriculum import demo_content
from curriculum.factories import (
    CurriculumIndexPageFactory,
    LessonPlanPageFactory,
    LifeSkillFactory,
    ModulePageFactory,
    TrainingModulePageFactory,
    TrainingProgrammePageFactory,
    stable_step_id,
    step_block,
)
from curriculum.models import (
    CurriculumIndexPage,
    LessonPlanPage,
    LifeSkill,
    ModulePage,
    TrainingModulePage,
    TrainingProgrammePage,
)

CURRICULUM_INTRODUCTION = (
    "<p>The redesigned ECIP curriculum: life-skills lessons for children in juvenile "
    "detention, taught by the jail psychologist. Teach the modules in order; each lesson "
    "fits one class period and needs no more than chart paper and markers.</p>"
)


def html_list(items):
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"


def html_paragraphs(text):
    return "".join(f"<p>{escape(part)}</p>" for part in text.split("\n\n") if part)


def list_items(key, values):
    """ListBlock data in Wagtail's block format: each item keeps a stable id.

    The admin saves lists this way; wagtail-localize only offers list items for
    translation when they are stored in it.
    """
    return [
        {"type": "item", "value": value, "id": stable_step_id(key, position)}
        for position, value in enumerate(values, start=1)
    ]


def _publish(page, author=None, approver=None):
    """Record the demo page as written by a trainer and approved by a reviewer."""
    page.save_revision(user=author, log_action=True).publish(user=approver)
    return page


@transaction.atomic
def build_life_skills():
    locale = Locale.get_default()
    skills = {}
    for slug, name, description in demo_content.LIFE_SKILLS:
        skill = LifeSkill.objects.filter(slug=slug, locale=locale).first()
        skills[slug] = skill or LifeSkillFactory(
            slug=slug, name=name, description=description, locale=locale
        )
    return skills


def lesson_body(lesson):
    body = [
        step_block(
            step["title"],
            step["minutes"],
            grouping=step["grouping"],
            instructions=escape(step["instructions"]),
            script=step["script"],
            tips=step["tips"],
            block_id=stable_step_id(lesson["code"], position),
        )
        for position, step in enumerate(lesson["steps"], start=1)
    ]
    body.append(
        {
            "type": "discussion",
            "id": stable_step_id(lesson["code"], "discussion"),
            "value": {
                "questions": list_items(
                    f"{lesson['code']}:discussion", lesson["discussion_questions"]
                )
            },
        }
    )
    for position, callout in enumerate(lesson.get("callouts", []), start=1):
        body.append(
            {
                "type": "callout",
                "id": stable_step_id(lesson["code"], f"callout-{position}"),
                "value": {
                    "kind": callout["kind"],
                    "text": html_paragraphs(callout["text"]),
                },
            }
        )
    return body


@transaction.atomic
def build_curriculum(home, author=None, approver=None):
    skills = build_life_skills()
    index = CurriculumIndexPage.objects.child_of(home).first()
    if index is None:
        index = _publish(
            CurriculumIndexPageFactory(
                parent=home,
                title="ECIP curriculum",
                introduction=CURRICULUM_INTRODUCTION,
            ),
            author,
            approver,
        )
    for module_data in demo_content.MODULES:
        module = ModulePage.objects.child_of(index).filter(slug=module_data["slug"]).first()
        if module is None:
            module = _publish(
                ModulePageFactory(
                    parent=index,
                    title=module_data["title"],
                    slug=module_data["slug"],
                    life_skill=skills[module_data["life_skill"]],
                    summary=module_data["summary"],
                    introduction=html_paragraphs(module_data["introduction"]),
                ),
                author,
                approver,
            )
        for lesson in module_data["lessons"]:
            if LessonPlanPage.objects.filter(code=lesson["code"], locale=home.locale).exists():
                continue
            page = LessonPlanPageFactory(
                parent=module,
                title=lesson["title"],
                slug=lesson["slug"],
                code=lesson["code"],
                summary=lesson["summary"],
                duration_minutes=lesson["duration"],
                age_min=lesson["age_min"],
                age_max=lesson["age_max"],
                objectives=html_list(lesson["objectives"]),
                materials=html_list(lesson["materials"]),
                preparation=html_paragraphs(lesson["preparation"]),
                safeguarding_notes=html_paragraphs(lesson["safeguarding"]),
                body=lesson_body(lesson),
                life_skills=[skills[slug] for slug in lesson["life_skills"]],
            )
            _publish(page, author, approver)
    return index


@transaction.atomic
def build_training(home, author=None, approver=None):
    data = demo_content.TRAINING_PROGRAMME
    programme = TrainingProgrammePage.objects.child_of(home).filter(slug=data["slug"]).first()
    if programme is None:
        programme = _publish(
            TrainingProgrammePageFactory(
                parent=home,
                title=data["title"],
                slug=data["slug"],
                summary=data["summary"],
                introduction=html_paragraphs(data["introduction"]),
            ),
            author,
            approver,
        )
    for module in data["modules"]:
        if TrainingModulePage.objects.child_of(programme).filter(slug=module["slug"]).exists():
            continue
        day_key = f"training-day-{module['day']}"
        body = [
            {
                "type": "session",
                "id": stable_step_id(day_key, position),
                "value": {
                    "title": session["title"],
                    "minutes": session["minutes"],
                    "objectives": list_items(f"{day_key}:{position}:o", session["objectives"]),
                    "activities": list_items(f"{day_key}:{position}:a", session["activities"]),
                    "resources": list_items(
                        f"{day_key}:{position}:r",
                        [
                            {"title": r["title"], "document": None, "note": r["note"]}
                            for r in session["resources"]
                        ],
                    ),
                },
            }
            for position, session in enumerate(module["sessions"], start=1)
        ]
        _publish(
            TrainingModulePageFactory(
                parent=programme,
                title=module["title"],
                slug=module["slug"],
                day_number=module["day"],
                summary=module["summary"],
                body=body,
            ),
            author,
            approver,
        )
    return programme
