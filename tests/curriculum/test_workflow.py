"""A trainer's change goes live only after a reviewer approves it ("Curriculum approval")."""

from django.urls import reverse
from wagtail.models import PageLogEntry, WorkflowState

from tests.conftest import login_verified
from tests.curriculum.admin_forms import lesson_form_data


def edit(client, lesson, action, **changes):
    data = lesson_form_data(title=lesson.title, slug=lesson.slug, code=lesson.code, **changes)
    data[action] = action
    return client.post(reverse("wagtailadmin_pages:edit", args=[lesson.pk]), data)


def test_curriculum_and_training_trees_are_under_the_approval_workflow(curriculum):
    for page in [curriculum.lessons[0], curriculum.modules[1], curriculum.training_day]:
        assert page.get_workflow().name == "Curriculum approval"


def test_trainer_edit_waits_for_reviewer_then_goes_live(
    client, trainer, reviewer, instructor_user, curriculum
):
    lesson = curriculum.lessons[0]
    old_summary = lesson.summary

    login_verified(client, trainer)
    response = edit(client, lesson, "action-submit", summary="A revised summary.")
    assert response.status_code == 302
    lesson.refresh_from_db()
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(lesson.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.task.name == "Lead trainer review"
    assert lesson.summary == old_summary  # live content is untouched while in review
    assert lesson.get_latest_revision_as_object().summary == "A revised summary."

    client.force_login(instructor_user)
    assert old_summary in client.get(lesson.url).content.decode()

    login_verified(client, reviewer)
    approve = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[lesson.pk, "approve", state.current_task_state.pk],
    )
    response = client.post(approve, {"comment": "Clear and safe."})
    assert response.status_code in (200, 302)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    lesson.refresh_from_db()
    assert lesson.summary == "A revised summary."

    client.force_login(instructor_user)
    assert "A revised summary." in client.get(lesson.url).content.decode()

    actions = set(PageLogEntry.objects.filter(page=lesson).values_list("action", flat=True))
    assert {"wagtail.workflow.start", "wagtail.workflow.approve", "wagtail.publish"} <= actions
    assert lesson.revisions.count() >= 2


def test_trainer_cannot_publish_directly(client, trainer, curriculum):
    lesson = curriculum.lessons[0]
    old_summary = lesson.summary
    login_verified(client, trainer)
    edit(client, lesson, "action-publish", summary="Sneaked past review.")
    lesson.refresh_from_db()
    assert lesson.summary == old_summary


def test_instructors_have_no_admin_access(client, instructor_user, curriculum):
    client.force_login(instructor_user)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[curriculum.lessons[0].pk]))
    assert response.status_code == 302
    assert not response["Location"].startswith("/admin/pages/")
