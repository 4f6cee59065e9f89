"""Urdu pages in real headless Chromium: Nastaliq loaded, layout mirrored, print mirrored.

Pages are rendered by Django's test client and handed to Chromium through Playwright's
request routing, together with the site's real static files, so no server runs and the
test stays inside its database transaction. Screenshots of the Urdu module, an Urdu lesson
and its print view are written to screenshots/ (git-ignored) for people to look at.
"""

import itertools
import mimetypes

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from playwright.sync_api import sync_playwright
from wagtail.models import Locale

from curriculum.demo import build_curriculum, build_training
from curriculum.demo_urdu import build_urdu_translations
from curriculum.models import LessonPlanPage, ModulePage

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ORIGIN = "http://testserver"


@pytest.fixture
def urdu_demo(home, trainer, reviewer):
    build_curriculum(home, author=trainer, approver=reviewer)
    build_training(home, author=trainer, approver=reviewer)
    build_urdu_translations(home, author=trainer, approver=reviewer)
    ur = Locale.objects.get(language_code="ur")
    module = ModulePage.objects.get(locale=ur, slug="building-empathy")
    lesson = LessonPlanPage.objects.get(locale=ur, code="EMP-01")
    return module, lesson


def serve(rendered):
    """A Playwright route handler: rendered pages by path, static files from disk."""

    def handle(route):
        path = route.request.url.removeprefix(ORIGIN)
        if path in rendered:
            route.fulfill(status=200, content_type="text/html; charset=utf-8", body=rendered[path])
            return
        if path.startswith(settings.STATIC_URL):
            found = finders.find(path.removeprefix(settings.STATIC_URL))
            if found:
                content_type = mimetypes.guess_type(found)[0] or "application/octet-stream"
                route.fulfill(status=200, path=found, content_type=content_type)
                return
        route.fulfill(status=404, body="not found")

    return handle


def box(page, selector):
    return page.locator(selector).first.bounding_box()


@pytest.mark.browser
def test_urdu_module_lesson_and_print_view_in_chromium(client, instructor_user, urdu_demo):
    module, lesson = urdu_demo
    client.force_login(instructor_user)
    rendered = {page.url: client.get(page.url).content for page in (module, lesson)}
    shots = settings.BASE_DIR / "screenshots"
    shots.mkdir(exist_ok=True)

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS
        )
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        page.route(f"{ORIGIN}/**", serve(rendered))

        page.goto(ORIGIN + module.url)
        page.evaluate("document.fonts.ready")
        assert page.evaluate("document.documentElement.dir") == "rtl"
        assert page.evaluate(
            "document.fonts.check('20px \"Noto Nastaliq Urdu\"', 'ہمدردی پیدا کرنا')"
        )
        assert page.evaluate(
            "[...document.fonts].some(f => f.family.includes('Noto Nastaliq Urdu')"
            " && f.status === 'loaded')"
        )
        # Mirrored: the brand sits at the right, the account and switcher at the left.
        assert box(page, ".brand")["x"] > box(page, ".account")["x"]
        assert box(page, ".language-switcher")["x"] < 600
        heading = box(page, "h1")
        assert heading["x"] + heading["width"] > 1000  # the title starts at the right
        page.screenshot(path=shots / "urdu-module.png", full_page=True)

        page.goto(ORIGIN + lesson.url)
        page.evaluate("document.fonts.ready")
        size = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
        line = page.evaluate("parseFloat(getComputedStyle(document.body).lineHeight)")
        assert line >= 2 * size  # Nastaliq needs room above and below the line
        steps = page.locator(".step")
        assert steps.count() == 6
        boxes = [steps.nth(i).bounding_box() for i in range(steps.count())]
        for upper, lower in itertools.pairwise(boxes):
            assert upper["y"] + upper["height"] <= lower["y"] + 0.5  # nothing overlaps
        title = box(page, ".step__title")
        meta = box(page, ".step__meta")
        assert title["x"] > meta["x"]  # step title at the right, timing at the left
        page.screenshot(path=shots / "urdu-lesson.png", full_page=False)

        page.emulate_media(media="print")
        assert not page.locator(".site-header").is_visible()
        assert not page.locator(".language-switcher").is_visible()
        assert page.evaluate("document.documentElement.dir") == "rtl"
        script_borders = page.evaluate(
            "(() => { const s = getComputedStyle(document.querySelector('.step__script'));"
            " return [parseFloat(s.borderRightWidth), parseFloat(s.borderLeftWidth)]; })()"
        )
        assert script_borders[0] > 0 and script_borders[1] == 0  # the rule is on the right
        page.screenshot(path=shots / "urdu-lesson-print.png", full_page=True)
        browser.close()

    for name in ("urdu-module.png", "urdu-lesson.png", "urdu-lesson-print.png"):
        assert (shots / name).stat().st_size > 20_000
