"""Wagtail discovers hooks in this module; each feature keeps its own in its package."""

import lms.reports.admin_hooks  # noqa: F401
