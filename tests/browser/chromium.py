"""Debian's Chromium driven by Playwright, and a record of what the page complained about.

Open the browser only after the test has put its data in the database and close it before
asserting on the database again: while Playwright's sync API is open, an event loop runs
in the test's thread and Django refuses ORM calls there (SynchronousOnlyOperation).
"""

import shutil
from contextlib import contextmanager
from pathlib import Path

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = Path(__file__).resolve().parent.parent.parent / "screenshots"

# Collects every CSP violation the page reports, including ones from frames and from
# scripts that swallow errors; installed before any page script runs.
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  const where = `${event.sourceFile}:${event.lineNumber}`;
  window.__cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI} (${where})`);
});
"""


class Complaints:
    """Console errors, uncaught exceptions and CSP violations seen by one browser context."""

    def __init__(self, context):
        self.console = []
        self.violations = []
        context.add_init_script(RECORD_VIOLATIONS)
        context.on("page", self.watch)

    def watch(self, page):
        page.on("console", self.on_console)
        page.on("pageerror", lambda error: self.console.append(f"uncaught: {error}"))

    def on_console(self, message):
        if message.type == "error":
            self.console.append(f"{message.text} @ {message.location.get('url')}")

    def collect(self, page):
        """Adds the violations recorded in the page and its frames so far."""
        for frame in page.frames:
            self.violations += frame.evaluate("window.__cspViolations || []")
            frame.evaluate("window.__cspViolations = []")


@contextmanager
def chromium_context(**options):
    assert shutil.which(CHROMIUM), f"{CHROMIUM} is missing: apt-get install chromium"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(timezone_id="Asia/Karachi", **options)
        context.complaints = Complaints(context)
        try:
            yield context
        finally:
            browser.close()
