"""Front-end pages for delivery (instructors mostly), under the language prefix."""

from django.urls import path

import lms.converters  # noqa: F401  (registers <record_id:>)
from lms import views
from lms.imports import views as import_views
from lms.reports.frontend import SessionHistoryExportView

app_name = "delivery"

urlpatterns = [
    path("my-jail/", views.my_jail, name="my_jail"),
    path("sessions/", views.session_history, name="session_history"),
    path("sessions/new/", views.log_session, name="log_session"),
    path("sessions/export/", SessionHistoryExportView.as_view(), name="export_sessions"),
    path("sessions/<record_id:pk>/", views.session_detail, name="session_detail"),
    path("sessions/<record_id:pk>/edit/", views.edit_session, name="edit_session"),
    path("class-groups/<record_id:pk>/register/", views.blank_register, name="blank_register"),
    path("import/", import_views.import_sessions, name="import_sessions"),
    path("import/confirm/", import_views.confirm_import, name="confirm_import"),
    path("import/template.csv", import_views.template_csv, name="import_template_csv"),
    path("import/template.xlsx", import_views.template_xlsx, name="import_template_xlsx"),
]
