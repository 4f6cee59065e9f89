"""The Urdu interface catalogue: complete, in step with the code, compiled.

The in-step check runs the project's own extraction (`update_catalogue`, Django's
makemessages) into a copy of the catalogue: a string added to the code but not yet
translated in locale/ur/LC_MESSAGES/django.po fails here. It needs GNU gettext, which
`make test` installs when missing (see docs/i18n.md).
"""

import shutil

import polib
import pytest
from django.conf import settings
from django.utils import translation

from home.catalogues import (
    catalogue_paths,
    compile_catalogues,
    missing_gettext_tools,
    problems,
    update_catalogue,
)

FIX = (
    "Run `make messages`, translate every empty msgstr in locale/ur/LC_MESSAGES/django.po "
    "(and clear 'fuzzy' flags after checking), then `make compilemessages`."
)


@pytest.fixture
def catalogue():
    [path] = catalogue_paths()
    return polib.pofile(str(path))


def test_every_entry_is_translated_and_none_is_fuzzy(catalogue):
    assert len(catalogue) > 150
    assert problems(catalogue) == [], FIX
    assert catalogue.metadata["Language"] == "ur"
    assert catalogue.metadata["Plural-Forms"] == "nplurals=2; plural=(n != 1);"


def test_placeholders_survive_translation(catalogue):
    for entry in catalogue:
        for placeholder in ("%(", "%s", "%d"):
            english = entry.msgid.count(placeholder) + entry.msgid_plural.count(placeholder)
            urdu = [entry.msgstr] if not entry.msgid_plural else entry.msgstr_plural.values()
            for text in urdu:
                assert text.count(placeholder) >= min(1, english), entry.msgid


SOURCE_FOLDERS = ["curriculum", "home", "lms", "templates", "locale"]


def test_catalogue_is_in_step_with_the_code(tmp_path, settings, monkeypatch):
    """Extract from a copy of the sources: makemessages writes into ./locale, and the
    committed catalogue must stay untouched by the test."""
    missing = missing_gettext_tools()
    assert not missing, (
        f"GNU gettext is not installed (missing {missing}); `make test` installs Debian's "
        "gettext package as root, otherwise install it (see docs/i18n.md)."
    )
    for folder in SOURCE_FOLDERS:
        shutil.copytree(
            settings.BASE_DIR / folder,
            tmp_path / folder,
            ignore=shutil.ignore_patterns("__pycache__", "*.mo"),
        )
    [committed_path] = catalogue_paths()
    committed_text = committed_path.read_text()
    settings.LOCALE_PATHS = [tmp_path / "locale"]
    monkeypatch.chdir(tmp_path)
    update_catalogue(verbosity=0)
    [extracted] = catalogue_paths(tmp_path / "locale")
    fresh = polib.pofile(str(extracted))
    assert committed_path.read_text() == committed_text
    assert problems(fresh) == [], FIX
    committed = polib.pofile(committed_text)
    ids = {(e.msgctxt, e.msgid) for e in committed if not e.obsolete}
    assert {(e.msgctxt, e.msgid) for e in fresh if not e.obsolete} == ids, FIX


def test_compiled_catalogue_matches_the_po_file(tmp_path, catalogue):
    shutil.copytree(settings.BASE_DIR / "locale", tmp_path / "locale")
    [mo_path] = compile_catalogues(tmp_path / "locale")
    compiled = polib.mofile(str(mo_path))
    assert {e.msgid: e.msgstr for e in compiled if not e.msgid_plural and e.msgid} == {
        e.msgid: e.msgstr for e in catalogue if not e.msgid_plural
    }


def test_django_uses_the_catalogue():
    with translation.override("ur"):
        assert translation.gettext("Lesson steps") == "سبق کے قدم"
        assert translation.ngettext("%(counter)s lesson", "%(counter)s lessons", 3) == (
            "%(counter)s سبق"
        )
        assert translation.get_language_bidi()
