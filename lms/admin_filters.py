"""Filters of the coordinators' session-log listing in the Wagtail admin.

Choices come only from what the user may see (lms.scoping), so a filter never names a
jail or district outside their scope.
"""

import django_filters
from django.utils.translation import gettext_lazy as _
from django_filters.fields import DateRangeField
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet

from lms.filters import check_period_day, module_choices
from lms.models import Jail, SessionLog


class PeriodRangeField(DateRangeField):
    """Both ends checked like every other period filter, each error beside its date."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields:
            field.validators.append(check_period_day)


class PeriodRangeFilter(django_filters.DateFromToRangeFilter):
    field_class = PeriodRangeField


class SessionLogAdminFilterSet(WagtailFilterSet):
    district = django_filters.ChoiceFilter(
        field_name="jail__district", label=_("District"), empty_label=_("All districts")
    )
    jail = django_filters.ModelChoiceFilter(
        queryset=Jail.objects.none(), label=_("Jail"), empty_label=_("All jails")
    )
    module = django_filters.ChoiceFilter(
        field_name="module_key", label=_("Module"), empty_label=_("All modules")
    )
    status = django_filters.ChoiceFilter(
        choices=SessionLog.Status.choices, label=_("Status"), empty_label=_("Any status")
    )
    delivered_on = PeriodRangeFilter(label=_("Date"), widget=DateRangePickerWidget)

    class Meta:
        model = SessionLog
        fields = ["district", "jail", "module", "status", "delivered_on"]

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None):
        super().__init__(data, queryset, request=request, prefix=prefix)
        jails = Jail.objects.for_user(request.user)
        self.filters["jail"].queryset = jails
        self.filters["district"].extra["choices"] = [
            (district, district)
            for district in jails.order_by("district").values_list("district", flat=True).distinct()
        ]
        self.filters["module"].extra["choices"] = module_choices()
