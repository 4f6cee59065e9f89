from django.urls import register_converter


class RecordIdConverter:
    """Database ids in addresses: at most 18 digits, so any id fits a 64-bit column.

    Django's <int:> accepts any length, and SQLite cannot even compare an oversized
    integer: a mistyped or hostile address must be a 404, not a server error.
    """

    regex = "[0-9]{1,18}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)


register_converter(RecordIdConverter, "record_id")
