"""Form data for the Wagtail page editor, as its JavaScript would post it."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield


def step_data(title="Warm-up", minutes="10"):
    return {
        "title": title,
        "minutes": minutes,
        "grouping": "whole_class",
        "instructions": rich_text("<p>Sit in a circle.</p>"),
        "script": "Today we talk about feelings.",
        "tips": "",
    }


def lesson_form_data(**overrides):
    data = {
        "title": "Naming feelings",
        "slug": "naming-feelings",
        "code": "EMP-09",
        "duration_minutes": "45",
        "age_min": "12",
        "age_max": "17",
        "summary": "Pupils learn six feeling words.",
        "objectives": rich_text("<ul><li>Name six feelings.</li></ul>"),
        "materials": rich_text(""),
        "preparation": rich_text(""),
        "safeguarding_notes": rich_text(""),
        "body": streamfield([("step", step_data())]),
    }
    data.update(overrides)
    return nested_form_data(data)


def editor_data(lesson, **changes):
    """What the page editor posts for `lesson` as it loaded it (its latest revision).

    Like the browser: every field as shown, rich text as the editor's own format, numbers
    as text, each stream child with its id, the comments formset's management form and the
    loaded revision. `changes` overrides fields, as if the user had typed them.
    """
    revision = type(lesson).objects.get(pk=lesson.pk).get_latest_revision()
    lesson = revision.as_object()
    steps = [
        (
            "step",
            {
                "title": step.value["title"],
                "minutes": str(step.value["minutes"]),
                "grouping": step.value["grouping"],
                "instructions": rich_text(step.value["instructions"].source),
                "script": step.value["script"],
                "tips": step.value["tips"],
            },
        )
        for step in lesson.body
    ]
    body = streamfield(steps)
    for index, step in enumerate(lesson.body):
        body[str(index)]["id"] = step.id
    data = {
        "loaded_revision_id": str(revision.pk),
        "loaded_revision_created_at": revision.created_at.isoformat(),
        "title": lesson.title,
        "slug": lesson.slug,
        "code": lesson.code,
        "duration_minutes": str(lesson.duration_minutes),
        "age_min": str(lesson.age_min),
        "age_max": str(lesson.age_max),
        "summary": lesson.summary,
        "objectives": rich_text(lesson.objectives),
        "materials": rich_text(lesson.materials),
        "preparation": rich_text(lesson.preparation),
        "safeguarding_notes": rich_text(lesson.safeguarding_notes),
        "body": body,
        "seo_title": lesson.seo_title,
        "search_description": lesson.search_description,
        "comments": inline_formset([]),
        "go_live_at": "",
        "expire_at": "",
    }
    data.update(changes)
    flat = nested_form_data(data)
    flat["life_skills"] = [str(skill.pk) for skill in lesson.life_skills.all()]
    return flat
