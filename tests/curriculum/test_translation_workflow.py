"""An English change reaches the Urdu lesson: out of date, sync, translate, approve.

Everything goes through the real admin views a trainer and a reviewer use: Wagtail's page
editor and workflow actions, wagtail-localize's sync screen and translation API, and the
submit-for-approval action this project adds.
"""

from urllib.parse import urlencode

import pytest
from django.urls import reverse
from wagtail.models import Locale, WorkflowState
from wagtail.test.utils.form_data import streamfield
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from curriculum.models import LessonPlanPage
from curriculum.translations import Status, translation_state
from tests.curriculum.admin_forms import lesson_form_data, step_data


def lesson_translation(english):
    return Translation.objects.get(
        source__object_id=english.translation_key, target_locale__language_code="ur"
    )


def status_of(english):
    return translation_state(lesson_translation(english)).status


def untranslated_segments(translation):
    translated = StringTranslation.objects.filter(
        locale=translation.target_locale, context__object_id=translation.source.object_id
    ).values_list("translation_of_id", "context_id")
    return [
        segment
        for segment in StringSegment.objects.filter(source=translation.source).select_related(
            "string", "context"
        )
        if (segment.string_id, segment.context_id) not in set(translated)
    ]


def approve(client, reviewer, page):
    state = WorkflowState.objects.get(
        base_content_type__model="page",
        object_id=str(page.pk),
        status=WorkflowState.STATUS_IN_PROGRESS,
    )
    client.force_login(reviewer)
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[page.pk, "approve", state.current_task_state.pk],
    )
    response = client.post(url, {"comment": "Checked against the English."})
    assert response.status_code in (200, 302)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED


def add_a_step_in_english(client, trainer, reviewer, english):
    """The trainer adds a step (keeping the old steps' ids); the reviewer approves it."""
    first, second = (step.id for step in english.activity_steps)
    data = lesson_form_data(
        title=english.title,
        slug=english.slug,
        code=english.code,
        summary=english.summary,
        body=streamfield(
            [
                ("step", step_data(title="Feelings circle", minutes="10")),
                ("step", step_data(title="Role play in pairs", minutes="20")),
                ("step", step_data(title="Quiet reflection", minutes="5")),
            ]
        ),
    )
    data["body-0-id"], data["body-1-id"] = first, second
    data["action-submit"] = "action-submit"
    client.force_login(trainer)
    response = client.post(reverse("wagtailadmin_pages:edit", args=[english.pk]), data)
    assert response.status_code == 302
    approve(client, reviewer, english)
    english.refresh_from_db()
    assert [s.value["title"] for s in english.activity_steps][-1] == "Quiet reflection"


@pytest.fixture
def english_lesson(urdu, curriculum):
    lesson = curriculum.lessons[0]
    lesson.refresh_from_db()
    return lesson


def test_a_fresh_translation_is_up_to_date(urdu, english_lesson):
    state = translation_state(lesson_translation(english_lesson))
    assert state.status == Status.UP_TO_DATE
    assert state.translated_segments == state.total_segments > 0


