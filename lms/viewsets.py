"""The coordinators' admin: one "ECIP" menu of delivery records in the Wagtail admin.

Every screen is scoped by lms.scoping (see lms/admin_views.py and lms/permissions.py):
coordinators manage everything; trainers read everything and record observations and
training; instructors and reviewers do not see the menu. Wagtail's generic views write
an audit-log entry for every create, update and delete, shown in each record's history.
"""

from django.contrib.auth.models import Permission
from django.db.models import OuterRef, Subquery
from django.utils import timezone
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from lms.admin_filters import SessionLogAdminFilterSet
from lms.admin_forms import (
    ClassGroupAdminForm,
    InstructorAdminForm,
    ObservationAdminForm,
    SessionLogAdminForm,
    TrainingRecordAdminForm,
)
from lms.admin_views import (
    ObservationCreateView,
    ScopedDeleteView,
    ScopedEditView,
    ScopedHistoryView,
    ScopedIndexView,
    ScopedInspectView,
    SessionLogCreateView,
    SessionLogEditView,
    SessionLogInspectView,
)
from lms.models import (
    Assignment,
    ClassGroup,
    Instructor,
    Jail,
    Observation,
    SessionLog,
    TrainingRecord,
)


class ObjectListWithHiddenFields(ObjectList):
    """An ObjectList that also renders the form's hidden inputs that no panel shows (the
    session log's submission key and version are not editable model fields)."""

    class BoundPanel(ObjectList.BoundPanel):
        def render_html(self, parent_context=None):
            shown = set(self.panel.get_form_options().get("fields", []))
            hidden = format_html_join(
                "",
                "{}",
                ((field,) for field in self.form.hidden_fields() if field.name not in shown),
            )
            return hidden + super().render_html(parent_context)


class ScopedModelViewSet(ModelViewSet):
    """A ModelViewSet whose every view goes through lms.scoping."""

    index_view_class = ScopedIndexView
    edit_view_class = ScopedEditView
    delete_view_class = ScopedDeleteView
    inspect_view_class = ScopedInspectView
    history_view_class = ScopedHistoryView
    # Trainers read records they may not change: the inspect view is their page.
    inspect_view_enabled = True
    # Copying a delivery record would only make a duplicate of history.
    copy_view_enabled = False
    # Deletion is guarded by counting protecting rows (ScopedDeleteView), which also sees
    # rows made in bulk; Wagtail's reference index would not.
    add_to_reference_index = False
    search_backend_name = None
    list_select_related = ()
    delete_hint = ""

    def get_permissions_to_register(self):
        # Access is decided by lms.scoping.RULES, not Django model permissions: showing
        # lms.* checkboxes on the group editor would suggest otherwise.
        return Permission.objects.none()

    def get_common_view_kwargs(self, **kwargs):
        view_kwargs = super().get_common_view_kwargs(**kwargs)
        view_kwargs["usage_url_name"] = None
        return view_kwargs

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(list_select_related=self.list_select_related, **kwargs)

    def get_delete_view_kwargs(self, **kwargs):
        return super().get_delete_view_kwargs(delete_hint=self.delete_hint, **kwargs)

    def get_urlpatterns(self):
        return [
            pattern
            for pattern in super().get_urlpatterns()
            if pattern.name not in {"usage", "copy"}
        ]


class JailViewSet(ScopedModelViewSet):
    name = "jails"
    url_prefix = "ecip/jails"
    model = Jail
    icon = "home"
    menu_order = 1
    list_display = ["name", "district", Column("kind", accessor="get_kind_display")]
    list_filter = ["district", "kind", "active"]
    search_fields = ["name", "district"]
    panels = [FieldPanel("name"), FieldPanel("district"), FieldPanel("kind"), FieldPanel("active")]
    inspect_view_fields = ["name", "district", "kind", "active"]
    delete_hint = _(
        "Untick “active” instead: the jail keeps its history and takes no new sessions."
    )


