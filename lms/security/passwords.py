"""Password rules Django's own validators leave out (AUTH_PASSWORD_VALIDATORS, base.py).

Django's CommonPasswordValidator knows about 20,000 leaked passwords, but 12 characters
of one key, a run along the keyboard or a word typed three times are not on it.
"""

from itertools import pairwise

from django.conf import settings
from django.contrib.auth.hashers import check_password
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

# Keyboard rows and columns (US layout, the one Pakistani keyboards carry for Latin
# letters), the alphabet and the digits: neighbours here are "one key further".
KEYBOARD_ROWS = ["`1234567890-=", "qwertyuiop[]\\", "asdfghjkl;'", "zxcvbnm,./"]
KEYBOARD_COLUMNS = [
    "1qaz",
    "2wsx",
    "3edc",
    "4rfv",
    "5tgb",
    "6yhn",
    "7ujm",
    "8ik,",
    "9ol.",
    "0p;/",
    "-['",
    "=]",
]
SEQUENCES = [*KEYBOARD_ROWS, *KEYBOARD_COLUMNS, "abcdefghijklmnopqrstuvwxyz", "0123456789"]
# A shifted key counts as the key itself: "!@#$" is "1234" typed with shift.
UNSHIFT = str.maketrans('~!@#$%^&*()_+{}|:"<>?', "`1234567890-=[]\\;',./")
NEIGHBOURS = frozenset(
    pair for sequence in SEQUENCES for a, b in pairwise(sequence) for pair in ((a, b), (b, a))
)


def _predictable_characters(text):
    """How many characters of `text` sit in a run of three or more keys where each is
    the same as, or next to, the one before."""
    predictable = 0
    run = 1
    for previous, current in pairwise(text):
        if previous == current or (previous, current) in NEIGHBOURS:
            run += 1
            continue
        if run >= 3:
            predictable += run
        run = 1
    return predictable + (run if run >= 3 else 0)


def _is_repetition(text):
    """ "lamp-lamp-lamp", "abcabcabcabc": one piece said again and again."""
    return any(
        text == (text[:size] * (len(text) // size + 1))[: len(text)]
        for size in range(1, len(text) // 2 + 1)
    )


class PredictablePasswordValidator:
    """Refuses passwords that are mostly one key repeated, runs along the keyboard or the
    alphabet, or one piece typed again and again: the first guesses of any cracking tool,
    whatever their length.

    At least `min_unpredictable` characters must lie outside such runs, so a passphrase
    with a short run in it ("tree-1234-xkcd-7") is still accepted.
    """

    def __init__(self, min_unpredictable=6):
        self.min_unpredictable = min_unpredictable

    def validate(self, password, user=None):
        text = password.lower().translate(UNSHIFT)
        unpredictable = len(text) - _predictable_characters(text)
        if _is_repetition(text) or unpredictable < self.min_unpredictable:
            raise ValidationError(
                _(
                    "This password is mostly repeated characters or a keyboard or alphabet "
                    "sequence."
                ),
                code="password_predictable",
            )

    def get_help_text(self):
        return _(
            "Your password can’t be mostly repeated characters or a keyboard or alphabet sequence."
        )


class DemoPasswordValidator:
    """The demo's shared password is printed in the README and by `make run`: no real
    account may use it. The demo loader sets it without validation, so the demo keeps it."""

    def validate(self, password, user=None):
        if password.strip().lower() == settings.DEMO_PASSWORD.lower():
            raise ValidationError(
                _("This is the demo site’s published password: choose one of your own."),
                code="password_demo",
            )

    def get_help_text(self):
        return _("Your password can’t be the demo site’s published password.")


class NewPasswordValidator:
    """A password "change" to the same password changes nothing: refused.

    Checked against the stored hash without Django's hash-upgrading setter, so validating
    never writes to the user.
    """

    def validate(self, password, user=None):
        stored = getattr(user, "password", "")
        if getattr(user, "pk", None) and stored and check_password(password, stored):
            raise ValidationError(
                _("Your new password must be different from your current password."),
                code="password_unchanged",
            )

    def get_help_text(self):
        return _("Your new password can’t be your current password.")
