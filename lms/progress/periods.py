"""Calendar months, for figures by month."""

import datetime

# ECIP began in 2019, so no record is older; with a year ahead for planning, this bounds
# any period a filter accepts, and with it the figures by month (one per calendar month).
EARLIEST_DAY = datetime.date(2019, 1, 1)


def latest_day(today):
    """The last day a period may reach: a year after today (28 Feb for 29 Feb)."""
    try:
        return today.replace(year=today.year + 1)
    except ValueError:
        return today.replace(year=today.year + 1, day=28)


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
