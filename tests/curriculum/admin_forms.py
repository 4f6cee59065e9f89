"""Form data for the Wagtail page editor, as its JavaScript would post it."""

from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield


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
