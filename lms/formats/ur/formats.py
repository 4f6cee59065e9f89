from lms.formats.en.formats import (  # noqa: F401  (the same order; Django reads them by name)
    DATE_FORMAT,
    DATETIME_FORMAT,
    SHORT_DATE_FORMAT,
    SHORT_DATETIME_FORMAT,
    TIME_FORMAT,
)
