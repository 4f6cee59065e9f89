"""Form fields tell screen readers their help and their errors.

Django points each field at `<id>_helptext` and `<id>_error` (aria-describedby) and marks
a field with an error `aria-invalid`; the templates must carry those ids, or the help
("never write a child's name") and the error are never read out. axe-core checks the same
pages in Chromium: tests/browser/test_accessibility.py.
"""

from html.parser import HTMLParser

import pytest
from django.urls import reverse

from tests.lms.test_log_session import valid_data


class Controls(HTMLParser):
    """Element ids, and the attributes of each form control, of one page."""

    def __init__(self, html):
        super().__init__()
        self.ids = {}
        self.text_of = {}
        self.controls = {}
        self.open_ids = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids[attrs["id"]] = tag
        if tag in ("input", "select", "textarea") and attrs.get("type") != "hidden":
            self.controls[attrs.get("id") or attrs["name"]] = attrs
        if "id" in attrs and tag in ("p", "div", "span", "ul"):
            self.open_ids.append([attrs["id"], tag, 0])
        for entry in self.open_ids:
            entry[2] += entry[1] == tag

    def handle_endtag(self, tag):
        for entry in list(self.open_ids):
            if entry[1] == tag:
                entry[2] -= 1
                if entry[2] == 0:
                    self.open_ids.remove(entry)

    def handle_data(self, data):
        for element_id, _tag, _depth in self.open_ids:
            self.text_of[element_id] = self.text_of.get(element_id, "") + data

    def described_by(self, control):
        return self.controls[control].get("aria-describedby", "").split()

    def dangling_references(self):
        return {
            name: missing
            for name in self.controls
            if (missing := [i for i in self.described_by(name) if i not in self.ids])
        }


def controls_of(response):
    assert response.status_code == 200
    return Controls(response.content.decode())


@pytest.fixture
def instructor_client(client, delivery):
    client.force_login(delivery.user)
    return client


HELP = {
    "id_minutes": "Leave empty if the session was not held.",
    "id_not_held_detail": "never write",
    "id_adaptations": "never write",
    "id_notes": "never write",
}


def test_help_text_of_the_log_form_is_announced(instructor_client):
    page = controls_of(instructor_client.get(reverse("delivery:log_session")))
    assert page.dangling_references() == {}
    for control, words in HELP.items():
        assert f"{control}_helptext" in page.described_by(control)
        assert words.lower() in page.text_of[f"{control}_helptext"].lower()


def test_import_file_help_is_announced(instructor_client):
    page = controls_of(instructor_client.get(reverse("delivery:import_sessions")))
    assert page.dangling_references() == {}
    assert "id_file_helptext" in page.described_by("id_file")


def test_every_field_with_an_error_is_marked_invalid_and_described(instructor_client, delivery):
    held = valid_data(
        delivery,
        class_group="999999",
        lesson="",
        minutes="",
        children_10_13="0",
        children_14_15="0",
        children_16_17="0",
        adaptations="",
    )
    not_held = valid_data(
        delivery, status="not_held", not_held_reason="other", not_held_detail="", minutes=""
    )
    not_held.update(children_10_13="0", children_14_15="0", children_16_17="0")
    url = reverse("delivery:log_session")
    for data, invalid in [
        (held, ["id_class_group", "id_lesson", "id_minutes", "id_children_10_13"]),
        (not_held, ["id_not_held_detail"]),
    ]:
        page = controls_of(instructor_client.post(url, data))
        assert page.dangling_references() == {}
        for control in invalid:
            assert page.controls[control].get("aria-invalid") == "true", control
            assert f"{control}_error" in page.described_by(control), control
            assert page.text_of[f"{control}_error"].strip(), control


def test_history_filter_errors_are_described(instructor_client):
    url = reverse("delivery:session_history") + "?date_from=not-a-date"
    page = controls_of(instructor_client.get(url))
    assert page.dangling_references() == {}
    assert page.controls["id_date_from"].get("aria-invalid") == "true"


def test_import_file_error_is_described(instructor_client):
    page = controls_of(instructor_client.post(reverse("delivery:import_sessions"), {}))
    assert page.dangling_references() == {}
    assert page.controls["id_file"].get("aria-invalid") == "true"
    assert "id_file_error" in page.described_by("id_file")
