"""No child's identity is ever stored: every field of the project is a conscious decision.

A new field on any of our models fails `test_every_field_is_on_the_allow_list` until it is
added below, with a thought about whether it could identify a child.
"""

import pytest
from django.apps import apps

from lms.validators import NO_NAMES_HELP, reject_identity_numbers

# model label -> its own fields (inherited Wagtail Page fields are Wagtail's).
ALLOWED_FIELDS = {
    "lms.Jail": {"id", "name", "district", "kind", "active"},
    "lms.ClassGroup": {"id", "jail", "label", "starts_on", "ends_on"},
    "lms.Instructor": {"id", "user", "active"},
    "lms.Assignment": {"id", "instructor", "jail", "starts_on", "ends_on"},
    "lms.SessionLog": {
        "id", "jail", "instructor", "class_group", "lesson", "lesson_revision", "lesson_key",
        "lesson_code", "lesson_title", "module_key", "steps_planned", "delivered_on", "minutes",
        "children_10_13", "children_14_15", "children_16_17", "children_total", "status",
        "not_held_reason", "not_held_detail", "steps_done", "steps_done_count", "adaptations",
        "notes", "recorded_by", "recorded_at", "updated_at", "client_key", "version",
    },
    "lms.Observation": {
        "id", "session", "observer", "preparation", "adherence", "engagement", "climate",
        "time_management", "score_total", "comments", "created_at",
    },
    "lms.TrainingRecord": {
        "id", "instructor", "training_module", "module_key", "module_title", "attended_on",
        "status", "pre_score", "post_score", "recorded_by", "recorded_at",
    },
    # Monthly roll-ups: sums and counts per jail and month, nothing about any one child.
    "lms.MonthlyLessonDelivery": {
        "id", "jail", "month", "module_key", "lesson_key", "delivered", "partly", "first_held_on",
    },
    "lms.MonthlySessions": {
        "id", "jail", "month", "module_key", "status", "not_held_reason", "sessions", "children",
        "steps_share_sum", "steps_share_n",
    },
    "lms.MonthlyObservations": {"id", "jail", "month", "module_key", "score_sum", "observed"},
    "curriculum.LifeSkill": {"id", "translation_key", "locale", "name", "slug", "description"},
    "curriculum.CurriculumIndexPage": {"introduction"},
    "curriculum.ModulePage": {"life_skill", "summary", "introduction"},
    "curriculum.LessonPlanPage": {
        "code", "summary", "duration_minutes", "age_min", "age_max", "objectives", "materials",
        "preparation", "safeguarding_notes", "body", "life_skills",
    },
    "curriculum.TrainingProgrammePage": {"summary", "introduction"},
    "curriculum.TrainingModulePage": {"day_number", "summary", "body"},
    # A Wagtail task type: its own table holds only the link to Wagtail's task row.
    "curriculum.CurriculumApprovalTask": set(),
    "home.HomePage": {"introduction"},
}  # fmt: skip

# Free text typed by instructors or observers about sessions: must refuse identity numbers.
GUARDED_TEXT_FIELDS = [
    ("lms.SessionLog", "adaptations"),
    ("lms.SessionLog", "notes"),
    ("lms.SessionLog", "not_held_detail"),
    ("lms.Observation", "comments"),
    ("lms.ClassGroup", "label"),
]


def own_fields(model):
    fields = {
        f.name
        for f in model._meta.local_fields
        if not getattr(f.remote_field, "parent_link", False)
    }
    return fields | {f.name for f in model._meta.local_many_to_many}


def project_models():
    for app_label in ("lms", "curriculum", "home"):
        yield from apps.get_app_config(app_label).get_models()


def test_every_field_is_on_the_allow_list():
    actual = {model._meta.label: own_fields(model) for model in project_models()}
    assert actual == ALLOWED_FIELDS


@pytest.mark.parametrize(("label", "field_name"), GUARDED_TEXT_FIELDS)
def test_free_text_fields_refuse_identity_numbers_and_say_so(label, field_name):
    field = apps.get_model(label)._meta.get_field(field_name)
    assert reject_identity_numbers in field.validators
    if field_name != "label":
        assert field.help_text == NO_NAMES_HELP


@pytest.mark.parametrize(
    "text",
    ["35202-1234567-1", "3520212345671", "CNIC 35202-12345671 noted", "b-form 352021234567-1"],
)
def test_identity_number_patterns_are_recognised(text):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        reject_identity_numbers(text)


@pytest.mark.parametrize("text", ["Room 12, 25 children", "Lesson EMP-01 at 10:30", "0300-1234567"])
def test_ordinary_numbers_pass(text):
    reject_identity_numbers(text)