class InstructorIndexView(ScopedIndexView):
    def get_base_queryset(self):
        current = Assignment.objects.current(timezone.localdate()).filter(instructor=OuterRef("pk"))
        return (
            super()
            .get_base_queryset()
            .annotate(serves_at=Subquery(current.values("jail__name")[:1]))
        )


class InstructorViewSet(ScopedModelViewSet):
    name = "instructors"
    url_prefix = "ecip/instructors"
    model = Instructor
    icon = "user"
    menu_order = 2
    index_view_class = InstructorIndexView
    list_select_related = ["user"]
    list_display = [
        "__str__",
        Column("username", label=_("Username"), accessor="user.username"),
        Column("serves_at", label=_("Serves at today"), sort_key="serves_at"),
        BooleanColumn("active", label=_("Active")),
    ]
    list_filter = ["active"]
    search_fields = ["user__username", "user__first_name", "user__last_name"]
    edit_handler = ObjectList(
        [
            FieldPanel("user"),
            FieldPanel("active"),
            InlinePanel(
                "assignments",
                heading=_("Jail assignments"),
                label=_("assignment"),
                help_text=_(
                    "Where the instructor serves, from when to when. On a transfer, give the "
                    "old assignment an end date and add the new one; never overlap them."
                ),
            ),
        ],
        base_form_class=InstructorAdminForm,
    )
    inspect_view_fields = ["user", "active", "assignments"]
    delete_hint = _(
        "Untick “active” instead: the instructor keeps their history and can no longer log."
    )


class ClassGroupViewSet(ScopedModelViewSet):
    name = "class_groups"
    url_prefix = "ecip/class-groups"
    model = ClassGroup
    icon = "group"
    menu_order = 3
    list_select_related = ["jail"]
    list_display = [
        "label",
        Column("jail", label=_("Jail"), accessor="jail.name", sort_key="jail__name"),
        DateColumn("starts_on", label=_("Starts on"), sort_key="starts_on"),
        DateColumn("ends_on", label=_("Ends on"), sort_key="ends_on"),
    ]
    list_filter = ["jail__district", "jail"]
    search_fields = ["label", "jail__name"]
    edit_handler = ObjectList(
        [
            FieldPanel("jail"),
            FieldPanel("label"),
            FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
        ],
        base_form_class=ClassGroupAdminForm,
    )
    inspect_view_fields = ["jail", "label", "starts_on", "ends_on"]
    delete_hint = _("Give the group an end date instead: its sessions stay in the record.")


class SessionLogViewSet(ScopedModelViewSet):
    name = "session_logs"
    url_prefix = "ecip/session-logs"
    model = SessionLog
    icon = "date"
    menu_order = 4
    add_view_class = SessionLogCreateView
    edit_view_class = SessionLogEditView
    inspect_view_class = SessionLogInspectView
    filterset_class = SessionLogAdminFilterSet
    list_per_page = 50
    list_select_related = ["jail", "class_group"]
    list_display = [
        "delivered_on",
        Column("jail", label=_("Jail"), accessor="jail.name", sort_key="jail__name"),
        Column(
            "class_group",
            label=_("Class group"),
            accessor="class_group.label",
            sort_key="class_group__label",
        ),
        Column(
            "lesson",
            label=_("Lesson"),
            accessor=lambda log: f"{log.lesson_code} · {log.lesson_title}",
            sort_key="lesson_code",
        ),
        Column("status", label=_("Status"), accessor="get_status_display", sort_key="status"),
        Column("children_total", label=_("Children"), sort_key="children_total"),
    ]
    search_fields = ["lesson_code", "lesson_title", "class_group__label", "jail__name"]
    edit_handler = ObjectListWithHiddenFields(
        [
            MultiFieldPanel(
                [FieldPanel("instructor"), FieldPanel("class_group"), FieldPanel("delivered_on")],
                heading=_("Who taught, which group, when"),
            ),
            FieldPanel("lesson"),
            FieldPanel("status"),
            FieldPanel("minutes"),
            MultiFieldPanel(
                [
                    FieldRowPanel(
                        [
                            FieldPanel("children_10_13"),
                            FieldPanel("children_14_15"),
                            FieldPanel("children_16_17"),
                        ]
                    )
                ],
                heading=_("Children present"),
                help_text=_("Counts only, never names. All 0 when the session was not held."),
            ),
            MultiFieldPanel(
                [FieldPanel("not_held_reason"), FieldPanel("not_held_detail")],
                heading=_("If the session was not held"),
            ),
            FieldPanel("steps_done"),
            FieldPanel("adaptations"),
            FieldPanel("notes"),
        ],
        base_form_class=SessionLogAdminForm,
    )
    inspect_view_fields = [
        "delivered_on",
        "jail",
        "class_group",
        "instructor",
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
        "adaptations",
        "notes",
        "recorded_by",
        "recorded_at",
        "updated_at",
    ]
    delete_hint = _("Delete its observations first, if the log itself is wrong.")


