"""Charts drawn on the server as SVG: no chart library, no CDN, no script, no inline style.

Python works out the geometry from the dashboard's aggregated figures; templates under
templates/lms/reports/charts/ draw it, colouring by CSS class (static/css/reports.css),
so the page works under a Content-Security-Policy without 'unsafe-inline'. Every chart
comes with a table of the same numbers for screen readers and for copying.
"""

from dataclasses import dataclass, field

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from lms.progress import floor_percent, reason_label


def month_label(month):
    return date_format(month, "M Y")


def coordinate(value):
    """SVG coordinates to one decimal, formatted here: cheaper than a template filter on
    each of hundreds of bars, and never localised (no decimal comma in SVG)."""
    return f"{value:.1f}"


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    css: str
    label: str  # the <title> a pointer or screen reader gets

    def __post_init__(self):
        self.x, self.y = coordinate(self.x), coordinate(self.y)
        self.width, self.height = coordinate(self.width), coordinate(self.height)


@dataclass
class SmallMultiple:
    """One district's sessions per month, on the scale shared by all districts."""

    title: str
    bars: list
    summary: str


@dataclass
class Chart:
    title: str
    summary: str
    headers: list
    rows: list  # table view: lists of cells
    width: int = 640
    height: int = 220
    parts: dict = field(default_factory=dict)


PLOT_LEFT, PLOT_TOP, PLOT_BOTTOM = 40, 10, 30
# Room right of the last point for its month label ("Dec 2026"), centred on the point.
PLOT_RIGHT = 40


def sessions_by_district(board):
    """Small multiples: one bar chart per district, held stacked on not held."""
    months = board.months
    width, height = 220, 90
    plot_height = height - 20
    peak = max(
        (
            tally.sessions
            for per_month in board.by_district.values()
            for tally in per_month.values()
        ),
        default=0,
    )
    step = (width - 10) / max(len(months), 1)
    multiples = []
    rows = []
    for district in board.districts:
        per_month = board.by_district[district]
        bars = []
        row = [district]
        held_total = not_held_total = 0
        for index, month in enumerate(months):
            tally = per_month.get(month)
            held = tally.held if tally else 0
            not_held = tally.not_held if tally else 0
            held_total += held
            not_held_total += not_held
            row.append(f"{held} / {not_held}")
            if not peak:
                continue
            x = 5 + index * step + step * 0.15
            bar_width = step * 0.7
            held_height = plot_height * held / peak
            not_held_height = plot_height * not_held / peak
            base = height - 15
            label = _("%(month)s: %(held)d held, %(not_held)d not held") % {
                "month": month_label(month),
                "held": held,
                "not_held": not_held,
            }
            bars.append(
                Bar(x, base - held_height, bar_width, held_height, "chart-bar--held", label)
            )
            bars.append(
                Bar(
                    x,
                    base - held_height - not_held_height,
                    bar_width,
                    not_held_height,
                    "chart-bar--not-held",
                    label,
                )
            )
        summary = _("%(district)s: %(held)d sessions held, %(not_held)d not held") % {
            "district": district,
            "held": held_total,
            "not_held": not_held_total,
        }
        multiples.append(SmallMultiple(district, bars, summary))
        rows.append(row)
    return Chart(
        title=_("Sessions per month, by district"),
        summary=_(
            "Held sessions (dark) stacked under sessions not held (light), one chart per "
            "district, all on the same scale (tallest bar: %(peak)d sessions)."
        )
        % {"peak": peak},
        headers=[_("District")] + [month_label(m) for m in months],
        rows=rows,
        width=width,
        height=height,
        parts={"multiples": multiples, "first_month": months[0] if months else None},
    )


def coverage_over_time(board):
    """A line: share of (jail, live lesson) pairs reached, month by month, cumulatively."""
    points = board.coverage_by_month
    width, height = 640, 220
    plot_width = width - PLOT_LEFT - PLOT_RIGHT
    plot_height = height - PLOT_TOP - PLOT_BOTTOM
    step = plot_width / max(len(points) - 1, 1)
    coordinates = []
    rows = []
    for index, (month, reached, possible) in enumerate(points):
        percent = floor_percent(reached, possible)
        x = PLOT_LEFT + index * step
        y = PLOT_TOP + plot_height * (1 - (percent or 0) / 100)
        coordinates.append(
            {
                "x": coordinate(x),
                "y": coordinate(y),
                "label": _("%(month)s: %(percent)s%% (%(reached)d of %(possible)d)")
                % {
                    "month": month_label(month),
                    "percent": "–" if percent is None else percent,
                    "reached": reached,
                    "possible": possible,
                },
                "month": month_label(month),
            }
        )
        rows.append(
            [month_label(month), reached, possible, "–" if percent is None else f"{percent}%"]
        )
    gridlines = [
        {"y": coordinate(PLOT_TOP + plot_height * (1 - level / 100)), "label": f"{level}%"}
        for level in (0, 25, 50, 75, 100)
    ]
    final = rows[-1][3] if rows else "–"
    return Chart(
        title=_("Coverage over time"),
        summary=_(
            "Share of live lessons reached across the jails shown, counting every lesson "
            "taught since the start of the period; %(final)s at the end."
        )
        % {"final": final},
        headers=[_("Month"), _("Lessons reached"), _("Jails × live lessons"), _("Coverage")],
        rows=rows,
        width=width,
        height=height,
        parts={
            "points": coordinates,
            "polyline": " ".join(f"{p['x']},{p['y']}" for p in coordinates),
            "gridlines": gridlines,
            "plot_left": PLOT_LEFT,
            "plot_right": width - PLOT_RIGHT,
            "axis_y": height - PLOT_BOTTOM + 16,
            "label_every": max(1, len(coordinates) // 8),
        },
    )


def reasons_not_held(board):
    """Horizontal bars: sessions not held, per reason, most frequent first."""
    reasons = board.reasons
    total = sum(count for _reason, count in reasons)
    peak = max((count for _reason, count in reasons), default=0)
    label_width, bar_area, row_height = 170, 400, 26
    bars = []
    rows = []
    for index, (reason, count) in enumerate(reasons):
        label = str(reason_label(reason))
        length = bar_area * count / peak if peak else 0
        y = 5 + index * row_height
        bars.append(
            {
                "bar": Bar(label_width, y, length, row_height - 8, "chart-bar--reason", label),
                "label": label,
                "count": count,
                "text_y": coordinate(y + row_height / 2),
                "count_x": coordinate(label_width + length + 6),
            }
        )
        rows.append([label, count, f"{floor_percent(count, total)}%"])
    return Chart(
        title=_("Why sessions were not held"),
        summary=_("%(total)d sessions not held in the period, by reason.") % {"total": total},
        headers=[_("Reason"), _("Sessions not held"), _("Share")],
        rows=rows,
        width=label_width + bar_area + 60,
        height=max(40, 10 + len(reasons) * row_height),
        parts={"bars": bars, "label_x": label_width - 8},
    )
