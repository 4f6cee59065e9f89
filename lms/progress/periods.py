"""Calendar months, for figures by month."""

import datetime


def month_start(day):
    return day.replace(day=1)


def next_month(day):
    return datetime.date(day.year + day.month // 12, day.month % 12 + 1, 1)


def months_between(first, last):
    """Month starts from the month of `first` to the month of `last`, both included."""
    months = []
    month = month_start(first)
    while month <= last:
        months.append(month)
        month = next_month(month)
    return months


def whole_months(start, end):
    """The calendar months lying wholly inside [start, end] (None: open), as a half-open
    range of days (first, stop) with None for an open side; None if no month fits."""
    first = start if start is None or start.day == 1 else next_month(start)
    if end is None:
        stop = None
    else:
        stop = next_month(end) if (end + datetime.timedelta(days=1)).day == 1 else month_start(end)
    if first is not None and stop is not None and first >= stop:
        return None
    return first, stop
