from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.models import GroupApprovalTask


class CurriculumApprovalTask(GroupApprovalTask):
    """Reviewers' approval with two rules of its own.

    Nobody approves their own submission: whoever submitted the change (a trainer who is
    also a reviewer, say) is offered no approve action and is refused one posted anyway.

    Approving covers the approver's own latest edit. The page editor saves whatever the
    reviewer had in the form before approving, and because a re-approval is required after
    every edit (WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT) that new revision would
    otherwise restart the review it was meant to end. A newer revision by anyone else
    still restarts it, so nothing the approver has not seen goes live.
    """

    @staticmethod
    def is_own_submission(workflow_state, user):
        return workflow_state is not None and workflow_state.requested_by_id == user.pk

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if self.is_own_submission(obj.current_workflow_state, user):
            return [action for action in actions if action[0] != "approve"]
        return actions

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = super().get_task_states_user_can_moderate(user, **kwargs)
        return states.exclude(workflow_state__requested_by=user)

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve":
            workflow_state = task_state.workflow_state
            if self.is_own_submission(workflow_state, user):
                raise PermissionDenied
            latest = workflow_state.content_object.get_latest_revision()
            if latest.pk != task_state.revision_id and latest.user_id == user.pk:
                task_state.revision = latest
                task_state.save(update_fields=["revision"])
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _("Members of the chosen groups approve, except the person who submitted the change")

    class Meta:
        verbose_name = _("curriculum approval task")
        verbose_name_plural = _("curriculum approval tasks")
