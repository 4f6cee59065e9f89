"""The coordinator's dashboard and its drill-down from a jail to its lessons, in the admin.

Both read their figures from `lms.progress` through a Selection built from the report
filters, so they count exactly what the exports export.
"""

import dataclasses

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from lms import progress
from lms.models import SessionLog
from lms.scoping import VIEW, scope_for

from . import charts
from .filters import DeliveryFilterSet


def can_view_reports(user):
    """Who may open the delivery reports: whoever may see session logs (coordinators,
    trainers); `for_user` then decides which."""
    return scope_for(user, SessionLog, VIEW) is not None


class DeliveryReportMixin(WagtailAdminTemplateMixin):
    """Permission check, filters and the live curriculum, shared by the two screens."""

    header_icon = "table"

    def dispatch(self, request, *args, **kwargs):
        if not can_view_reports(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def curriculum(self):
        return progress.live_curriculum()

    @cached_property
    def filters(self):
        return DeliveryFilterSet(self.request.GET, request=self.request, curriculum=self.curriculum)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("delivery_reports:dashboard"), "label": _("Delivery dashboard")},
        ]

    def report_links(self, selection_query):
        return [
            (label, f"{reverse(name)}?{selection_query}")
            for label, name in (
                (_("Session logs"), "delivery_reports:session_logs"),
                (_("Jail coverage"), "delivery_reports:jail_coverage"),
                (_("Observations"), "delivery_reports:observations"),
                (_("Training records"), "delivery_reports:training_records"),
            )
        ]


class DashboardView(DeliveryReportMixin, TemplateView):
    template_name = "lms/reports/dashboard.html"
    page_title = _("Delivery dashboard")

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filters = self.filters
        context.update(
            filters=filters,
            query=filters.query_string(),
            jail_query=filters.query_string(district=None, kind=None),
        )
        if not filters.is_valid():
            return context
        board = progress.dashboard(filters.selection(), self.curriculum)
        filters.set_district_choices(board.all_districts)
        context.update(
            board=board,
            charts={
                "districts": charts.sessions_by_district(board),
                "coverage": charts.coverage_over_time(board),
                "reasons": charts.reasons_not_held(board),
            },
            report_links=self.report_links(filters.query_string()),
            stale_after=settings.LMS_STALE_AFTER_DAYS,
        )
        return context


class JailReportView(DeliveryReportMixin, TemplateView):
    """Drill-down: one jail's lessons (delivered, partly, not held, not yet) and instructors.

    District and kind filters do not apply here (the jail is chosen); dates and module do.
    """

    template_name = "lms/reports/jail.html"

    @cached_property
    def jail(self):
        """The jail with its last sessions; those ignore the filters, so any valid
        Selection of this user finds it, and a jail out of their scope is a 404."""
        everything = progress.Selection(self.request.user)
        return get_object_or_404(progress.annotated_jails(everything), pk=self.kwargs["pk"])

    def get_page_title(self):
        return str(self.jail)

    def get_breadcrumbs_items(self):
        dashboard = reverse("delivery_reports:dashboard")
        return [
            *self.breadcrumbs_items,
            {"url": f"{dashboard}?{self.filters.query_string()}", "label": _("Delivery dashboard")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filters = self.filters
        context.update(filters=filters, jail=self.jail)
        if not filters.is_valid():
            return context
        selection = dataclasses.replace(filters.selection(), district="", kind="")
        report = progress.jail_report(selection, self.jail, self.curriculum)
        logs_url = reverse("delivery_reports:session_logs")
        jail_query = filters.query_string(jail=self.jail.pk, district=None, kind=None)
        context.update(
            report=report,
            logs_url=f"{logs_url}?{jail_query}",
            lesson_logs_query=jail_query,
            logs_base=logs_url,
            stale_after=settings.LMS_STALE_AFTER_DAYS,
        )
        return context
