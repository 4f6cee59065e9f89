"""An admin user between password and code switches to Urdu in real Chromium: the code
page comes back in Urdu, and the code then leads to the admin (it once led to the language
switch's POST-only view, a 405)."""

import pytest

from lms.security.mfa import devices
from tests.browser.conftest import log_in
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_switching_to_urdu_on_the_code_page_then_entering_the_code(home, trainer, page):
    _device, codes = devices.enrol(trainer, devices.new_secret(), last_t=-1)
    log_in(page, trainer.username, PASSWORD)
    page.goto("/admin/")
    page.wait_for_url("**/account/two-factor/verify/?next=%2Fadmin%2F")

    page.get_by_role("button", name="اردو").click()
    page.wait_for_load_state()
    assert page.url.endswith("/account/two-factor/verify/?next=%2Fadmin%2F")
    assert page.locator("html").get_attribute("lang") == "ur"
    assert page.locator("html").get_attribute("dir") == "rtl"

    page.fill("#id_code", codes[0])
    with page.expect_navigation() as navigation:
        page.press("#id_code", "Enter")
    page.wait_for_url("**/admin/")
    assert navigation.value.status == 200
    assert page.console_errors == []
