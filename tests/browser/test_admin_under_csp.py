"""A trainer enrols in two-factor and edits a lesson in real Chromium, under the real CSP.

Proves that the Wagtail admin works with our Content-Security-Policy: the page editor
loads (date pickers included), saves a draft and shows its live preview, and the browser
reports no CSP violation and no console error on the way.
"""

import time

import pytest
from django.urls import reverse

from curriculum.models import LessonPlanPage
from tests.browser.chromium import SCREENSHOTS, chromium_context
from tests.conftest import PASSWORD
from tests.security.totp import code_for, hex_key_from_shown_secret

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_trainer_enrols_and_edits_a_lesson_without_csp_violations(live_server, curriculum, trainer):
    lesson = curriculum.lessons[0]
    edit_path = reverse("wagtailadmin_pages:edit", args=[lesson.pk])
    new_summary = f"Revised under the content security policy {time.time():.0f}."

    with chromium_context(base_url=live_server.url) as context:
        complaints = context.complaints
        page = context.new_page()
        page.goto(f"/login/?next={edit_path}")
        page.fill("#id_username", trainer.username)
        page.fill("#id_password", PASSWORD)
        page.click("form button[type=submit]")
        page.wait_for_url("**/account/two-factor/setup/**")
        assert page.locator(".mfa-qr svg").is_visible()
        complaints.collect(page)

        key = hex_key_from_shown_secret(page.inner_text(".mfa-secret code"))
        page.fill("#id_code", code_for(key))
        page.click("text=Turn on two-factor authentication")
        page.wait_for_url("**/account/two-factor/backup-codes/**")
        assert page.locator(".mfa-codes li").count() == 10
        complaints.collect(page)

        page.click("text=I have kept my codes: continue")
        page.wait_for_url(f"**{edit_path}")
        page.wait_for_load_state("networkidle")
        # Wagtail's date pickers start without their inline scripts (our widget templates).
        assert page.locator(".xdsoft_datetimepicker").count() >= 2
        complaints.collect(page)

        page.fill("#id_summary", new_summary)
        page.click("button:has-text('Save draft')")
        page.wait_for_load_state("networkidle")
        assert "has been updated" in page.inner_text(".messages")
        complaints.collect(page)

        page.click("button[data-side-panel-toggle=preview]")
        # Wagtail loads the preview in a proxy iframe, then swaps it in as #w-preview-iframe.
        page.wait_for_selector("#w-preview-iframe[src*='/edit/preview/']", state="attached")
        preview = page.frame_locator("#w-preview-iframe")
        preview.locator("h1").first.wait_for()
        assert lesson.title in preview.locator("h1").first.inner_text()
        SCREENSHOTS.mkdir(exist_ok=True)
        page.screenshot(path=SCREENSHOTS / "security-admin-editor-under-csp.png")
        complaints.collect(page)

        page.goto(lesson.url)
        assert page.locator("[data-print]").count() >= 1
        complaints.collect(page)

    assert complaints.violations == []
    assert complaints.console == []
    lesson = LessonPlanPage.objects.get(pk=lesson.pk)
    assert lesson.get_latest_revision_as_object().summary == new_summary
    assert lesson.summary != new_summary  # a draft: live content waits for approval
