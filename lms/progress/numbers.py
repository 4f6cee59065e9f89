"""Shares and percentages, defined once so every screen and export rounds the same way."""


def share(part, whole):
    """part / whole, or None when there is nothing to divide by."""
    return part / whole if whole else None


def floor_percent(part, whole):
    """Whole percent rounded down (119 of 120 is 99%, never 100%), or None if whole is 0."""
    return (100 * part) // whole if whole else None
