"""The four exportable reports (session logs, jail coverage, observations, training
records) as Wagtail ReportViews, with CSV and XLSX downloads.

Each lists what `for_user` allows, narrowed by the same filters as the dashboard; an
export holds exactly the rows the listing pages through, streamed (see exports.py).
"""

from django.db.models import Case, F, FloatField, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Cast, Concat, Trim
from django.http import HttpResponseBadRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView

from lms import progress
from lms.models import Assignment, Jail, Observation, SessionLog, TrainingRecord
from lms.scoping import ScopedPermissionPolicy

from .exports import StreamingSpreadsheetExportMixin
from .filters import (
    DeliveryFilterSet,
    ObservationFilterSet,
    SessionLogFilterSet,
    TrainingRecordFilterSet,
)

STATUS_LABELS = dict(SessionLog.Status.choices)
REASON_LABELS = dict(SessionLog.Reason.choices)
KIND_LABELS = dict(Jail.Kind.choices)
TRAINING_STATUS_LABELS = dict(TrainingRecord.Status.choices)


def label(labels):
    return {"csv": lambda code: labels.get(code, code), "xlsx": lambda code: labels.get(code, code)}


def percent_of_share(value):
    return None if value is None else round(100 * value, 1)


def rounded(value):
    return None if value is None else round(value, 2)


def both(function):
    return {"csv": function, "xlsx": function}


def full_name(prefix):
    return Trim(Concat(F(f"{prefix}first_name"), Value(" "), F(f"{prefix}last_name")))


class DeliveryReportView(StreamingSpreadsheetExportMixin, ReportView):
    """A ReportView whose export streams, and whose filters never fail open: invalid
    filters list nothing and refuse to export, rather than exporting everything."""

    filterset_class = DeliveryFilterSet
    paginate_by = 50

    def get(self, request, *args, **kwargs):
        if self.is_export:
            if self.filters and not self.filters.is_valid():
                errors = "; ".join(
                    str(error) for errors in self.filters.form.errors.values() for error in errors
                )
                return HttpResponseBadRequest(
                    _("The export was not made because a filter is invalid: %(errors)s")
                    % {"errors": errors},
                    content_type="text/plain; charset=utf-8",
                )
            return self.as_spreadsheet(self.get_filtered_queryset(), request.GET["export"])
        return super().get(request, *args, **kwargs)

    @cached_property
    def curriculum(self):
        return progress.live_curriculum()

    def get_filterset_kwargs(self):
        return {**super().get_filterset_kwargs(), "curriculum": self.curriculum}

    def filter_queryset(self, queryset):
        if self.filters and not self.filters.is_valid():
            return queryset.none()
        return super().filter_queryset(queryset)

    def get_filename(self):
        return f"{self.export_filename}-{timezone.localdate().isoformat()}"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("delivery_reports:dashboard"), "label": _("Delivery dashboard")},
            {"url": "", "label": self.get_page_title()},
        ]