def test_source_change_to_sync_to_translation_to_approved_urdu_page(
    client, urdu, english_lesson, trainer, reviewer, instructor_user
):
    translation = lesson_translation(english_lesson)
    urdu_page = LessonPlanPage.objects.get(pk=urdu.lesson.pk)
    live_steps_before = [(s.id, s.value["title"]) for s in urdu_page.activity_steps]

    # 1. The English lesson changes and is approved: the translation is out of date.
    add_a_step_in_english(client, trainer, reviewer, english_lesson)
    assert status_of(english_lesson) == Status.SOURCE_CHANGED
    client.force_login(trainer)
    report = client.get(reverse("curriculum_translations:report")).content.decode()
    assert "Out of date: the English source has changed" in report
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[urdu_page.pk])).content.decode()
    assert 'data-translation-status="source_changed"' in editor

    # 2. The trainer syncs. "Publish immediately" is switched off for them: even when
    # posted, the Urdu page does not change, but the new English text awaits translation.
    sync_url = reverse("wagtail_localize:update_translations", args=[translation.source_id])
    form = client.get(sync_url).context["form"]
    assert form.fields["publish_translations"].disabled
    response = client.post(sync_url, {"publish_translations": "on"})
    assert response.status_code == 302
    urdu_page.refresh_from_db()
    assert [(s.id, s.value["title"]) for s in urdu_page.activity_steps] == live_steps_before
    assert status_of(english_lesson) == Status.NEEDS_TRANSLATION
    translation = lesson_translation(english_lesson)
    waiting = untranslated_segments(translation)
    assert {segment.string.data for segment in waiting} >= {"Quiet reflection"}

    # 3. The trainer translates the new text in wagtail-localize's editor (its API).
    for segment in waiting:
        url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
        response = client.put(
            url,
            urlencode({"value": f"خاموشی سے سوچنا ({segment.context.path})"}),
            content_type="application/x-www-form-urlencoded",
        )
        assert response.status_code in (200, 201)
    assert untranslated_segments(translation) == []
    assert status_of(english_lesson) == Status.READY_TO_SUBMIT

    # 4. The trainer cannot publish the translation; they submit it for approval.
    edit_url = reverse("wagtailadmin_pages:edit", args=[urdu_page.pk])
    refused = client.post(edit_url, {"action": "publish"})
    assert refused.status_code == 302 and refused["Location"] == reverse("wagtailadmin_home")
    response = client.post(reverse("curriculum_translations:submit", args=[translation.pk]))
    assert response.status_code == 302
    urdu_page.refresh_from_db()
    assert [(s.id, s.value["title"]) for s in urdu_page.activity_steps] == live_steps_before
    assert status_of(english_lesson) == Status.AWAITING_APPROVAL
    client.force_login(instructor_user)
    assert "خاموشی سے سوچنا" not in client.get(urdu_page.url).content.decode()

    # 5. The reviewer approves: the Urdu page goes live with the new step, same ids.
    approve(client, reviewer, urdu_page)
    urdu_page.refresh_from_db()
    english_lesson.refresh_from_db()
    assert [s.id for s in urdu_page.activity_steps] == [s.id for s in english_lesson.activity_steps]
    assert urdu_page.activity_steps[-1].value["title"].startswith("خاموشی سے سوچنا")
    assert urdu_page.activity_steps[-1].value["minutes"] == 5
    assert status_of(english_lesson) == Status.UP_TO_DATE
    client.force_login(instructor_user)
    assert "خاموشی سے سوچنا" in client.get(urdu_page.url).content.decode()


def test_a_reviewer_may_still_sync_and_publish_at_once(client, urdu, english_lesson, reviewer):
    translation = lesson_translation(english_lesson)
    english_lesson.summary = "A sharper summary."
    english_lesson.save_revision().publish()
    client.force_login(reviewer)
    sync_url = reverse("wagtail_localize:update_translations", args=[translation.source_id])
    assert not client.get(sync_url).context["form"].fields["publish_translations"].disabled
    client.post(sync_url, {"publish_translations": "on"})
    urdu_page = LessonPlanPage.objects.get(pk=urdu.lesson.pk)
    # Untranslated text falls back to the English until a translator catches up.
    assert urdu_page.summary == "A sharper summary."


def test_submitting_twice_is_refused_with_a_clear_message(client, urdu, english_lesson, trainer):
    translation = lesson_translation(english_lesson)
    client.force_login(trainer)
    submit = reverse("curriculum_translations:submit", args=[translation.pk])
    client.post(submit)
    response = client.post(submit, follow=True)
    messages = [str(m) for m in response.context["messages"]]
    assert any("is already awaiting approval" in m for m in messages)
    assert (
        WorkflowState.objects.filter(
            object_id=str(urdu.lesson.pk), status=WorkflowState.STATUS_IN_PROGRESS
        ).count()
        == 1
    )


def test_instructors_cannot_submit_or_see_the_report(client, urdu, english_lesson, instructor_user):
    translation = lesson_translation(english_lesson)
    client.force_login(instructor_user)
    assert client.post(
        reverse("curriculum_translations:submit", args=[translation.pk])
    ).status_code in (302, 403)
    assert not WorkflowState.objects.filter(object_id=str(urdu.lesson.pk)).exists()
    response = client.get(reverse("curriculum_translations:report"))
    assert response.status_code in (302, 403)


def test_new_translations_start_as_drafts(client, curriculum, trainer):
    """Translating a live page must not publish an untranslated copy of it."""
    client.force_login(trainer)
    url = reverse("wagtail_localize:submit_page_translation", args=[curriculum.index.pk])
    ur = Locale.objects.get(language_code="ur")
    response = client.post(url, {"locales": [ur.pk], "include_subtree": "on"})
    assert response.status_code == 302
    translated = curriculum.index.get_translation(ur)
    assert not translated.live
    assert translated.get_workflow().name == "Curriculum approval"
    lessons = LessonPlanPage.objects.filter(locale=ur)
    assert lessons.count() == 3 and not lessons.filter(live=True).exists()
