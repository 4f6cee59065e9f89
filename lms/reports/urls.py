"""Admin URLs of the delivery reports (mounted under /admin/reports/delivery/)."""

from django.urls import path

import lms.converters  # noqa: F401  (registers <record_id:>)

from . import report_views, views

app_name = "delivery_reports"


def report(prefix, view_class, name):
    return [
        path(f"{prefix}/", view_class.as_view(), name=name),
        path(f"{prefix}/results/", view_class.as_view(results_only=True), name=f"{name}_results"),
    ]


urlpatterns = [
    path("", views.DashboardView.as_view(), name="dashboard"),
    path("jails/<record_id:pk>/", views.JailReportView.as_view(), name="jail"),
    *report("session-logs", report_views.SessionLogReportView, "session_logs"),
    *report("jail-coverage", report_views.JailCoverageReportView, "jail_coverage"),
    *report("observations", report_views.ObservationReportView, "observations"),
    *report("training-records", report_views.TrainingRecordReportView, "training_records"),
]
