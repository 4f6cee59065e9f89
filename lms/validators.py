"""Guards for free text: the records must never identify a child.

A Pakistani CNIC or B-form number has 13 digits. It can be written in many ways that a
pattern misses: spaces, dots, slashes, any dash, zero-width characters, digit by digit,
Urdu or fullwidth digits, or half in one field and half in another. So the rule is about
digits alone: read every Unicode digit as the digit it is, drop everything else, and
refuse a text, or the free text of one record taken together, that keeps 13 or more.

Dropping everything else, letters included, is what the guarantee says, and it is the
only reading no spelling gets round ("35202 then 1234567 then 1" hides a number as well
as "35202-1234567-1" does). The cost is that a long text full of figures (dates, room
numbers) is refused too; the message says so and asks for numbers in words, and counts
and dates have fields of their own. Twelve digits still leave room for ordinary notes:
"12 children, 45 minutes, steps 1,2,3,4,5,6,7" holds eleven.

`identity_number_errors` is the one rule. Every way in goes through it: field validators
(`reject_identity_numbers`), the models' own validation (`GuardedText`, which forms, the
admin, the import and any future sync or API reach through `full_clean`), the raw cells
of an import, and the names of uploaded files (`safe_file_name`).
"""

import unicodedata
from pathlib import PurePath

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils.text import get_text_list
from django.utils.translation import gettext_lazy as _

# One fewer than a CNIC or B-form number has.
MAX_DIGITS = 12

NO_NAMES_HELP = _(
    "Counts and teaching notes only: never write a child's name, number, case, offence or "
    "family details."
)


def digits(text):
    """The digits of `text` in order, each read as 0-9 whatever its script."""
    found = (unicodedata.digit(character, None) for character in text or "")
    return "".join(str(digit) for digit in found if digit is not None)


def identity_number_errors(texts, labels=None):
    """The errors, by key, for texts of one record that could hold a 13-digit number.

    `texts` maps a field (or column) to its text and `labels` the same keys to the
    names the user knows them by. A text with too many digits is named on its own;
    otherwise, if the texts hold too many together, each text with digits is told so.
    """
    labels = labels or {}
    counts = {key: len(digits(text)) for key, text in texts.items()}
    alone = {key: count for key, count in counts.items() if count > MAX_DIGITS}
    if alone:
        return {
            key: ValidationError(
                _(
                    "Too many digits in %(fields)s: %(count)d. At most 12 are allowed, so "
                    "that no CNIC or B-form number (13 digits) can be recorded, however it is "
                    "spaced or written. Write the numbers in words (for example “twelve”) or "
                    "remove them."
                ),
                code="identity_number",
                params={"fields": labels.get(key, key), "count": count},
            )
            for key, count in alone.items()
        }
    total = sum(counts.values())
    if total <= MAX_DIGITS:
        return {}
    holders = [key for key, count in counts.items() if count]
    return dict.fromkeys(
        holders,
        ValidationError(
            _(
                "Too many digits in %(fields)s taken together: %(count)d. At most 12 are "
                "allowed in all, so that no CNIC or B-form number (13 digits) can be split "
                "between them. Write the numbers in words (for example “twelve”) or remove "
                "some of them."
            ),
            code="identity_number",
            params={
                "fields": get_text_list([str(labels.get(key, key)) for key in holders], _("and")),
                "count": total,
            },
        ),
    )


def reject_identity_numbers(value):
    """Field validator: one text on its own."""
    for error in identity_number_errors({"": value}, {"": _("this text")}).values():
        raise error


class GuardedText:
    """Mixed into each model with free text, listed in `free_text_fields`.

    Runs the rule over those fields together whenever the model is validated
    (`full_clean`, which every ModelForm calls). It lives in `clean_fields` because that
    is where the fields a form leaves out are known: an error about one of those goes to
    the whole form rather than to a field it does not show.
    """

    free_text_fields = ()

    def clean_fields(self, exclude=None):
        try:
            super().clean_fields(exclude=exclude)
            errors = {}
        except ValidationError as error:
            errors = error.error_dict
        exclude = set(exclude or ())
        texts = {name: getattr(self, name) for name in self.free_text_fields}
        labels = {name: self._meta.get_field(name).verbose_name for name in texts}
        for name, error in identity_number_errors(texts, labels).items():
            if name in errors:
                continue  # its own validator has already said so
            errors.setdefault(NON_FIELD_ERRORS if name in exclude else name, []).append(error)
        if errors:
            raise ValidationError(errors)


def safe_file_name(name):
    """`name` if it may be stored; if its digits could be an identity number, a neutral
    name that keeps only the extension."""
    if not identity_number_errors({"name": name}):
        return name
    suffix = PurePath(name).suffix.lower()
    return f"upload{suffix if not digits(suffix) else ''}"