class SessionLogReportView(DeliveryReportView):
    page_title = _("Session logs")
    header_icon = "list-ul"
    model = SessionLog
    permission_policy = ScopedPermissionPolicy(SessionLog)
    any_permission_required = ["view"]
    filterset_class = SessionLogFilterSet
    index_url_name = "delivery_reports:session_logs"
    index_results_url_name = "delivery_reports:session_logs_results"
    export_filename = "ecip-session-logs"
    export_sheet_title = "Session logs"
    verbose_name = _("session log")
    verbose_name_plural = _("session logs")
    columns = [
        TitleColumn(
            "delivered_on",
            label=_("Date"),
            get_url=lambda log: reverse("delivery:session_detail", args=[log.pk]),
        ),
        Column("jail", label=_("Jail")),
        Column("lesson_code", label=_("Lesson")),
        Column("lesson_title", label=_("Title")),
        Column("class_group.label", label=_("Class group")),
        Column("get_status_display", label=_("Status")),
        Column("get_not_held_reason_display", label=_("Reason not held")),
        Column("children_total", label=_("Children")),
        Column("steps_summary", label=_("Steps done"), accessor=lambda log: steps_summary(log)),
        Column("instructor", label=_("Instructor")),
    ]
    list_export = [
        "id",
        "delivered_on",
        "jail__name",
        "jail__district",
        "jail__kind",
        "class_group__label",
        "instructor_name",
        "module_key",
        "lesson_code",
        "lesson_title",
        "status",
        "not_held_reason",
        "not_held_detail",
        "minutes",
        "children_10_13",
        "children_14_15",
        "children_16_17",
        "children_total",
        "steps_planned",
        "steps_done_count",
        "steps_share",
        "adaptations",
        "notes",
        "recorded_by__username",
        "recorded_at",
    ]
    export_headings = {
        "id": _("Log id"),
        "delivered_on": _("Date"),
        "jail__name": _("Jail"),
        "jail__district": _("District"),
        "jail__kind": _("Jail kind"),
        "class_group__label": _("Class group"),
        "instructor_name": _("Instructor"),
        "module_key": _("Module"),
        "lesson_code": _("Lesson code"),
        "lesson_title": _("Lesson title"),
        "status": _("Status"),
        "not_held_reason": _("Reason not held"),
        "not_held_detail": _("Other reason"),
        "minutes": _("Minutes"),
        "children_10_13": _("Children 10–13"),
        "children_14_15": _("Children 14–15"),
        "children_16_17": _("Children 16–17"),
        "children_total": _("Children present"),
        "steps_planned": _("Steps in the lesson"),
        "steps_done_count": _("Steps done"),
        "steps_share": _("Steps done (%)"),
        "adaptations": _("Adaptations"),
        "notes": _("Notes"),
        "recorded_by__username": _("Recorded by"),
        "recorded_at": _("Recorded at"),
    }

    def get_base_queryset(self):
        return (
            SessionLog.objects.for_user(self.request.user)
            .select_related("jail", "class_group", "instructor__user")
            .order_by("-delivered_on", "-pk")
        )

    def get_export_queryset(self, queryset):
        return session_log_export_queryset(queryset)

    @cached_property
    def custom_field_preprocess(self):
        return session_log_preprocess(self.curriculum)


def steps_summary(log):
    if not log.is_held or not log.steps_planned:
        return ""
    return f"{log.steps_done_count}/{log.steps_planned}"


def session_log_export_queryset(queryset):
    """Columns computed in the database, so exporting a log needs no Python per row
    beyond formatting its cells."""
    held_with_steps = Q(status__in=progress.HELD_STATUSES, steps_planned__gt=0)
    return (
        queryset.select_related(None)
        .order_by("-delivered_on", "-pk")
        .annotate(
            instructor_name=full_name("instructor__user__"),
            steps_share=Case(
                When(
                    held_with_steps,
                    then=Cast("steps_done_count", FloatField()) / F("steps_planned"),
                ),
                default=None,
                output_field=FloatField(),
            ),
        )
    )


def session_log_preprocess(curriculum):
    module_titles = {module.key: module.title for module in curriculum}
    return {
        "jail__kind": label(KIND_LABELS),
        "status": label(STATUS_LABELS),
        "not_held_reason": label(REASON_LABELS),
        "module_key": both(lambda key: module_titles.get(key, _("(module no longer live)"))),
        "steps_share": both(percent_of_share),
    }


