import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from curriculum.models import ModulePage
from lms.models import ClassGroup, SessionLog
from lms.titles import shown_title


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
    )
    date_to = django_filters.DateFilter(
        field_name="delivered_on",
        lookup_expr="lte",
        label=_("To"),
        widget=forms.DateInput(attrs={"type": "date"}),
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
