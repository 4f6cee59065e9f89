"""Admin screens that put wagtail-localize translations through Curriculum approval.

- Submitting a translated page for approval (the translation editor itself can only
  publish, which trainers may not do).
- wagtail-localize's "Sync translated pages" screen, with "Publish immediately" available
  only to people who may publish the page.
- A report of every translation and what it needs next (sync, translate, submit).
"""

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail_localize.models import Translation
from wagtail_localize.views.update_translations import UpdateTranslationsView

from curriculum.translations import (
    TranslationState,
    submit_translation_for_approval,
    translation_state,
)


def _next_url(request, default):
    url = request.POST.get("next") or request.GET.get("next")
    if url and url_has_allowed_host_and_scheme(url, {request.get_host()}):
        return url
    return default


@require_POST
def submit_translation(request, translation_id):
    translation = get_object_or_404(
        Translation.objects.select_related("source", "target_locale"),
        pk=translation_id,
        enabled=True,
    )
    page = translation.get_target_instance()
    if not isinstance(page, Page):
        raise PermissionDenied
    default = reverse("wagtailadmin_pages:edit", args=[page.pk])
    try:
        submit_translation_for_approval(translation, request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("'%(title)s' (%(language)s) has been submitted to %(workflow)s.")
            % {
                "title": page.title,
                "language": translation.target_locale.get_display_name(),
                "workflow": page.get_workflow().name,
            },
        )
    return redirect(_next_url(request, default))


class ApprovalAwareUpdateTranslationsView(UpdateTranslationsView):
    """wagtail-localize's sync screen, minus the way around the approval workflow.

    Its "Publish immediately" option publishes every translated page directly. Someone who
    may not publish the English page gets the option switched off, with a note saying
    how the synced translations go live instead.
    """

    def user_may_publish(self):
        instance = self.object.get_source_instance()
        if isinstance(instance, Page):
            return instance.permissions_for_user(self.request.user).can_publish()
        return True

    def get_form(self):
        form = super().get_form()
        if not self.user_may_publish():
            field = form.fields["publish_translations"]
            field.disabled = True
            field.initial = False
            field.help_text = _(
                "Synced translations go live through Curriculum approval: translate the "
                "changed text, then submit each translated page for approval."
            )
        return form


def _edit_url(state):
    target = state.target_instance
    if isinstance(target, Page):
        return reverse("wagtailadmin_pages:edit", args=[target.pk])
    viewset = getattr(target, "snippet_viewset", None)
    return reverse(viewset.get_url_name("edit"), args=[target.pk]) if viewset else ""


class NextStepColumn(Column):
    """Sync when the English changed; submit for approval once translated."""

    cell_template_name = "curriculum/admin/translation_next_step_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        # Cells render without the request context, so the form's token is passed in.
        context["csrf_token"] = get_token(context["request"])
        return context


class TranslationsReportView(ReportView):
    """Every translation with what it needs next, so nothing stays out of date unnoticed."""

    page_title = gettext_lazy("Translations to bring up to date")
    header_icon = "wagtail-localize-language"
    index_url_name = "curriculum_translations:report"
    index_results_url_name = "curriculum_translations:report_results"
    paginate_by = 50
    list_export = ["title", "language", "status_label", "progress", "last_synced"]
    export_headings = {
        "title": gettext_lazy("Content"),
        "language": gettext_lazy("Language"),
        "status_label": gettext_lazy("Status"),
        "progress": gettext_lazy("Strings translated"),
        "last_synced": gettext_lazy("Last synced"),
    }
    columns = [
        TitleColumn("title", label=gettext_lazy("Content"), get_url=_edit_url),
        Column("language", label=gettext_lazy("Language")),
        Column("status_label", label=gettext_lazy("Status")),
        Column("progress", label=gettext_lazy("Strings translated")),
        Column("last_synced", label=gettext_lazy("Last synced")),
        NextStepColumn("next_step", label=gettext_lazy("Next step")),
    ]

    def get_queryset(self):
        return (
            Translation.objects.filter(enabled=True)
            .select_related("source", "target_locale")
            .order_by("source__object_repr", "target_locale__language_code")
        )

    def get_table(self, object_list):
        return super().get_table(self.decorate_paginated_queryset(object_list))

    def decorate_paginated_queryset(self, object_list):
        """Each translation's state; exports and the table both list these."""
        if object_list and isinstance(object_list[0], TranslationState):
            return object_list
        rows = []
        for translation in object_list:
            try:
                state = translation_state(translation)
            except ObjectDoesNotExist:  # the source or the translated copy was deleted
                continue
            state.title = str(state.target_instance)
            state.language = translation.target_locale.get_display_name()
            state.progress = f"{state.translated_segments} / {state.total_segments}"
            state.last_synced = translation.source.last_updated_at
            rows.append(state)
        return rows

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("wagtail_localize.submit_translation"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)