class JailCoverageReportView(DeliveryReportView):
    """One row per jail: coverage per module and overall, reach, fidelity, training, and
    how long since its last session. Rows are bounded by the number of jails."""

    page_title = _("Jail coverage")
    header_icon = "table"
    model = SessionLog
    permission_policy = ScopedPermissionPolicy(SessionLog)
    any_permission_required = ["view"]
    index_url_name = "delivery_reports:jail_coverage"
    index_results_url_name = "delivery_reports:jail_coverage_results"
    export_filename = "ecip-jail-coverage"
    export_sheet_title = "Jail coverage"
    verbose_name = _("jail")
    verbose_name_plural = _("jails")
    paginate_by = None

    def get_queryset(self):
        if not self.filters.is_valid():
            return []
        board = progress.dashboard(self.filters.selection(), self.curriculum)
        self.filters.set_district_choices(board.all_districts)
        return board.rows

    def filter_queryset(self, queryset):
        return queryset

    @cached_property
    def modules(self):
        if self.filters.is_valid():
            return self.filters.selection().curriculum_shown(self.curriculum)
        return []

    @property
    def columns(self):
        return [
            TitleColumn(
                "jail.name",
                label=_("Jail"),
                get_url=lambda row: (
                    reverse("delivery_reports:jail", args=[row.jail.pk])
                    + "?"
                    + self.filters.query_string(district="", kind="")
                ),
            ),
            Column("jail.district", label=_("District")),
            Column("jail.get_kind_display", label=_("Kind")),
            *[
                Column(f"cells.{index}.percent", label=f"{module.title} (%)")
                for index, module in enumerate(self.modules)
            ],
            Column("percent", label=_("Coverage (%)")),
            Column("tally.held", label=_("Held")),
            Column("tally.not_held", label=_("Not held")),
            Column("tally.children", label=_("Children reached")),
            Column(
                "fidelity",
                label=_("Steps done (%)"),
                accessor=lambda row: percent_of_share(row.tally.fidelity),
            ),
            Column("jail.last_held_on", label=_("Last session")),
            Column("days_since", label=_("Days since")),
        ]

    @property
    def list_export(self):
        return [
            "jail.name",
            "jail.district",
            "jail.kind",
            "jail.active",
            *[f"cells.{index}.percent" for index in range(len(self.modules))],
            *[f"cells.{index}.partly" for index in range(len(self.modules))],
            "covered",
            "partly",
            "total",
            "percent",
            "tally.delivered",
            "tally.partly",
            "tally.not_held",
            "tally.children",
            "tally.fidelity",
            "observed.count",
            "observed.mean_score",
            "training.instructor_count",
            "training.trained_count",
            "training.share",
            "jail.last_held_on",
            "days_since",
            "is_stale",
            "stopped_because",
        ]

    @property
    def export_headings(self):
        headings = {
            "jail.name": _("Jail"),
            "jail.district": _("District"),
            "jail.kind": _("Jail kind"),
            "jail.active": _("Active"),
            "covered": _("Lessons covered"),
            "partly": _("Of which only partly"),
            "total": _("Live lessons"),
            "percent": _("Coverage (%)"),
            "tally.delivered": _("Sessions delivered"),
            "tally.partly": _("Sessions partly delivered"),
            "tally.not_held": _("Sessions not held"),
            "tally.children": _("Children reached (child-sessions)"),
            "tally.fidelity": _("Steps done (%)"),
            "observed.count": _("Observations"),
            "observed.mean_score": _("Mean observation score (1–4)"),
            "training.instructor_count": _("Instructors serving"),
            "training.trained_count": _("Instructors fully trained"),
            "training.share": _("Training completion (%)"),
            "jail.last_held_on": _("Last held session"),
            "days_since": _("Days since"),
            "is_stale": _("Stale"),
            "stopped_because": _("Latest log: not held because"),
        }
        for index, module in enumerate(self.modules):
            headings[f"cells.{index}.percent"] = f"{module.title} (%)"
            headings[f"cells.{index}.partly"] = _("%(module)s: lessons only partly") % {
                "module": module.title
            }
        return headings

    custom_field_preprocess = {
        "jail.kind": label(KIND_LABELS),
        "tally.fidelity": both(percent_of_share),
        "training.share": both(percent_of_share),
        "observed.mean_score": both(rounded),
        "stopped_because": label(REASON_LABELS),
    }


