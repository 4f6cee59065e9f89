"""Formatting for the delivery reports: percentages, labels, heatmap cells."""

import math

from django import template
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from lms.progress import reason_label
from lms.progress.jail import DELIVERED, NOT_HELD, NOT_YET, PARTLY

register = template.Library()

STATE_LABELS = {
    DELIVERED: gettext_lazy("Delivered"),
    PARTLY: gettext_lazy("Partly delivered"),
    NOT_HELD: gettext_lazy("Not held"),
    NOT_YET: gettext_lazy("Not yet"),
}


@register.filter
def share_percent(value):
    """A share (0-1) as a whole percent rounded down, or a dash when there is none."""
    if value is None:
        return "–"
    return f"{math.floor(value * 100 + 1e-9)}%"


@register.filter
def score(value):
    return "–" if value is None else f"{value:.1f}"


@register.filter
def reason(code):
    return reason_label(code)


@register.filter
def state_label(state):
    return STATE_LABELS.get(state, state)


@register.simple_tag
def heat_cell(row, cell, url):
    """One heatmap cell: colour class, the visible figure, and a sentence for screen readers.

    Built in Python rather than a template include because a national dashboard has
    some two thousand of them.
    """
    if not cell.total:
        return format_html(
            '<td class="heat heat--none"><span aria-hidden="true">–</span>'
            '<span class="w-sr-only">{}</span></td>',
            _("%(module)s has no live lessons") % {"module": cell.module.title},
        )
    spoken = _("%(jail)s, %(module)s: %(covered)d of %(total)d lessons taught (%(percent)d%%)") % {
        "jail": row.jail.name,
        "module": cell.module.title,
        "covered": cell.covered,
        "total": cell.total,
        "percent": cell.percent,
    }
    if cell.partly:
        spoken += _(", %(partly)d of them only partly") % {"partly": cell.partly}
    return format_html(
        '<td class="heat heat--{}"><a href="{}"><span aria-hidden="true">{}%{}</span>'
        '<span class="w-sr-only">{}</span></a></td>',
        cell.bucket,
        url,
        cell.percent,
        "*" if cell.partly else "",
        spoken,
    )
