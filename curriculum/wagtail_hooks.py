from django.contrib import messages
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import WorkflowState
from wagtail.snippets.models import register_snippet

from curriculum import translation_views
from curriculum.viewsets import life_skill_viewset

register_snippet(life_skill_viewset)


# Registered before wagtail-localize's own URLs (order=-1) so this path, which is the one
# wagtail-localize links to, resolves to the approval-aware version of its sync screen.
@hooks.register("register_admin_urls", order=-1)
def register_translation_urls():
    return [
        path(
            "localize/update/<int:translation_source_id>/",
            translation_views.ApprovalAwareUpdateTranslationsView.as_view(),
        ),
        path(
            "curriculum/translations/",
            include(
                (
                    [
                        path(
                            "",
                            translation_views.TranslationsReportView.as_view(),
                            name="report",
                        ),
                        path(
                            "results/",
                            translation_views.TranslationsReportView.as_view(results_only=True),
                            name="report_results",
                        ),
                        path(
                            "<int:translation_id>/submit/",
                            translation_views.submit_translation,
                            name="submit",
                        ),
                    ],
                    "curriculum_translations",
                ),
                namespace="curriculum_translations",
            ),
        ),
    ]


class TranslatorMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("wagtail_localize.submit_translation")


@hooks.register("register_reports_menu_item")
def register_translations_report_menu_item():
    return TranslatorMenuItem(
        _("Translations to bring up to date"),
        reverse("curriculum_translations:report"),
        icon_name="wagtail-localize-language",
        order=700,
    )


def _is_approving(request):
    return bool(
        request.method == "POST"
        and request.POST.get("action-workflow-action")
        and request.POST.get("workflow-action-name") == "approve"
    )


@hooks.register("before_edit_page")
def note_approval_from_the_editor(request, page):
    """Remember the review an approve posted from the editor acts on, if the user may
    approve it (the editor treats any other approve post as a plain save)."""
    task = page.current_workflow_task if _is_approving(request) else None
    if task and "approve" in [
        name for name, _label, _modal in task.get_actions(page, request.user)
    ]:
        request.curriculum_approval_state = page.current_workflow_state


@hooks.register("after_edit_page")
def confirm_approval_from_the_editor(request, page):
    """Say what approving in the editor did: Wagtail's own message ("has been updated")
    reads the same whether the page went live or its review started again."""
    state = getattr(request, "curriculum_approval_state", None)
    if state is None:
        return
    state.refresh_from_db()
    if state.status == WorkflowState.STATUS_APPROVED:
        messages.success(
            request, _("'%(title)s' has been approved and published.") % {"title": page.title}
        )
    elif state.status == WorkflowState.STATUS_IN_PROGRESS:
        messages.warning(
            request,
            _(
                "'%(title)s' was changed by someone else after it was submitted, so it needs "
                "another approval before it goes live."
            )
            % {"title": page.title},
        )
