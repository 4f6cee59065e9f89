from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.staticfiles import versioned_static


@hooks.register("insert_global_admin_js")
def date_chooser_controller():
    """Starts Wagtail's date pickers without the inline script CSP refuses (see the file)."""
    return format_html('<script src="{}"></script>', versioned_static("js/admin/date-choosers.js"))


@hooks.register("register_account_menu_item")
def two_factor_settings(request):
    """Admin users find their authenticator and backup codes from Wagtail's account page."""
    return {
        "url": reverse("account"),
        "label": _("Two-factor authentication"),
        "help_text": _("Move to a new phone, or make new backup codes."),
    }