class ObservationReportView(DeliveryReportView):
    page_title = _("Observations")
    header_icon = "view"
    model = Observation
    permission_policy = ScopedPermissionPolicy(Observation)
    any_permission_required = ["view"]
    filterset_class = ObservationFilterSet
    index_url_name = "delivery_reports:observations"
    index_results_url_name = "delivery_reports:observations_results"
    export_filename = "ecip-observations"
    export_sheet_title = "Observations"
    verbose_name = _("observation")
    verbose_name_plural = _("observations")
    columns = [
        TitleColumn(
            "session.delivered_on",
            label=_("Session date"),
            get_url=lambda o: reverse("delivery:session_detail", args=[o.session_id]),
        ),
        Column("session.jail", label=_("Jail")),
        Column("session.lesson_code", label=_("Lesson")),
        Column("session.instructor", label=_("Instructor")),
        Column("observer", label=_("Observer")),
        Column("score_total", label=_("Total (5–20)")),
        Column("mean_score", label=_("Mean (1–4)")),
        DateColumn("created_at", label=_("Recorded")),
    ]
    list_export = [
        "session__delivered_on",
        "session__jail__name",
        "session__jail__district",
        "session__lesson_code",
        "session__lesson_title",
        "instructor_name",
        "observer_name",
        *[name for name, _label in Observation.RUBRIC],
        "score_total",
        "score_mean",
        "comments",
        "created_at",
    ]
    export_headings = {
        "session__delivered_on": _("Session date"),
        "session__jail__name": _("Jail"),
        "session__jail__district": _("District"),
        "session__lesson_code": _("Lesson code"),
        "session__lesson_title": _("Lesson title"),
        "instructor_name": _("Instructor"),
        "observer_name": _("Observer"),
        **dict(Observation.RUBRIC),
        "score_total": _("Total score (5–20)"),
        "score_mean": _("Mean score (1–4)"),
        "comments": _("Comments"),
        "created_at": _("Recorded at"),
    }
    custom_field_preprocess = {"score_mean": both(rounded)}

    def get_base_queryset(self):
        return (
            Observation.objects.for_user(self.request.user)
            .select_related("session__jail", "session__instructor__user", "observer")
            .order_by("-session__delivered_on", "-pk")
        )

    def get_export_queryset(self, queryset):
        return (
            queryset.select_related(None)
            .order_by("-session__delivered_on", "-pk")
            .annotate(
                instructor_name=full_name("session__instructor__user__"),
                observer_name=full_name("observer__"),
                score_mean=Cast("score_total", FloatField()) / len(Observation.RUBRIC),
            )
        )


class TrainingRecordReportView(DeliveryReportView):
    page_title = _("Training records")
    header_icon = "user"
    model = TrainingRecord
    permission_policy = ScopedPermissionPolicy(TrainingRecord)
    any_permission_required = ["view"]
    filterset_class = TrainingRecordFilterSet
    index_url_name = "delivery_reports:training_records"
    index_results_url_name = "delivery_reports:training_records_results"
    export_filename = "ecip-training-records"
    export_sheet_title = "Training records"
    verbose_name = _("training record")
    verbose_name_plural = _("training records")
    columns = [
        Column("instructor", label=_("Instructor")),
        Column("current_jail", label=_("Serves at")),
        Column("module_title", label=_("Training module")),
        Column("attended_on", label=_("Date")),
        Column("get_status_display", label=_("Status")),
        Column("pre_score", label=_("Pre-assessment")),
        Column("post_score", label=_("Post-assessment")),
    ]
    list_export = [
        "instructor_name",
        "instructor__user__username",
        "current_jail",
        "module_title",
        "attended_on",
        "status",
        "pre_score",
        "post_score",
        "recorded_at",
    ]
    export_headings = {
        "instructor_name": _("Instructor"),
        "instructor__user__username": _("Username"),
        "current_jail": _("Serves at (period end)"),
        "module_title": _("Training module"),
        "attended_on": _("Date"),
        "status": _("Status"),
        "pre_score": _("Pre-assessment score"),
        "post_score": _("Post-assessment score"),
        "recorded_at": _("Recorded at"),
    }
    custom_field_preprocess = {"status": label(TRAINING_STATUS_LABELS)}

    def current_jail(self):
        day = self.filters.selection().reference_day if self.filters.is_valid() else None
        serving = Assignment.objects.covering(day or timezone.localdate()).filter(
            instructor=OuterRef("instructor")
        )
        return Subquery(serving.order_by("jail__name").values("jail__name")[:1])

    def get_base_queryset(self):
        return (
            TrainingRecord.objects.for_user(self.request.user)
            .select_related("instructor__user")
            .annotate(current_jail=self.current_jail())
            .order_by("-attended_on", "-pk")
        )

    def get_export_queryset(self, queryset):
        return (
            queryset.select_related(None)
            .annotate(instructor_name=full_name("instructor__user__"))
            .order_by("-attended_on", "-pk")
        )
