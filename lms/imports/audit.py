from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import LogFormatter

from lms.imports.views import IMPORT_ACTION


class ImportFormatter(LogFormatter):
    """Imports appear in Wagtail's audit log (Reports > Site history) with their counts."""

    label = _("Import session register")

    def format_message(self, log_entry):
        data = log_entry.data or {}
        return _("Imported %(created)s session log(s) from %(file)s (%(rows)s row(s))") % {
            "created": data.get("created", "?"),
            "file": data.get("file", "?"),
            "rows": data.get("rows", "?"),
        }


def register_log_actions(actions):
    actions.register_action(IMPORT_ACTION)(ImportFormatter)
