"""Urdu pages: right to left, in Urdu, same lesson steps, same query budget."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from curriculum.models import LessonPlanPage, LifeSkill


@pytest.fixture
def logged_in(client, instructor_user):
    client.force_login(instructor_user)
    return client


def test_urdu_pages_render_right_to_left_in_urdu(logged_in, urdu):
    pages = [urdu.home, urdu.index, urdu.module, urdu.lesson, urdu.programme, urdu.training_day]
    for page in pages:
        assert page.url.startswith("/ur/"), page.url
        response = logged_in.get(page.url)
        assert response.status_code == 200, page.url
        html = response.content.decode()
        assert '<html lang="ur" dir="rtl">' in html, page.url
        assert "اردو: " in html, page.url  # the translated content
        assert "تلاش" in html, page.url  # the interface ("Search") in Urdu


def test_english_pages_stay_left_to_right(logged_in, urdu, curriculum):
    html = logged_in.get(curriculum.lessons[0].url).content.decode()
    assert '<html lang="en" dir="ltr">' in html
    assert "Lesson steps" in html and "اردو: " not in html


def test_urdu_lesson_shows_urdu_interface_and_life_skill_names(logged_in, urdu):
    html = logged_in.get(urdu.lesson.url).content.decode()
    assert "سبق کے قدم" in html  # "Lesson steps"
    assert "کل: 45 میں سے 30 منٹ" in html  # "Total: 30 of 45 minutes"
    assert "اردو: Empathy" in html  # the Urdu name of the life skill
    assert "Lesson steps" not in html


def test_translation_keeps_every_step_block_id(urdu, curriculum):
    """Session logs record steps by block id, so a translation must not renumber them."""
    english = curriculum.lessons[0]
    english.refresh_from_db()
    translated = LessonPlanPage.objects.get(pk=urdu.lesson.pk)
    assert [block.id for block in translated.body] == [block.id for block in english.body]
    assert [block.block_type for block in translated.body] == [
        block.block_type for block in english.body
    ]
    assert translated.step_choices()[0][1].startswith("1. اردو: ")
    assert translated.code == english.code  # synchronised, not translated
    assert set(translated.life_skills.all()) == set(english.life_skills.all())


def test_urdu_life_skills_are_translations_of_the_english_ones(urdu, curriculum):
    ur = Locale.objects.get(language_code="ur")
    empathy = curriculum.skills["empathy"]
    translated = empathy.get_translation(ur)
    assert translated.name == "اردو: Empathy"
    assert translated.slug == empathy.slug
    assert LifeSkill.objects.in_source_language().count() == len(curriculum.skills)


def test_urdu_curriculum_lists_only_translated_modules(logged_in, urdu):
    html = logged_in.get(urdu.index.url).content.decode()
    assert "اردو: Building empathy" in html
    assert ">Hygiene care</a>" not in html  # no Urdu module yet, so no card
    assert "2 سبق" in html  # "2 lessons"


@pytest.mark.parametrize("language", ["en", "ur"])
def test_lesson_page_query_budget_holds_in_both_languages(
    logged_in, urdu, curriculum, django_assert_max_num_queries, language
):
    lesson = curriculum.lessons[0] if language == "en" else urdu.lesson
    with django_assert_max_num_queries(12):
        logged_in.get(lesson.url)  # fills the caches (curriculum/caching.py)
    with django_assert_max_num_queries(6):
        response = logged_in.get(lesson.url)
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert len(re.findall(r'class="step"', html)) == 2


def test_urdu_lesson_queries_do_not_grow_with_life_skills(logged_in, urdu, curriculum):
    counts = []
    for skills in ([], list(curriculum.skills.values())):
        english = curriculum.lessons[0]
        english.life_skills.set(skills)
        english.save_revision().publish()
        translated = LessonPlanPage.objects.get(pk=urdu.lesson.pk)
        translated.life_skills.set(skills)
        translated.save_revision().publish()
        logged_in.get(translated.url)
        with CaptureQueriesContext(connection) as captured:
            assert logged_in.get(translated.url).status_code == 200
        counts.append(len(captured.captured_queries))
    assert counts[0] == counts[1]


def test_urdu_search_finds_urdu_lessons_and_filters_by_skill(logged_in, urdu):
    response = logged_in.get("/ur/search/", {"q": "shoes"})
    assert [lesson.pk for lesson in response.context["page_obj"]] == [urdu.lesson.pk]
    response = logged_in.get("/ur/search/", {"q": "اردو"})  # a word in Urdu script
    assert {lesson.pk for lesson in response.context["page_obj"]} == {
        urdu.lesson.pk,
        urdu.second_lesson.pk,
    }
    response = logged_in.get("/ur/search/", {"skill": "empathy"})
    codes = sorted(lesson.code for lesson in response.context["page_obj"])
    assert codes == ["EMP-01", "EMP-02"]
    assert all(lesson.locale.language_code == "ur" for lesson in response.context["page_obj"])
    assert "2 سبق کے منصوبے ملے" in response.content.decode()
