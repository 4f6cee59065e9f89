import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.html import escape

from curriculum.factories import LessonPlanPageFactory, step_block
from tests.conftest import publish


@pytest.fixture
def logged_in(client, instructor_user):
    client.force_login(instructor_user)
    return client


def test_every_page_type_renders_for_an_instructor(logged_in, curriculum):
    pages = [
        curriculum.home,
        curriculum.index,
        *curriculum.modules,
        *curriculum.lessons,
        curriculum.programme,
        curriculum.training_day,
    ]
    for page in pages:
        response = logged_in.get(page.url)
        assert response.status_code == 200, page.url
        assert escape(page.title) in response.content.decode(), page.url


def test_module_lists_its_lessons_in_order_with_durations(logged_in, curriculum):
    html = logged_in.get(curriculum.modules[0].url).content.decode()
    first = html.index("Walking in another&#x27;s shoes")
    second = html.index("Listening without interrupting")
    assert first < second
    assert "45 min" in html
    assert "Handwashing" not in html


def test_lesson_page_shows_steps_with_timings_total_and_neighbours(logged_in, curriculum):
    lesson = curriculum.lessons[0]
    html = logged_in.get(lesson.url).content.decode()
    assert "Feelings circle" in html and "Role play in pairs" in html
    assert "minute 0 · 10 min" in html
    assert "minute 10 · 20 min" in html
    assert "Total: 30 of 45 minutes" in html
    assert 'rel="next"' in html and "Listening without interrupting" in html
    assert 'rel="prev"' not in html
    second = logged_in.get(curriculum.lessons[1].url).content.decode()
    assert 'rel="prev"' in second and 'rel="next"' not in second


def test_print_stylesheet_is_linked_and_drops_navigation(logged_in, curriculum, settings):
    html = logged_in.get(curriculum.lessons[0].url).content.decode()
    assert '<link rel="stylesheet" href="/static/css/print.css" media="print">' in html
    css = (settings.BASE_DIR / "static/css/print.css").read_text()
    assert "size: A4" in css
    assert ".site-header" in css and "display: none" in css


def test_pages_have_skip_link_language_and_landmarks(logged_in, curriculum):
    html = logged_in.get(curriculum.lessons[0].url).content.decode()
    assert '<a class="skip-link" href="#main">' in html
    assert '<main id="main"' in html
    assert '<html lang="en" dir="ltr">' in html
    assert html.count("<h1") == 1


def test_curriculum_index_filters_modules_by_life_skill(logged_in, curriculum):
    html = logged_in.get(curriculum.index.url + "?skill=hygiene-care").content.decode()
    assert "Hygiene care" in html
    assert "Building empathy" not in html
    unfiltered = logged_in.get(curriculum.index.url).content.decode()
    assert "Building empathy" in unfiltered and "2 lessons" in unfiltered


def test_module_filters_lessons_by_life_skill(logged_in, curriculum):
    module = curriculum.modules[0]
    other_skill_lesson = LessonPlanPageFactory(parent=module, title="Sharing the mess table")
    publish(other_skill_lesson)
    html = logged_in.get(module.url + "?skill=empathy").content.decode()
    assert "Walking in another" in html
    assert "Sharing the mess table" not in html


@pytest.mark.parametrize("step_count", [2, 20])
def test_lesson_page_query_count_is_pinned(
    logged_in, curriculum, django_assert_max_num_queries, step_count
):
    lesson = LessonPlanPageFactory(
        parent=curriculum.modules[0],
        title=f"Lesson with {step_count} steps",
        duration_minutes=step_count * 5,
        body=[step_block(f"Step {n}", 5) for n in range(step_count)],
    )
    publish(lesson)
    # The first view fills the caches (site, surroundings, rendered lesson); later
    # views, every instructor's but the first, read them.
    with django_assert_max_num_queries(12):
        first = logged_in.get(lesson.url)
    with django_assert_max_num_queries(6):
        again = logged_in.get(lesson.url)
    for response in (first, again):
        assert response.status_code == 200
        assert response.content.decode().count('class="step"') == step_count


def test_lesson_page_query_count_does_not_grow_with_steps_or_skills(logged_in, curriculum):
    counts = []
    all_skills = list(curriculum.skills.values())
    for step_count, skills in ((1, all_skills[:1]), (25, all_skills)):
        lesson = publish(
            LessonPlanPageFactory(
                parent=curriculum.modules[1],
                title=f"Hygiene lesson {step_count}",
                duration_minutes=step_count * 5,
                body=[step_block(f"Step {n}", 5) for n in range(step_count)],
                life_skills=skills,
            )
        )
        logged_in.get(lesson.url)
        with CaptureQueriesContext(connection) as captured:
            assert logged_in.get(lesson.url).status_code == 200
        counts.append(len(captured.captured_queries))
    assert counts[0] == counts[1]


def test_search_page_needs_no_query_to_render(logged_in, curriculum):
    response = logged_in.get(reverse("search"))
    assert response.status_code == 200
    assert "Type a word" in response.content.decode()
