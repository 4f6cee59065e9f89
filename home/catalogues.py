"""The interface's message catalogues (locale/<language>/LC_MESSAGES/django.po).

Adding strings is "makemessages, translate, compile":
- `update_catalogue` (make messages) runs Django's makemessages over the project's own
  code with the options below; it needs GNU gettext (xgettext, msgmerge).
- translators fill every empty msgstr in the .po file;
- `compile_catalogues` (make compilemessages, run by make run and make test) writes the
  .mo files with polib, so serving the site needs no gettext at all.

The test suite runs the same extraction into a copy of the catalogue and fails when a
string in the code is missing from it, untranslated or fuzzy (tests/home/test_catalogue.py).
"""

import shutil
from pathlib import Path

import polib
from django.conf import settings
from django.core.management import call_command

LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]

# Folders that hold no interface strings of ours (or, like tests, none a user sees).
IGNORED = [
    ".venv",
    "node_modules",
    "tests",
    "screenshots",
    "static_collected",
    "media",
    "bench",
    "backups",
]

GETTEXT_TOOLS = ["xgettext", "msgmerge", "msguniq", "msgattrib"]


class GettextMissing(RuntimeError):
    """GNU gettext is needed to extract strings; compiling never needs it."""


def missing_gettext_tools():
    return [tool for tool in GETTEXT_TOOLS if shutil.which(tool) is None]


def catalogue_paths(locale_dir=None):
    root = Path(locale_dir or settings.LOCALE_PATHS[0])
    return [root / code / "LC_MESSAGES" / "django.po" for code in LANGUAGES]


def update_catalogue(verbosity=1):
    """Extract the project's strings into every catalogue (Django's makemessages).

    makemessages reads the current directory and writes into ./locale, so this runs from
    the project root (or, in the test, from a copy of it).
    """
    missing = missing_gettext_tools()
    if missing:
        raise GettextMissing(
            f"GNU gettext is not installed (missing: {', '.join(missing)}). Install it "
            "(Debian/Ubuntu: apt-get install gettext; macOS: brew install gettext) to "
            "extract strings. Compiling catalogues does not need it."
        )
    call_command(
        "makemessages",
        locale=LANGUAGES,
        ignore_patterns=IGNORED,
        no_location=False,
        add_location="file",
        verbosity=verbosity,
    )


def compile_catalogues(locale_dir=None):
    """Write each .po file's .mo beside it with polib; returns the paths written.

    Fuzzy entries are left out, as msgfmt would.
    """
    written = []
    for po_path in catalogue_paths(locale_dir):
        if not po_path.exists():
            continue
        catalogue = polib.pofile(str(po_path))
        for entry in catalogue.fuzzy_entries():
            catalogue.remove(entry)
        mo_path = po_path.with_suffix(".mo")
        catalogue.save_as_mofile(str(mo_path))
        written.append(mo_path)
    return written


def problems(catalogue):
    """Entries a user would see in English: untranslated, fuzzy or obsolete ones."""
    found = []
    for entry in catalogue:
        if entry.obsolete:
            continue
        label = repr(entry.msgid) + (f" (context {entry.msgctxt!r})" if entry.msgctxt else "")
        if "fuzzy" in entry.flags:
            found.append(f"fuzzy: {label}")
        elif not entry.translated():
            found.append(f"untranslated: {label}")
    found.extend(
        f"no longer in the code: {entry.msgid!r}" for entry in catalogue.obsolete_entries()
    )
    return found
