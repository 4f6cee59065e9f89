"""An instructor's week: read a lesson, print it, log the session, see coverage move."""

import re

import pytest

from lms.models import SessionLog
from tests.browser.conftest import log_in
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_instructor_reads_prints_logs_and_sees_coverage_move(delivery, page):
    log_in(page, "instructor", PASSWORD)
    assert page.get_by_role("heading", name="Central Jail Lahore").is_visible()

    page.get_by_role("link", name="Curriculum").first.click()
    page.get_by_role("link", name="Building empathy").click()
    page.get_by_role("link", name="Walking in another's shoes").click()
    assert page.get_by_role("heading", name="Walking in another's shoes", level=1).is_visible()
    assert page.get_by_text("Total: 30 of 45 minutes").is_visible()

    page.emulate_media(media="print")
    assert not page.locator(".site-header").is_visible()
    assert not page.get_by_role("button", name="Print this lesson plan").is_visible()
    assert page.get_by_role("heading", name="Lesson steps").is_visible()
    pdf = page.pdf(prefer_css_page_size=True)
    width, height = map(float, re.search(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", pdf).groups())
    assert (round(width), round(height)) == (595, 842)  # A4 in points
    page.emulate_media(media="screen")

    page.get_by_role("link", name="My jail").click()
    assert page.get_by_text("0 of 3 live lessons have been taught here.").is_visible()

    page.get_by_role("link", name="Log a session").first.click()
    page.get_by_label("Class group").select_option(label="Barrack 2 morning (Central Jail Lahore)")
    page.get_by_label("Lesson").select_option(label="EMP-01 · Walking in another's shoes")
    checklist = page.locator("[data-steps-for]:visible")
    assert checklist.count() == 1
    assert checklist.get_by_role("checkbox").count() == 2
    page.get_by_label("Delivered", exact=True).check()
    assert not page.get_by_label("Reason not held").is_visible()
    page.get_by_label("Minutes taught").fill("40")
    page.get_by_label("Children aged 14–15").fill("7")
    page.get_by_label("1. Feelings circle").check()
    page.get_by_role("button", name="Save session").dblclick()
    page.wait_for_url(re.compile(r"/delivery/sessions/\d+/$"))
    assert (
        page.get_by_text("Session saved").is_visible()
        or page.get_by_text("already saved").is_visible()
    )
    assert SessionLog.objects.count() == 1
    session_log = SessionLog.objects.get()
    assert session_log.steps_done_count == 1 and session_log.children_total == 7

    page.get_by_role("link", name="My jail").click()
    assert page.get_by_text("1 of 3 live lessons have been taught here.").is_visible()
    assert page.console_errors == []


def test_invalid_session_keeps_what_was_typed_and_says_why(delivery, page):
    log_in(page, "instructor", PASSWORD)
    page.goto("/en/delivery/sessions/new/")
    page.get_by_label("Class group").select_option(label="Barrack 2 morning (Central Jail Lahore)")
    page.get_by_label("Lesson").select_option(label="EMP-01 · Walking in another's shoes")
    page.get_by_label("Delivered", exact=True).check()
    page.get_by_label("Minutes taught").fill("40")
    page.get_by_label("Adaptations").fill("Used drawings instead of writing.")
    page.get_by_role("button", name="Save session").click()
    summary = page.locator("#error-summary")
    assert summary.is_visible()
    assert page.get_by_text("A session that took place had at least one child").is_visible()
    assert page.get_by_label("Adaptations").input_value() == "Used drawings instead of writing."
    assert page.get_by_label("Minutes taught").input_value() == "40"
    assert SessionLog.objects.count() == 0
