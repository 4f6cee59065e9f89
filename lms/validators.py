"""Guards for free text: the records must never identify a child."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# A Pakistani CNIC or B-form number: 13 digits, written 12345-1234567-1 or run together.
IDENTITY_NUMBER = re.compile(r"\d{5}-?\d{7}-?\d")

NO_NAMES_HELP = _(
    "Counts and teaching notes only: never write a child's name, number, case, offence or "
    "family details."
)


def reject_identity_numbers(value):
    if value and IDENTITY_NUMBER.search(value):
        raise ValidationError(
            _(
                "This looks like a CNIC or B-form number. Records must never identify a "
                "child: remove the number and describe the session without it."
            ),
            code="identity_number",
        )
