"""No instructor page scrolls sideways on a 360 px phone, in English or in Urdu.

Record tables become one card per row there, each value named by its column, so none is
cut off (the recent sessions once hid the Children column).
"""

import pytest

from tests.browser.client_pages import chromium_page, instructor_pages, open_page, screenshot

PHONE = 360


@pytest.fixture
def pages(client, delivery, curriculum, urdu):
    return instructor_pages(client, delivery, curriculum, urdu)


def test_no_instructor_page_scrolls_sideways_on_a_phone(pages):
    too_wide = {}
    with chromium_page(pages, width=PHONE, height=780) as page:
        for path in pages:
            open_page(page, path)
            width = page.evaluate("document.documentElement.scrollWidth")
            if width > PHONE:
                too_wide[path] = width
            name = path.strip("/").replace("/", "_").replace("?", "_") or "home"
            screenshot(page, f"phone-{name}")
    assert too_wide == {}
    assert len(pages) >= 40


@pytest.mark.parametrize("path", ["/en/delivery/my-jail/", "/ur/delivery/sessions/"])
def test_record_tables_show_every_column_on_a_phone(pages, path):
    with chromium_page(pages, width=PHONE, height=780) as page:
        open_page(page, path)
        cells = page.locator("table td[data-label]")
        assert cells.count() >= 5
        for index in range(cells.count()):
            cell = cells.nth(index)
            box = cell.bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE, cell.inner_text()
            label = page.evaluate(
                "cell => getComputedStyle(cell, '::before').content", cell.element_handle()
            )
            assert label.strip('"') == cell.get_attribute("data-label")
        children = page.locator("td[data-label]").filter(has_text="12")
        assert children.first.is_visible()
