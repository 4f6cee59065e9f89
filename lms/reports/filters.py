"""The report filters: date range (last six months unless changed), district, jail kind,
module; and, for session logs, jail, lesson and status.

The filter form only validates; `selection()` turns it into a `progress.Selection`, which
does the filtering, so the dashboard, every report and every export filter alike.
"""

import uuid

import django_filters
from django import forms
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from lms import progress
from lms.filters import check_period_day
from lms.models import Jail, Observation, SessionLog, TrainingRecord


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


class PeriodForm(forms.Form):
    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and start > end:
            raise forms.ValidationError(
                _("The start date (%(start)s) is after the end date (%(end)s).")
                % {"start": start.isoformat(), "end": end.isoformat()}
            )
        return cleaned


def noop(queryset, name, value):
    """Filtering is the Selection's job; the filter only declares and validates the field."""
    return queryset


class DeliveryFilterSet(django_filters.FilterSet):
    """Declares the shared filters; `filter_queryset` applies them through a Selection.

    The dates default to the last six months when the request does not mention them;
    an empty date in the request means "no limit", so clearing a field widens the range.
    """

    # The browser's own date picker: Wagtail's AdminDateInput draws an inline script,
    # which a Content-Security-Policy without 'unsafe-inline' blocks.
    date_from = django_filters.DateFilter(
        label=_("From"),
        method=noop,
        widget=DateInput,
        help_text=_("First day included."),
        validators=[check_period_day],
    )
    date_to = django_filters.DateFilter(
        label=_("To"),
        method=noop,
        widget=DateInput,
        help_text=_("Last day included."),
        validators=[check_period_day],
    )
    # Any text validates (a district with no jail simply selects none); the choices are
    # listed only when the form is drawn, so a screen that already has the jails can
    # supply them without another query (see `set_district_choices`).
    district = django_filters.CharFilter(label=_("District"), method=noop)
    kind = django_filters.ChoiceFilter(
        label=_("Jail kind"), choices=Jail.Kind.choices, method=noop, empty_label=_("All kinds")
    )
    module = django_filters.ChoiceFilter(
        label=_("Module"), method=noop, empty_label=_("All modules")
    )

    # How the filtered model reaches a session log ("" for logs themselves).
    log_prefix = ""

    class Meta:
        model = SessionLog
        fields = []
        form = PeriodForm

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None, curriculum=None):
        self.today = timezone.localdate()
        defaults = {"date_from": progress.default_start(self.today), "date_to": self.today}
        data = data.copy() if data is not None else {}
        for name, value in defaults.items():
            if name not in data:
                data[name] = value.isoformat()
        super().__init__(data, queryset, request=request, prefix=prefix)
        self.user = request.user
        self.curriculum = progress.live_curriculum() if curriculum is None else curriculum
        for name, value in defaults.items():
            self.filters[name].extra["initial"] = value
        self.filters["district"].extra["widget"] = forms.Select(choices=self._district_choices)
        if "module" in self.filters:
            self.filters["module"].extra["choices"] = [
                (str(module.key), module.title) for module in self.curriculum
            ]

    def _district_choices(self):
        districts = (
            Jail.objects.for_user(self.user)
            .order_by("district")
            .values_list("district", flat=True)
            .distinct()
        )
        return self.district_choices(districts)

    def district_choices(self, districts):
        return [("", _("All districts")), *((district, district) for district in districts)]

    def set_district_choices(self, districts):
        self.form.fields["district"].widget.choices = self.district_choices(districts)

    def selection(self):
        """The Selection these (valid) filters describe."""
        data = self.form.cleaned_data
        module = data.get("module")
        return progress.Selection(
            self.user,
            start=data.get("date_from"),
            end=data.get("date_to"),
            district=data.get("district") or "",
            kind=data.get("kind") or "",
            module_key=uuid.UUID(module) if module else None,
            today=self.today,
        )

    def filter_queryset(self, queryset):
        return self.selection().restrict_logs(queryset, prefix=self.log_prefix)

    def query_string(self, **changes):
        """The current filters as a query string, with some values changed or added."""
        params = {name: self.form.data.get(name, "") for name in self.filters}
        params.update(changes)
        return urlencode({name: value for name, value in params.items() if value is not None})


class SessionLogFilterSet(DeliveryFilterSet):
    jail = django_filters.ModelChoiceFilter(
        label=_("Jail"), queryset=Jail.objects.none(), empty_label=_("All jails")
    )
    lesson = django_filters.ChoiceFilter(
        label=_("Lesson"), field_name="lesson_key", empty_label=_("All lessons")
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=SessionLog.Status.choices, empty_label=_("Any status")
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["jail"].queryset = Jail.objects.for_user(self.user)
        choices = [
            (str(lesson.key), f"{lesson.code} {lesson.title}")
            for module in self.curriculum
            for lesson in module.lessons
        ]
        asked = self.data.get("lesson")
        if asked and asked not in dict(choices) and _is_uuid(asked):
            # A drill-down link to a lesson that is no longer live.
            choices.append((asked, _("A lesson no longer in the curriculum")))
        self.filters["lesson"].extra["choices"] = choices

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        data = self.form.cleaned_data
        if data.get("jail"):
            queryset = queryset.filter(jail=data["jail"])
        if data.get("lesson"):
            queryset = queryset.filter(lesson_key=uuid.UUID(data["lesson"]))
        if data.get("status"):
            queryset = queryset.filter(status=data["status"])
        return queryset


class ObservationFilterSet(DeliveryFilterSet):
    log_prefix = "session__"

    class Meta(DeliveryFilterSet.Meta):
        model = Observation


class TrainingRecordFilterSet(DeliveryFilterSet):
    """Dates are attendance dates; district and kind are those of the jail served on the
    period's last day. Curriculum modules do not apply to training."""

    module = None

    class Meta(DeliveryFilterSet.Meta):
        model = TrainingRecord

    def filter_queryset(self, queryset):
        return self.selection().restrict_training(queryset)


def _is_uuid(value):
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return True
