"""Creating every page type through the Wagtail admin, and the admin refusing bad input."""

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from curriculum.factories import LifeSkillFactory
from curriculum.models import (
    CurriculumIndexPage,
    LessonPlanPage,
    ModulePage,
    TrainingModulePage,
    TrainingProgrammePage,
)
from home.demo import ensure_home_page
from tests.conftest import VerifiedLogin, login_verified
from tests.curriculum.admin_forms import lesson_form_data, step_data


class AdminCreateTests(VerifiedLogin, WagtailPageTestCase):
    def setUp(self):
        self.login()  # a superuser: these tests are about the forms, not permissions
        self.home = ensure_home_page()
        self.skill = LifeSkillFactory(name="Empathy", slug="empathy")

    def test_each_page_type_can_be_created_with_the_admin_form(self):
        self.assertCanCreate(
            self.home,
            CurriculumIndexPage,
            nested_form_data(
                {"title": "Curriculum", "slug": "curriculum", "introduction": rich_text("")}
            ),
        )
        index = CurriculumIndexPage.objects.get()
        self.assertCanCreate(
            index,
            ModulePage,
            nested_form_data(
                {
                    "title": "Building empathy",
                    "slug": "building-empathy",
                    "life_skill": self.skill.pk,
                    "summary": "Understanding others.",
                    "introduction": rich_text(""),
                }
            ),
        )
        module = ModulePage.objects.get()
        self.assertCanCreate(module, LessonPlanPage, lesson_form_data())
        lesson = LessonPlanPage.objects.get()
        self.assertEqual(lesson.code, "EMP-09")
        self.assertEqual([s.value["title"] for s in lesson.activity_steps], ["Warm-up"])
        self.assertTrue(lesson.activity_steps[0].id)

        self.assertCanCreate(
            self.home,
            TrainingProgrammePage,
            nested_form_data(
                {
                    "title": "Refresher",
                    "slug": "refresher",
                    "summary": "",
                    "introduction": rich_text(""),
                }
            ),
        )
        programme = TrainingProgrammePage.objects.get()
        session = {
            "title": "Ice-breaking",
            "minutes": "60",
            "objectives": streamfield([("item", "Learn names")]),
            "activities": streamfield(
                [("item", {"name": "Name game", "minutes": "20", "description": ""})]
            ),
            "resources": streamfield([]),
        }
        self.assertCanCreate(
            programme,
            TrainingModulePage,
            nested_form_data(
                {
                    "title": "Day 1",
                    "slug": "day-1",
                    "day_number": "1",
                    "summary": "",
                    "body": streamfield([("session", session)]),
                }
            ),
        )
        self.assertEqual(TrainingModulePage.objects.get().sessions[0]["title"], "Ice-breaking")


@pytest.fixture
def module(curriculum):
    return curriculum.modules[0]


def post_new_lesson(client, module, data):
    url = reverse("wagtailadmin_pages:add", args=["curriculum", "lessonplanpage", module.pk])
    return client.post(url, data)


def field_errors(response, field):
    return [str(e) for e in response.context["form"].errors.get(field, [])]


@pytest.mark.parametrize("duration", ["0", "-5"])
def test_admin_rejects_a_non_positive_duration(client, superuser, module, duration):
    login_verified(client, superuser)
    pages_before = Page.objects.count()
    response = post_new_lesson(client, module, lesson_form_data(duration_minutes=duration))
    assert response.status_code == 200
    errors = field_errors(response, "duration_minutes")
    assert errors == ["A lesson must last at least 1 minute."]
    assert Page.objects.count() == pages_before


def test_admin_rejects_a_duplicate_lesson_code(client, superuser, module):
    login_verified(client, superuser)
    pages_before = Page.objects.count()
    response = post_new_lesson(client, module, lesson_form_data(code="emp-01"))
    assert response.status_code == 200
    errors = field_errors(response, "code")
    assert errors == [
        "Lesson code EMP-01 is already used by 'Walking in another's shoes'. Choose another code."
    ]
    assert Page.objects.count() == pages_before


def test_admin_rejects_a_step_without_minutes_and_keeps_the_input(client, superuser, module):
    login_verified(client, superuser)
    pages_before = Page.objects.count()
    data = lesson_form_data(
        body=streamfield([("step", step_data(title="Circle time", minutes=""))])
    )
    response = post_new_lesson(client, module, data)
    assert response.status_code == 200
    body_errors = response.context["form"].errors["body"].as_data()[0]
    step_error = body_errors.block_errors[0]
    assert "minutes" in step_error.block_errors
    assert "This field is required" in str(step_error.block_errors["minutes"])
    # What was typed is still in the form.
    assert b"Circle time" in response.content
    assert b"Naming feelings" in response.content
    assert Page.objects.count() == pages_before


def test_admin_rejects_steps_longer_than_the_lesson(client, superuser, module):
    login_verified(client, superuser)
    data = lesson_form_data(
        duration_minutes="30",
        body=streamfield([("step", step_data(minutes="20")), ("step", step_data(minutes="15"))]),
    )
    response = post_new_lesson(client, module, data)
    assert field_errors(response, "duration_minutes") == [
        "The activity steps add up to 35 minutes, more than the lesson's 30. "
        "Lengthen the lesson or shorten the steps."
    ]
    assert not LessonPlanPage.objects.filter(code="EMP-09").exists()


def test_editing_an_existing_lesson_keeps_its_own_code_valid(client, superuser, curriculum):
    login_verified(client, superuser)
    lesson = curriculum.lessons[0]
    url = reverse("wagtailadmin_pages:edit", args=[lesson.pk])
    data = lesson_form_data(title="Walking in another's shoes", slug=lesson.slug, code="EMP-01")
    data["action-publish"] = "action-publish"
    response = client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    lesson.refresh_from_db()
    assert lesson.summary == "Pupils learn six feeling words."


def test_step_ids_survive_an_admin_edit_that_rewords_and_reorders(client, superuser, curriculum):
    """The editor's JavaScript posts each block's id back; the server must keep it."""
    login_verified(client, superuser)
    lesson = curriculum.lessons[0]
    first, second = (step.id for step in lesson.activity_steps)
    data = lesson_form_data(
        title=lesson.title,
        slug=lesson.slug,
        code=lesson.code,
        body=streamfield(
            [
                ("step", step_data(title="Role play in pairs (revised)", minutes="20")),
                ("step", step_data(title="Feelings circle", minutes="10")),
            ]
        ),
    )
    data["body-0-id"], data["body-1-id"] = second, first
    data["action-publish"] = "action-publish"
    response = client.post(reverse("wagtailadmin_pages:edit", args=[lesson.pk]), data)
    assert response.status_code == 302
    lesson.refresh_from_db()
    assert [(s.id, s.value["title"]) for s in lesson.activity_steps] == [
        (second, "Role play in pairs (revised)"),
        (first, "Feelings circle"),
    ]
