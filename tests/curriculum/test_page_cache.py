"""A lesson page is served from the cache between publications, and never stale after one
(curriculum/caching.py)."""

import pytest
from django.urls import reverse
from wagtail.models import PageViewRestriction

from curriculum.factories import LessonPlanPageFactory, step_block
from tests.conftest import login_verified, publish


@pytest.fixture
def logged_in(client, instructor_user):
    client.force_login(instructor_user)
    return client


def test_a_published_change_to_the_lesson_shows_at_once(logged_in, curriculum):
    lesson = curriculum.lessons[0]
    assert "Feelings circle" in logged_in.get(lesson.url).content.decode()
    lesson.body = [step_block("Mood thermometer", 15), step_block("Role play in pairs", 20)]
    publish(lesson)
    html = logged_in.get(lesson.url).content.decode()
    assert "Mood thermometer" in html
    assert "Feelings circle" not in html


def test_a_saved_draft_does_not_change_the_live_lesson(logged_in, curriculum):
    lesson = curriculum.lessons[0]
    logged_in.get(lesson.url)
    lesson.body = [step_block("Draft only step", 5)]
    lesson.save_revision()
    html = logged_in.get(lesson.url).content.decode()
    assert "Feelings circle" in html
    assert "Draft only step" not in html


def test_a_neighbours_new_title_and_unpublishing_show_on_the_cached_lesson(logged_in, curriculum):
    first, second = curriculum.lessons[:2]
    assert "Listening without interrupting" in logged_in.get(first.url).content.decode()
    second.title = "Listening with patience"
    publish(second)
    html = logged_in.get(first.url).content.decode()
    assert "Listening with patience" in html
    assert "Listening without interrupting" not in html
    second.unpublish()
    assert 'rel="next"' not in logged_in.get(first.url).content.decode()


def test_a_new_lesson_in_the_module_updates_the_count_and_the_neighbours(logged_in, curriculum):
    assert "lesson 2 of 2" in logged_in.get(curriculum.lessons[1].url).content.decode()
    publish(LessonPlanPageFactory(parent=curriculum.modules[0], title="Saying sorry"))
    second = logged_in.get(curriculum.lessons[1].url).content.decode()
    assert "lesson 2 of 3" in second
    assert 'rel="next"' in second and "Saying sorry" in second


def test_a_renamed_life_skill_shows_on_the_cached_lesson(logged_in, curriculum):
    lesson = curriculum.lessons[0]
    assert ">Empathy</span>" in logged_in.get(lesson.url).content.decode()
    skill = curriculum.skills["empathy"]
    skill.name = "Empathy and kindness"
    skill.save()
    assert ">Empathy and kindness</span>" in logged_in.get(lesson.url).content.decode()


def test_a_deleted_lesson_leaves_its_neighbours_pager(logged_in, curriculum):
    first, second = curriculum.lessons[:2]
    assert 'rel="next"' in logged_in.get(first.url).content.decode()
    second.delete()
    assert 'rel="next"' not in logged_in.get(first.url).content.decode()


def test_the_sections_menu_follows_a_renamed_section(logged_in, curriculum):
    assert ">Curriculum</a>" in logged_in.get(curriculum.lessons[0].url).content.decode()
    index = curriculum.index
    index.title = "Life-skills curriculum"
    publish(index)
    html = logged_in.get(curriculum.lessons[0].url).content.decode()
    assert ">Life-skills curriculum</a>" in html


def test_a_draft_preview_is_never_served_from_the_cache(client, trainer, curriculum):
    login_verified(client, trainer)
    lesson = curriculum.lessons[0]
    assert "Feelings circle" in client.get(lesson.url).content.decode()
    lesson.body = [step_block("Previewed step", 5)]
    lesson.save_revision()
    preview = client.get(reverse("wagtailadmin_pages:view_draft", args=[lesson.pk]))
    assert preview.status_code == 200
    assert "Previewed step" in preview.content.decode()
    assert "Feelings circle" in client.get(lesson.url).content.decode()


def test_pages_have_no_privacy_of_their_own_because_every_page_needs_a_login(logged_in, curriculum):
    lesson = curriculum.lessons[0]
    assert lesson.private_page_options == []
    # A restriction left in the database from elsewhere changes nothing: the site-wide
    # login is the only rule, and it holds.
    PageViewRestriction.objects.create(page=lesson, restriction_type="password", password="x")
    assert logged_in.get(lesson.url).status_code == 200
    logged_in.logout()
    response = logged_in.get(lesson.url)
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))
