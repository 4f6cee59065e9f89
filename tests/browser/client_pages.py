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
from django.urls import reverse
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


def instructor_pages(client, delivery, curriculum, urdu):
    """Every page an instructor uses, in English and in Urdu, with records on them.

    Forms are shown empty and again with the errors a bad submission gets (under
    "?errors"). The two-factor pages need the instructor enrolled and verified, the
    verification page a second session that is not verified yet.
    """
    from django.test import Client
    from django.utils import timezone, translation

    from lms.factories import SessionLogFactory, TrainingRecordFactory
    from lms.security.mfa import devices
    from tests.conftest import login_verified

    log = SessionLogFactory(
        lesson=delivery.lessons[0],
        class_group=delivery.group,
        instructor=delivery.instructor,
        steps_done=[step_id for step_id, _label in delivery.lessons[0].step_choices()[:1]],
    )
    TrainingRecordFactory(instructor=delivery.instructor, training_module=curriculum.training_day)
    login_verified(client, delivery.user)
    bad_log = {
        "class_group": delivery.group.pk,
        "delivered_on": timezone.localdate().isoformat(),
        "status": "delivered",
        "children_10_13": "0",
        "children_14_15": "0",
        "children_16_17": "0",
    }
    rendered = {}
    for language, lesson, module in (
        ("en", curriculum.lessons[0], curriculum.modules[0]),
        ("ur", urdu.lesson, urdu.module),
    ):
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
        with translation.override(language):
            new_log = reverse("delivery:log_session")
            upload = reverse("delivery:import_sessions")
            paths = [
                f"/{language}/",
                (urdu.index if language == "ur" else curriculum.index).url,
                module.url,
                lesson.url,
                reverse("delivery:my_jail"),
                reverse("delivery:session_history"),
                reverse("delivery:session_detail", args=[log.pk]),
                reverse("delivery:edit_session", args=[log.pk]),
                new_log,
                reverse("delivery:blank_register", args=[delivery.group.pk]),
                upload,
                reverse("search") + "?q=empathy",
            ]
        account = [
            reverse(name)
            for name in (
                "account",
                "password_change",
                "mfa_setup",
                "mfa_backup_codes",
                "mfa_disable",
            )
        ]
        rendered |= render(client, paths)
        rendered |= {f"{path}?{language}": client.get(path) for path in account}
        rendered[f"{new_log}?errors"] = client.post(new_log, bad_log)
        rendered[f"{upload}?errors"] = client.post(upload, {})

        unverified = Client()
        unverified.cookies[settings.LANGUAGE_COOKIE_NAME] = language
        unverified.force_login(delivery.user)
        rendered[f"{reverse('mfa_verify')}?{language}"] = unverified.get(reverse("mfa_verify"))
        anonymous = Client()
        anonymous.cookies[settings.LANGUAGE_COOKIE_NAME] = language
        rendered[f"{reverse('login')}?{language}"] = anonymous.get(reverse("login"))
    assert devices.has_device(delivery.user)
    failed = {path: r.status_code for path, r in rendered.items() if r.status_code != 200}
    assert failed == {}
    return rendered
