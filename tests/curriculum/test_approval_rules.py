"""Curriculum approval from every place a reviewer approves: the page editor's action
menu, the workflow action URL and the "Awaiting your review" list; and nobody approves
their own submission."""

import importlib

from django.apps import apps
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import (
    GroupApprovalTask,
    PageLogEntry,
    Task,
    TaskState,
    WorkflowState,
    WorkflowTask,
)
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from curriculum.models import CurriculumApprovalTask, LessonPlanPage
from lms import roles
from tests.conftest import login_verified
from tests.curriculum.admin_forms import editor_data

NEW_SUMMARY = "Pupils imagine a new arrival's first night, then plan a welcome."


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def submit_change(client, user, lesson, **changes):
    """`user` edits the lesson in the editor and submits it to Curriculum approval."""
    login_verified(client, user)
    data = editor_data(lesson, **changes)
    data["action-submit"] = "Submit to Curriculum approval"
    assert client.post(edit_url(lesson), data).status_code == 302
    return workflow_state(lesson)


def workflow_state(lesson):
    return WorkflowState.objects.filter(
        base_content_type__model="page", object_id=str(lesson.pk)
    ).latest("created_at")


def approve_in_editor(client, user, lesson, **changes):
    """The editor's action menu → Approve, posted as the browser posts it."""
    login_verified(client, user)
    data = editor_data(lesson, **changes)
    data["action-workflow-action"] = "true"
    data["workflow-action-name"] = "approve"
    return client.post(edit_url(lesson), data, follow=True)


def live(lesson):
    return LessonPlanPage.objects.get(pk=lesson.pk)


def test_approving_in_the_editor_without_changes_publishes(client, trainer, reviewer, curriculum):
    lesson = curriculum.lessons[0]
    state = submit_change(client, trainer, lesson, summary=NEW_SUMMARY)
    response = approve_in_editor(client, reviewer, lesson)

    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    page = live(lesson)
    assert page.summary == NEW_SUMMARY
    assert not page.has_unpublished_changes
    assert page.current_workflow_state is None
    assert "approved and published" in response.content.decode()
    approval = PageLogEntry.objects.get(page=lesson, action="wagtail.workflow.approve")
    assert approval.user == reviewer
    assert approval.revision == page.live_revision


def test_a_reviewers_edit_made_while_approving_is_published_with_the_approval(
    client, trainer, reviewer, curriculum
):
    lesson = curriculum.lessons[0]
    state = submit_change(client, trainer, lesson, summary=NEW_SUMMARY)

    response = approve_in_editor(client, reviewer, lesson, title="Walking in a newcomer's shoes")

    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    page = live(lesson)
    assert (page.title, page.summary) == ("Walking in a newcomer's shoes", NEW_SUMMARY)
    assert not page.has_unpublished_changes
    approval = PageLogEntry.objects.get(page=lesson, action="wagtail.workflow.approve")
    assert approval.revision == page.live_revision
    assert page.live_revision.user == reviewer
    assert "approved and published" in response.content.decode()


def test_approving_from_the_list_does_not_publish_a_later_edit_by_someone_else(
    client, trainer, reviewer, make_user, curriculum
):
    """An edit saved by another reviewer after the submission needs its own approval."""
    lesson = curriculum.lessons[0]
    state = submit_change(client, trainer, lesson, summary=NEW_SUMMARY)
    other_reviewer = make_user("reviewer.two", roles.REVIEWERS)
    login_verified(client, other_reviewer)
    client.post(edit_url(lesson), editor_data(lesson, summary="A draft nobody reviewed."))

    login_verified(client, reviewer)
    task_state = state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[lesson.pk, "approve", task_state.pk])
    client.post(url, {"comment": ""})

    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.revision == lesson.revisions.latest("created_at")
    assert live(lesson).summary != "A draft nobody reviewed."


