"""An instructor's own export: their jail's session logs, from the session history page.

Instructors have no admin access, so this is a front-end view; it uses the history
page's filters and the same columns and streaming code as the admin's session-log report.
"""

from django.http import HttpResponseBadRequest
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views import View

from lms import progress
from lms.filters import SessionHistoryFilter
from lms.models import SessionLog

from .exports import StreamingSpreadsheetExportMixin
from .report_views import (
    SessionLogReportView,
    session_log_export_queryset,
    session_log_preprocess,
)


class SessionHistoryExportView(StreamingSpreadsheetExportMixin, View):
    list_export = SessionLogReportView.list_export
    export_headings = SessionLogReportView.export_headings
    export_filename = SessionLogReportView.export_filename
    export_sheet_title = SessionLogReportView.export_sheet_title

    def get(self, request):
        export_format = request.GET.get("export", self.FORMAT_CSV)
        if export_format not in self.FORMATS:
            return HttpResponseBadRequest(
                _("Unknown export format %(format)r: use csv or xlsx.") % {"format": export_format},
                content_type="text/plain; charset=utf-8",
            )
        logs = SessionLog.objects.for_user(request.user)
        filters = SessionHistoryFilter(request.GET, queryset=logs, user=request.user)
        if not filters.is_valid():
            errors = "; ".join(str(e) for errors in filters.errors.values() for e in errors)
            return HttpResponseBadRequest(
                _("The export was not made because a filter is invalid: %(errors)s")
                % {"errors": errors},
                content_type="text/plain; charset=utf-8",
            )
        return self.as_spreadsheet(filters.qs, export_format)

    def get_filename(self):
        from django.utils import timezone

        return f"{self.export_filename}-{timezone.localdate().isoformat()}"

    def get_export_queryset(self, queryset):
        return session_log_export_queryset(queryset)

    @cached_property
    def custom_field_preprocess(self):
        return session_log_preprocess(progress.live_curriculum())
