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
