"""axe-core finds no accessibility violation on the instructor's pages, in both languages.

axe-core comes from the PyPI package axe-playwright-python (pinned in pyproject.toml),
which ships axe.min.js; it is evaluated in the page from that local file, never fetched.
Forms are checked empty and with the errors of a bad submission ("?errors").
"""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.client_pages import chromium_page, instructor_pages, open_page

# Every aria-describedby names an element of the page (axe checks only that one exists
# somewhere among the ids it is given).
DANGLING = """
() => [...document.querySelectorAll("[aria-describedby]")].flatMap((element) =>
  element.getAttribute("aria-describedby").split(/\\s+/)
    .filter((id) => id && !document.getElementById(id))
    .map((id) => `${element.id || element.name} -> ${id}`))
"""


@pytest.fixture
def pages(client, delivery, curriculum, urdu):
    return instructor_pages(client, delivery, curriculum, urdu)


def test_axe_finds_no_violation_on_instructor_pages(pages):
    axe = Axe()
    violations, dangling = {}, {}
    with chromium_page(pages) as page:
        for path in pages:
            open_page(page, path)
            results = axe.run(page)
            if results.violations_count:
                violations[path] = results.generate_report()
            if missing := page.evaluate(DANGLING):
                dangling[path] = missing
    assert dangling == {}
    assert violations == {}, "\n".join(violations.values())
