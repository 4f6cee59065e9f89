import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from curriculum.models import ModulePage
from lms.models import ClassGroup, SessionLog
from lms.progress.periods import EARLIEST_DAY, latest_day
from lms.titles import shown_title


def check_period_day(day):
    """Every period filter's rule (docs/reports.md): a day from the programme's start to
    a year after today. Beyond it a mistyped year would select centuries of months."""
    last = latest_day(timezone.localdate())
    if not EARLIEST_DAY <= day <= last:
        raise ValidationError(
            _("Choose a date from %(first)s to %(last)s.")
            % {"first": date_format(EARLIEST_DAY, "j M Y"), "last": date_format(last, "j M Y")},
            code="out_of_range",
        )


def module_choices():
    """Modules of the source-language tree, by translation key (logs store that key),
    titled in the reader's language."""
    from django.conf import settings

    return [
        (str(key), title)
        for key, title in ModulePage.objects.live()
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .annotate(shown_title=shown_title())
        .order_by("path")
        .values_list("translation_key", "shown_title")
    ]


class SessionHistoryFilter(django_filters.FilterSet):
    """Filters for an instructor's session history; choices only from what they may see."""

    class_group = django_filters.ModelChoiceFilter(
        queryset=ClassGroup.objects.none(), label=_("Class group"), empty_label=_("All groups")
    )
    module = django_filters.ChoiceFilter(
        field_name="module_key", label=_("Module"), empty_label=_("All modules")
    )
    status = django_filters.ChoiceFilter(
        choices=SessionLog.Status.choices, label=_("Status"), empty_label=_("Any status")
    )
    date_from = django_filters.DateFilter(
        field_name="delivered_on",
        lookup_expr="gte",
        label=_("From"),
        widget=forms.DateInput(attrs={"type": "date"}),
        validators=[check_period_day],
    )
    date_to = django_filters.DateFilter(
        field_name="delivered_on",
        lookup_expr="lte",
        label=_("To"),
        widget=forms.DateInput(attrs={"type": "date"}),
        validators=[check_period_day],
    )

    class Meta:
        model = SessionLog
        fields = ["class_group", "module", "status", "date_from", "date_to"]

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["class_group"].queryset = ClassGroup.objects.for_user(user).select_related(
            "jail"
        )
        self.filters["module"].extra["choices"] = module_choices()