class ObservationViewSet(ScopedModelViewSet):
    name = "observations"
    url_prefix = "ecip/observations"
    model = Observation
    icon = "view"
    menu_order = 5
    add_view_class = ObservationCreateView
    list_select_related = ["session__class_group", "session__jail", "observer"]
    list_display = [
        "session",
        Column("jail", label=_("Jail"), accessor="session.jail.name"),
        Column("observer", label=_("Observer"), accessor="observer.get_full_name"),
        Column("score_total", label=_("Total score (5–20)"), sort_key="score_total"),
        DateColumn("created_at", label=_("Recorded"), sort_key="created_at"),
    ]
    search_fields = ["session__lesson_code", "session__class_group__label"]
    edit_handler = ObjectList(
        [
            FieldPanel("session"),
            MultiFieldPanel(
                [
                    FieldPanel("preparation"),
                    FieldPanel("adherence"),
                    FieldPanel("engagement"),
                    FieldPanel("climate"),
                    FieldPanel("time_management"),
                ],
                heading=_("Fidelity rubric"),
            ),
            FieldPanel("comments"),
        ],
        base_form_class=ObservationAdminForm,
    )
    inspect_view_fields = [
        "session",
        "observer",
        "preparation",
        "adherence",
        "engagement",
        "climate",
        "time_management",
        "score_total",
        "comments",
        "created_at",
    ]


class TrainingRecordViewSet(ScopedModelViewSet):
    name = "training_records"
    url_prefix = "ecip/training-records"
    model = TrainingRecord
    icon = "doc-full"
    menu_order = 6
    list_select_related = ["instructor__user"]
    list_display = [
        "instructor",
        Column("module_title", label=_("Training module"), sort_key="module_title"),
        DateColumn("attended_on", label=_("Attended on"), sort_key="attended_on"),
        Column("status", label=_("Status"), accessor="get_status_display", sort_key="status"),
        Column("pre_score", label=_("Pre"), sort_key="pre_score"),
        Column("post_score", label=_("Post"), sort_key="post_score"),
    ]
    list_filter = ["status"]
    search_fields = ["module_title", "instructor__user__username", "instructor__user__last_name"]
    edit_handler = ObjectList(
        [
            FieldPanel("instructor"),
            FieldPanel("training_module"),
            FieldRowPanel([FieldPanel("attended_on"), FieldPanel("status")]),
            FieldRowPanel([FieldPanel("pre_score"), FieldPanel("post_score")]),
        ],
        base_form_class=TrainingRecordAdminForm,
    )
    inspect_view_fields = [
        "instructor",
        "module_title",
        "attended_on",
        "status",
        "pre_score",
        "post_score",
        "recorded_by",
        "recorded_at",
    ]


class DeliveryViewSetGroup(ModelViewSetGroup):
    """The one "ECIP" admin menu; shown to whoever may see at least one of its screens."""

    menu_label = _("ECIP")
    menu_icon = "site"
    menu_order = 150
    items = (
        JailViewSet,
        InstructorViewSet,
        ClassGroupViewSet,
        SessionLogViewSet,
        ObservationViewSet,
        TrainingRecordViewSet,
    )


delivery_viewsets = DeliveryViewSetGroup()