def test_nobody_approves_their_own_submission(client, make_user, reviewer, curriculum):
    """A trainer who is also a reviewer submits; only another reviewer can approve."""
    lesson = curriculum.lessons[0]
    author = make_user("trainer.reviewer", roles.TRAINERS)
    author.groups.add(Group.objects.get(name=roles.REVIEWERS))
    state = submit_change(client, author, lesson, summary=NEW_SUMMARY)
    task = state.current_task_state.task.specific
    page = live(lesson)

    assert "approve" not in [name for name, _label, _modal in task.get_actions(page, author)]
    assert not task.get_task_states_user_can_moderate(author).exists()
    assert task.get_task_states_user_can_moderate(reviewer).exists()
    editor_page = client.get(edit_url(lesson)).content.decode()
    assert 'data-workflow-action-name="approve"' not in editor_page
    assert "Awaiting your review" not in client.get(reverse("wagtailadmin_home")).content.decode()

    # Forged: the action URL the dashboard uses, and the editor's approve action.
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[lesson.pk, "approve", state.current_task_state.pk],
    )
    refused = client.post(url, {"comment": ""}, follow=True)
    assert refused.redirect_chain[0][0] == reverse("wagtailadmin_home")
    assert "Sorry, you do not have permission" in refused.content.decode()
    forged = approve_in_editor(client, author, lesson).content.decode()
    assert "approved and published" not in forged
    assert "needs another approval" not in forged
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert live(lesson).summary != NEW_SUMMARY
    assert not PageLogEntry.objects.filter(page=lesson, action="wagtail.workflow.approve")

    login_verified(client, reviewer)
    assert 'data-workflow-action-name="approve"' in client.get(edit_url(lesson)).content.decode()
    approve_in_editor(client, reviewer, lesson)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    assert live(lesson).summary == NEW_SUMMARY


def test_the_workflow_uses_the_curriculum_approval_task(db):
    workflow = roles.curriculum_workflow()
    tasks = [task.specific for task in workflow.tasks]
    assert [type(task) for task in tasks] == [CurriculumApprovalTask]
    assert [group.name for group in tasks[0].groups.all()] == [roles.REVIEWERS]


def test_the_migration_switches_an_existing_group_approval_task(client, trainer, curriculum):
    """An install from before this task type: its task, groups and reviews carry over."""
    workflow = roles.curriculum_workflow()
    old_task = GroupApprovalTask.objects.create(name="Lead trainer review (before)")
    old_task.groups.set([Group.objects.get(name=roles.REVIEWERS)])
    WorkflowTask.objects.filter(workflow=workflow).delete()
    WorkflowTask.objects.create(workflow=workflow, task=old_task, sort_order=0)
    state = submit_change(client, trainer, curriculum.lessons[0], summary=NEW_SUMMARY)
    assert type(state.current_task_state.task.specific) is GroupApprovalTask

    migration = importlib.import_module("curriculum.migrations.0003_curriculumapprovaltask")
    migration.use_curriculum_approval_task(apps, None)

    switched = Task.objects.get(pk=old_task.pk).specific
    assert type(switched) is CurriculumApprovalTask
    assert switched.name == "Lead trainer review (before)"
    assert [group.name for group in switched.groups.all()] == [roles.REVIEWERS]
    assert TaskState.objects.get(pk=state.current_task_state_id).task.specific == switched
    assert "approve" not in [
        name for name, _l, _m in switched.get_actions(curriculum.lessons[0], trainer)
    ]


def module_editor_data(module, **changes):
    module = type(module).objects.get(pk=module.pk).get_latest_revision_as_object()
    data = {
        "title": module.title,
        "slug": module.slug,
        "life_skill": str(module.life_skill_id),
        "summary": module.summary,
        "introduction": rich_text(module.introduction),
        "seo_title": module.seo_title,
        "search_description": module.search_description,
        "comments": inline_formset([]),
        "go_live_at": "",
        "expire_at": "",
    }
    data.update(changes)
    return nested_form_data(data)


def test_approving_in_the_editor_says_when_a_later_edit_needs_its_own_approval(
    client, trainer, reviewer, make_user, curriculum
):
    module = curriculum.modules[0]
    login_verified(client, trainer)
    data = module_editor_data(module, summary="Seeing the barrack through a newcomer's eyes.")
    data["action-submit"] = "Submit to Curriculum approval"
    assert client.post(edit_url(module), data).status_code == 302
    other_reviewer = make_user("reviewer.two", roles.REVIEWERS)
    login_verified(client, other_reviewer)
    client.post(edit_url(module), module_editor_data(module, summary="A draft nobody reviewed."))

    login_verified(client, reviewer)
    data = module_editor_data(module)
    data["action-workflow-action"] = "true"
    data["workflow-action-name"] = "approve"
    response = client.post(edit_url(module), data, follow=True)

    state = workflow_state(module)
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.revision.user == other_reviewer
    assert "needs another approval before it goes live" in response.content.decode()
    assert type(module).objects.get(pk=module.pk).summary != "A draft nobody reviewed."
