"""Formatting for the delivery reports: percentages, labels, heatmap cells."""

import math

from django import template
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
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
def heat_cells(row):
    """A jail's heatmap cells: colour class, the visible figure, and a sentence for screen
    readers (the row and column headers name the jail and the module).

    Built in Python rather than with a template per cell: a national dashboard has some
    two thousand of them.
    """
    # The sentences are translated once per row, not once per cell; numbers need no escaping.
    no_lessons = format_html(
        '<td class="heat heat--none"><span aria-hidden="true">–</span>'
        '<span class="w-sr-only">{}</span></td>',
        _("no live lessons"),
    )
    taught = escape(_("%(covered)d of %(total)d lessons taught"))
    only_partly = escape(_(", %(partly)d only partly"))
    cells = []
    for cell in row.cells:
        if not cell.total:
            cells.append(no_lessons)
            continue
        spoken = taught % {"covered": cell.covered, "total": cell.total}
        if cell.partly:
            spoken += only_partly % {"partly": cell.partly}
        cells.append(
            f'<td class="heat heat--{cell.bucket}"><span aria-hidden="true">{cell.percent}%'
            f'{"*" if cell.partly else ""}</span><span class="w-sr-only">{spoken}</span></td>'
        )
    return mark_safe("".join(cells))  # translations escaped above; the rest are numbers
