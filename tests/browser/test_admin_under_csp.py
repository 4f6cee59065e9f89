"""A trainer enrols in two-factor and edits a lesson in real Chromium, under the real CSP.

Proves that the Wagtail admin works with our Content-Security-Policy: the page editor
loads (date pickers included), saves a draft and shows its live preview, and the browser
reports no CSP violation and no console error on the way.
"""

import time

import pytest
from django.urls import reverse

from curriculum.models import LessonPlanPage
from tests.browser.conftest import log_in
from tests.conftest import PASSWORD
from tests.security.totp import code_for, hex_key_from_shown_secret

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# Every CSP violation the page or its frames report, kept across navigations in the tab's
# sessionStorage (shared with same-origin frames); installed before any page script runs.
RECORD_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  const seen = JSON.parse(sessionStorage.getItem("cspViolations") || "[]");
  seen.push(`${event.violatedDirective} blocked ${event.blockedURI} in ${location.pathname}`);
  sessionStorage.setItem("cspViolations", JSON.stringify(seen));
});
"""


def csp_violations(page):
    return page.evaluate("JSON.parse(sessionStorage.getItem('cspViolations') || '[]')")


def test_trainer_enrols_and_edits_a_lesson_without_csp_violations(curriculum, trainer, page):
    lesson = curriculum.lessons[0]
    edit_path = reverse("wagtailadmin_pages:edit", args=[lesson.pk])
    new_summary = f"Revised under the content security policy {time.time():.0f}."
    page.context.add_init_script(RECORD_VIOLATIONS)

    log_in(page, trainer.username, PASSWORD)
    page.goto(edit_path)
    page.wait_for_url("**/account/two-factor/setup/**")
    assert page.locator(".mfa-qr svg").is_visible()
    key = hex_key_from_shown_secret(page.inner_text(".mfa-secret code"))
    page.fill("#id_code", code_for(key))
    page.get_by_role("button", name="Turn on two-factor authentication").click()
    page.wait_for_url("**/account/two-factor/backup-codes/**")
    assert page.locator(".mfa-codes li").count() == 10

    page.get_by_role("link", name="I have kept my codes: continue").click()
    page.wait_for_url(f"**{edit_path}")
    page.wait_for_load_state("networkidle")
    # Wagtail's date pickers start without their inline scripts (our widget templates).
    assert page.locator(".xdsoft_datetimepicker").count() >= 2

    page.fill("#id_summary", new_summary)
    page.get_by_role("button", name="Save draft").click()
    page.wait_for_load_state("networkidle")
    assert "has been updated" in page.inner_text(".messages")

    page.click("button[data-side-panel-toggle=preview]")
    # Wagtail loads the preview in a proxy iframe, then swaps it in as #w-preview-iframe.
    page.wait_for_selector("#w-preview-iframe[src*='/edit/preview/']", state="attached")
    heading = page.frame_locator("#w-preview-iframe").locator("h1").first
    heading.wait_for()
    assert lesson.title in heading.inner_text()

    page.goto(lesson.url)
    assert page.locator("[data-print]").count() >= 1
    assert csp_violations(page) == []
    assert page.console_errors == []
    lesson = LessonPlanPage.objects.get(pk=lesson.pk)
    assert lesson.get_latest_revision_as_object().summary == new_summary
    assert lesson.summary != new_summary  # a draft: live content waits for approval
