"""Nastaliq fits in every form control of the Urdu pages, measured in real Chromium.

Chromium clips the text of an input, a drop-down or a text area to a line box sized from
the metrics of the control's first font, and Nastaliq climbs far above the line: with a
Latin first font the top strokes of گ and ک were cut, so "تمام گروپ" read "تمام لروپ".
Each control gets Urdu text with those letters, drawn in a colour nothing else on the page
uses; the rows of that colour in a screenshot of the control are compared with the height
of the same text's ink measured on a canvas in the control's own font, where nothing clips.
"""

import io
from urllib.parse import urlencode

import pytest
from django.conf import settings
from PIL import Image

from lms.factories import SessionLogFactory
from tests.browser.client_pages import chromium_page, open_page, render, screenshot

PROBE = "تمام گروپ، پڑھائے گئے"
CONTROLS = (
    "select, textarea, button, "
    "input[type=text], input[type=search], input[type=email], input:not([type])"
)

# Paints each visible control's text lime on white, with the probe text in it, and returns
# the height of that text's ink drawn on a canvas in the control's computed font.
PREPARE = """
([selector, probe]) => [...document.querySelectorAll(selector)]
  .filter((control) => control.getClientRects().length)
  .map((control, index) => {
    control.dataset.probe = index;
    if (control.tagName === "SELECT") {
      control.options[control.selectedIndex >= 0 ? control.selectedIndex : 0].text = probe;
    } else if (control.tagName === "BUTTON") {
      control.textContent = probe;
    } else {
      control.value = probe;
    }
    for (const [property, value] of [["color", "#00ff00"], ["-webkit-text-fill-color", "#00ff00"],
                                     ["background", "#ffffff"], ["text-decoration", "none"]]) {
      control.style.setProperty(property, value, "important");
    }
    const style = getComputedStyle(control);
    const context = document.createElement("canvas").getContext("2d");
    context.font = style.font;
    const ink = context.measureText(probe);
    return {
      index,
      name: control.name || control.textContent.trim(),
      ink: ink.actualBoundingBoxAscent + ink.actualBoundingBoxDescent,
      border: [parseFloat(style.borderTopWidth), parseFloat(style.borderBottomWidth)],
    };
  })
"""


def lime_rows(png):
    image = Image.open(io.BytesIO(png)).convert("RGB")
    width, height = image.size
    pixels = image.load()
    rows = [
        y
        for y in range(height)
        if any(
            pixels[x, y][1] - pixels[x, y][0] > 100 and pixels[x, y][1] - pixels[x, y][2] > 100
            for x in range(width)
        )
    ]
    return rows, height


def clipped_controls(page):
    """Controls whose Nastaliq ink is cut, or runs into their border, with the figures."""
    faults = []
    for control in page.evaluate(PREPARE, [CONTROLS, PROBE]):
        png = page.locator(f"[data-probe='{control['index']}']").screenshot()
        rows, height = lime_rows(png)
        top_border, bottom_border = control["border"]
        drawn = rows[-1] - rows[0] + 1 if rows else 0
        # Anti-aliasing may pale a row at either end of the ink below the colour threshold.
        if (
            drawn < control["ink"] - 3
            or not rows
            or rows[0] < top_border
            or rows[-1] >= height - bottom_border
        ):
            faults.append((control["name"], f"ink {control['ink']:.1f}px, drawn {drawn}px"))
    return faults


@pytest.fixture
def urdu_pages(client, delivery, urdu):
    SessionLogFactory(
        lesson=delivery.lessons[0], class_group=delivery.group, instructor=delivery.instructor
    )
    client.force_login(delivery.user)
    paths = [
        "/ur/delivery/sessions/",
        "/ur/delivery/sessions/new/",
        "/ur/delivery/import/",
        "/ur/search/?" + urlencode({"q": PROBE}),
    ]
    rendered = render(client, paths)
    client.logout()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ur"
    rendered["/login/"] = client.get("/login/")
    return rendered


@pytest.mark.parametrize("width", [1280, 360])
def test_nastaliq_is_not_clipped_in_any_urdu_control(urdu_pages, width):
    faults = {}
    with chromium_page(urdu_pages, width=width) as page:
        for path in urdu_pages:
            open_page(page, path)
            assert page.evaluate("document.documentElement.lang") == "ur", path
            assert page.evaluate("document.querySelectorAll('select, textarea, button').length")
            if found := clipped_controls(page):
                faults[path] = found
            screenshot(page, f"urdu-controls-{width}{path.split('?')[0].replace('/', '_')}")
    assert faults == {}, "\n".join(f"{path}: {found}" for path, found in faults.items())
