"""Wagtail hooks of the delivery reports: admin URLs, the Reports menu, home panels."""

from django.template.loader import render_to_string
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from lms.models import Observation, SessionLog, TrainingRecord
from lms.roles import roles_for
from lms.scoping import VIEW, scope_for

from . import urls


@hooks.register("register_admin_urls")
def register_report_urls():
    return [path("reports/delivery/", include(urls, namespace="delivery_reports"))]


class ScopedMenuItem(MenuItem):
    """Shown to whoever may see at least some rows of the report's model."""

    def __init__(self, label, url_name, model, **kwargs):
        self.url_name = url_name
        self.model = model
        super().__init__(label, "", **kwargs)

    def is_shown(self, request):
        return scope_for(request.user, self.model, VIEW) is not None

    def render_component(self, request):
        self.url = reverse(self.url_name)
        return super().render_component(request)


MENU = [
    (_("Delivery dashboard"), "delivery_reports:dashboard", SessionLog, "table", 1),
    (_("Session logs"), "delivery_reports:session_logs", SessionLog, "list-ul", 2),
    (_("Jail coverage"), "delivery_reports:jail_coverage", SessionLog, "table", 3),
    (_("Observations"), "delivery_reports:observations", Observation, "view", 4),
    (_("Training records"), "delivery_reports:training_records", TrainingRecord, "user", 5),
]


def menu_item_hook(label, url_name, model, icon, order):
    def hook():
        return ScopedMenuItem(label, url_name, model, icon_name=icon, order=order)

    return hook


for entry in MENU:
    hooks.register("register_reports_menu_item", menu_item_hook(*entry))


@hooks.register("ecip_home_panels")
def coordinator_panel(request, home_page):
    """The coordinator starts here: what needs attention, and the way to the dashboard."""
    if not roles_for(request.user).is_coordinator:
        return ""
    from lms import progress

    selection = progress.Selection(request.user)
    jails = progress.annotated_jails(selection).filter(active=True)
    rows = [progress.JailRow(jail, cells=[], today=selection.today) for jail in jails]
    stale = [row for row in rows if row.is_stale]
    return render_to_string(
        "lms/reports/panels/coordinator.html",
        {
            "jails": len(rows),
            "stale": stale,
            "dashboard_url": reverse("delivery_reports:dashboard"),
        },
        request=request,
    )
