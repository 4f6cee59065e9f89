"""Two admin journeys in real Chromium: a trainer's edit goes live only once a reviewer
approves it, and a coordinator filters the dashboard and downloads an Excel report."""

import datetime
import io

import openpyxl
import pytest
from django.urls import reverse
from wagtail.models import WorkflowState

from curriculum.models import LessonPlanPage
from lms.factories import SessionLogFactory
from lms.models import SessionLog
from lms.security.mfa import devices
from tests.browser.conftest import SCREENSHOTS, log_in
from tests.conftest import PASSWORD
from tests.security.totp import code_for

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def log_in_with_authenticator(page, user):
    """Password, then the code an enrolled phone shows."""
    hex_key = devices.new_secret()
    devices.enrol(user, hex_key, last_t=-1)
    log_in(page, user.username, PASSWORD)
    page.wait_for_url("**/account/two-factor/verify/**")
    page.fill("#id_code", code_for(hex_key))
    page.get_by_role("button", name="Continue").click()
    page.wait_for_load_state()


def submit_for_approval(page):
    """Wagtail's editor keeps all but its first action in a menu under the arrow."""
    page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    page.get_by_role("button", name="Submit to Curriculum approval", exact=True).click()
    page.wait_for_load_state("networkidle")


def test_trainer_submits_a_change_and_it_goes_live_when_a_reviewer_approves(
    curriculum, trainer, reviewer, browser, live_server, page
):
    lesson = curriculum.lessons[0]
    old_summary = lesson.summary
    new_summary = "Pupils imagine a new arrival's first night, then plan a welcome."
    edit_path = reverse("wagtailadmin_pages:edit", args=[lesson.pk])

    log_in_with_authenticator(page, trainer)
    page.goto(edit_path)
    page.fill("#id_summary", new_summary)
    submit_for_approval(page)
    assert "has been submitted for moderation" in page.inner_text(".messages")
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(lesson.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert LessonPlanPage.objects.get(pk=lesson.pk).summary == old_summary

    reviewer_context = browser.new_context(base_url=live_server.url)
    reviewer_page = reviewer_context.new_page()
    log_in_with_authenticator(reviewer_page, reviewer)
    # The reviewer works from the admin's "Awaiting your review" list.
    reviewer_page.goto(reverse("wagtailadmin_home"))
    row = reviewer_page.locator("tr", has_text=lesson.title)
    row.get_by_role("button", name="Actions").click()
    row.get_by_role("button", name="Approve", exact=True).click()
    reviewer_page.wait_for_load_state("networkidle")
    SCREENSHOTS.mkdir(exist_ok=True)
    reviewer_page.screenshot(path=str(SCREENSHOTS / "reviewer_approved.png"), full_page=True)
    reviewer_context.close()

    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    assert LessonPlanPage.objects.get(pk=lesson.pk).summary == new_summary
    page.goto(lesson.url)
    assert new_summary in page.inner_text("main")


def test_coordinator_filters_the_dashboard_and_downloads_an_xlsx(delivery, coordinator, page):
    today = datetime.date.today()
    SessionLogFactory(
        jail=delivery.lahore,
        instructor=delivery.instructor,
        class_group=delivery.group,
        lesson=delivery.lessons[0],
        delivered_on=today - datetime.timedelta(days=3),
    )
    SessionLogFactory(
        jail=delivery.kasur,
        instructor=delivery.kasur_instructor,
        class_group=delivery.kasur_group,
        lesson=delivery.lessons[1],
        delivered_on=today - datetime.timedelta(days=2),
    )
    assert SessionLog.objects.count() == 2

    log_in_with_authenticator(page, coordinator)
    page.goto(reverse("delivery_reports:dashboard"))
    assert "Central Jail Lahore" in page.inner_text("main")
    assert "District Jail Kasur" in page.inner_text("main")

    page.select_option("#id_district", "Kasur")
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_load_state()
    assert "district=Kasur" in page.url
    main = page.inner_text("main")
    assert "District Jail Kasur" in main
    assert "Central Jail Lahore" not in main

    with page.expect_download() as download_info:
        page.locator(".report-links a", has_text="XLSX").first.click()
    download = download_info.value
    assert download.suggested_filename.endswith(".xlsx")
    # The download is saved without an extension, which openpyxl refuses as a path.
    workbook = openpyxl.load_workbook(io.BytesIO(download.path().read_bytes()))
    rows = list(workbook.active.iter_rows(values_only=True))
    text = " ".join(str(cell) for row in rows for cell in row if cell is not None)
    assert "District Jail Kasur" in text
    assert "Central Jail Lahore" not in text


def test_reviewer_approves_from_the_page_editor_and_it_goes_live(
    curriculum, trainer, reviewer, browser, live_server, page
):
    """The editor's action menu → Approve publishes, though Wagtail saves a revision
    first (it counts every stream with a number block as changed)."""
    lesson = curriculum.lessons[0]
    new_summary = "Pupils imagine a new arrival's first night, then plan a welcome."
    edit_path = reverse("wagtailadmin_pages:edit", args=[lesson.pk])

    log_in_with_authenticator(page, trainer)
    page.goto(edit_path)
    page.fill("#id_summary", new_summary)
    submit_for_approval(page)

    reviewer_context = browser.new_context(base_url=live_server.url)
    reviewer_page = reviewer_context.new_page()
    log_in_with_authenticator(reviewer_page, reviewer)
    reviewer_page.goto(edit_path)
    reviewer_page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    reviewer_page.get_by_role("button", name="Approve", exact=True).click()
    reviewer_page.wait_for_load_state("networkidle")
    SCREENSHOTS.mkdir(exist_ok=True)
    reviewer_page.screenshot(
        path=str(SCREENSHOTS / "reviewer_approved_in_editor.png"), full_page=True
    )
    messages = reviewer_page.inner_text(".messages")
    reviewer_context.close()

    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(lesson.pk))
    assert state.status == WorkflowState.STATUS_APPROVED, messages
    assert "has been approved and published" in messages
    assert LessonPlanPage.objects.get(pk=lesson.pk).summary == new_summary
    page.goto(lesson.url)
    assert new_summary in page.inner_text("main")
