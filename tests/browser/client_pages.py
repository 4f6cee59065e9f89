"""Chromium in front of Django's test client: real rendering, no server, no commits.

Each page is rendered by the test client, then handed to Chromium through Playwright's
request routing, with the site's real static files, so a test stays inside its database
transaction and logs in with `force_login`/`login_as` as the other tests do.
"""

import mimetypes
from contextlib import contextmanager
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from playwright.sync_api import sync_playwright

from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS

ORIGIN = "http://testserver"
PASSED_HEADERS = ("content-type", "location", "content-disposition", "content-security-policy")


def answer_from(rendered):
    """A route handler: pages from `rendered` (path -> response), static files from disk.

    Once Playwright runs, Django opens a second database connection that cannot see
    the test's transaction; so the test renders its pages first and the handler only
    hands them over.
    """

    def handle(route):
        parts = urlsplit(route.request.url)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        if parts.path.startswith(settings.STATIC_URL):
            found = finders.find(parts.path.removeprefix(settings.STATIC_URL))
            if found:
                content_type = mimetypes.guess_type(found)[0] or "application/octet-stream"
                route.fulfill(status=200, path=found, content_type=content_type)
                return
        if path in rendered:
            response = rendered[path]
            headers = {k: v for k, v in response.items() if k.lower() in PASSED_HEADERS}
            route.fulfill(status=response.status_code, headers=headers, body=response.content)
            return
        route.fulfill(status=404, body="not found")

    return handle


def render(client, paths):
    """Each path as `client` gets it, ready for `chromium_page`."""
    return {path: client.get(path) for path in paths}


@contextmanager
def chromium_page(rendered, width=1280, height=900):
    """A Chromium tab that shows `rendered` (path -> Django response)."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            page.route(f"{ORIGIN}/**", answer_from(rendered))
            yield page
        finally:
            browser.close()


def open_page(page, path):
    """Show `path` with its fonts loaded, so that measurements see the real glyphs."""
    response = page.goto(ORIGIN + path)
    page.evaluate("document.fonts.ready.then(() => true)")
    return response


def screenshot(page, name):
    shots = settings.BASE_DIR / "screenshots"
    shots.mkdir(exist_ok=True)
    page.screenshot(path=str(shots / f"{name}.png"), full_page=True)
