"""Delivery pages show lesson and training titles in the reader's language.

A log keeps what was taught (the lesson page and revision, its code and title, in the
language it was logged in); a reader of another language sees the live translation of the
lesson, its steps and the training days, wherever one is live, at no extra query per row.
"""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape

from lms.factories import SessionLogFactory, TrainingRecordFactory
from lms.models import SessionLog

EN_TITLE = "Walking in another's shoes"
UR_TITLE = f"اردو: {EN_TITLE}"


def url_in(language, name, *args):
    with translation.override(language):
        return reverse(name, args=args)


@pytest.fixture
def logs(delivery, urdu):
    """Logs of the English lessons (one with an Urdu translation, one without)."""
    today = timezone.localdate()
    return [
        SessionLogFactory(
            lesson=lesson,
            class_group=delivery.group,
            instructor=delivery.instructor,
            delivered_on=today - datetime.timedelta(days=days),
            steps_done=[step_id for step_id, _label in lesson.step_choices()[:1]],
        )
        for days, lesson in enumerate([delivery.lessons[0], delivery.lessons[2]])
    ]


def in_table(title):
    return f"· {escape(title)}</a>"


def page_text(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_urdu_history_shows_the_live_urdu_titles_and_english_where_none(
    client, delivery, logs, django_assert_max_num_queries
):
    client.force_login(delivery.user)
    url = url_in("ur", "delivery:session_history")
    client.get(url)  # warm per-process caches (content types, site root paths)
    with django_assert_max_num_queries(11):
        html = page_text(client, url)
    assert in_table(UR_TITLE) in html
    assert in_table(EN_TITLE) not in html
    assert in_table("Handwashing with little water") in html  # no Urdu translation: English
    assert "اردو: Building empathy" in html  # the module filter's choices too

    english = page_text(client, url_in("en", "delivery:session_history"))
    assert in_table(EN_TITLE) in english and in_table(UR_TITLE) not in english
    assert SessionLog.objects.filter(lesson_title=EN_TITLE).count() == 1  # the record stays


def test_english_reader_of_a_log_taught_from_the_urdu_lesson_sees_the_english_title(
    client, delivery, urdu
):
    SessionLogFactory(
        lesson=urdu.lesson, class_group=delivery.group, instructor=delivery.instructor
    )
    client.force_login(delivery.user)
    assert in_table(EN_TITLE) in page_text(client, url_in("en", "delivery:session_history"))
    assert in_table(UR_TITLE) in page_text(client, url_in("ur", "delivery:session_history"))


def test_a_reader_of_the_language_taught_sees_the_title_as_taught(client, delivery, logs):
    lesson = delivery.lessons[0]
    lesson.title = "Walking in another's shoes (2027 edition)"
    lesson.save_revision().publish()
    client.force_login(delivery.user)
    html = page_text(client, url_in("en", "delivery:session_history"))
    assert in_table(EN_TITLE) in html
    assert "2027 edition" not in html


def test_urdu_my_jail_shows_recent_sessions_and_training_days_in_urdu(
    client, delivery, curriculum, urdu, logs, django_assert_max_num_queries
):
    TrainingRecordFactory(instructor=delivery.instructor, training_module=curriculum.training_day)
    client.force_login(delivery.user)
    url = url_in("ur", "delivery:my_jail")
    client.get(url)  # warm per-process caches (content types, site root paths)
    with django_assert_max_num_queries(15):
        html = page_text(client, url)
    assert in_table(UR_TITLE) in html and in_table(EN_TITLE) not in html
    assert urdu.training_day.title in html
    assert f">{curriculum.training_day.title}<" not in html


def test_urdu_log_page_shows_the_urdu_title_and_step_names(
    client, delivery, urdu, logs, django_assert_max_num_queries
):
    client.force_login(delivery.user)
    url = url_in("ur", "delivery:session_detail", logs[0].pk)
    client.get(url)  # warm per-process caches (content types, site root paths)
    # 15 for the log, its steps and titles, and one for its audit history.
    with django_assert_max_num_queries(16):
        html = page_text(client, url)
    assert f"<h1>{escape(UR_TITLE)}</h1>" in html
    assert "1. اردو: Feelings circle" in html and "2. اردو: Role play in pairs" in html
    assert "Feelings circle" not in html.replace("اردو: Feelings circle", "")
    # Which steps were done is the log's record: the first, not the second.
    assert 'class="is-done"><span class="visually-hidden">' in html
    assert html.index("is-done") < html.index("اردو: Feelings circle") < html.index("is-skipped")

    english = page_text(client, url_in("en", "delivery:session_detail", logs[0].pk))
    assert f"<h1>{escape(EN_TITLE)}</h1>" in english and " 1. Feelings circle" in english


def test_urdu_log_page_keeps_the_steps_as_taught_after_the_lesson_changed(
    client, delivery, urdu, logs
):
    """A step added to the English lesson later is not part of what was taught."""
    client.force_login(delivery.user)
    before = page_text(client, url_in("ur", "delivery:session_detail", logs[0].pk))
    lesson = delivery.lessons[0]
    lesson.body.append(("step", {"title": "Closing round", "minutes": 5}))
    lesson.save_revision().publish()
    after = page_text(client, url_in("ur", "delivery:session_detail", logs[0].pk))
    assert after.count("<li class=") == before.count("<li class=") == 2
    assert "Closing round" not in after
