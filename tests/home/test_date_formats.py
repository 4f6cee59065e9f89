"""The admin writes dates as the site does ("2 Dec 2026"), in English and in Urdu, not
Django's US default ("Dec. 2, 2026"): Wagtail's listings, filters and inspect views read
DATE_FORMAT and DATETIME_FORMAT of the active language (lms/formats/)."""

import datetime

import pytest
from django.utils import timezone, translation
from django.utils.formats import date_format
from wagtail.users.models import UserProfile

from lms.factories import SessionLogFactory
from tests.lms.admin_helpers import admin_login, admin_url

DAY = datetime.date(2026, 11, 5)


def text_of(response):
    assert response.status_code == 200
    return " ".join(response.content.decode().split())


@pytest.fixture
def logged(client, coordinator, delivery):
    admin_login(client, coordinator)
    return SessionLogFactory(
        class_group=delivery.group,
        lesson=delivery.lessons[0],
        instructor=delivery.instructor,
        delivered_on=DAY,
    )


def test_admin_listing_filter_and_inspect_view_write_dates_as_the_site_does(client, logged):
    listing = text_of(client.get(admin_url("session_logs", "index")))
    assert "5 Nov 2026" in listing
    assert "Nov. 5, 2026" not in listing
    filtered = text_of(
        client.get(admin_url("session_logs", "index"), {"delivered_on_from": "2026-01-01"})
    )
    assert "1 Jan 2026" in filtered and "Jan. 1, 2026" not in filtered
    inspect = text_of(client.get(admin_url("session_logs", "inspect", logged.pk)))
    recorded = timezone.localtime(logged.recorded_at)
    assert recorded.strftime("%-d %b %Y %H:%M") in inspect
    assert "a.m." not in inspect and "p.m." not in inspect


def test_urdu_admin_writes_day_month_year_too(client, coordinator, logged):
    profile = UserProfile.get_for_user(coordinator)
    profile.preferred_language = "ur"
    profile.save()
    listing = text_of(client.get(admin_url("session_logs", "index")))
    with translation.override("ur"):
        month = date_format(DAY, "M")
        assert date_format(DAY) == f"5 {month} 2026"
        assert date_format(datetime.datetime(2026, 11, 5, 14, 30), "DATETIME_FORMAT") == (
            f"5 {month} 2026 14:30"
        )
    assert f"5 {month} 2026" in listing
