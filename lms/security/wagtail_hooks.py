from django.contrib import messages
from django.contrib.auth import get_user_model
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.staticfiles import versioned_static

from lms.security.users import bulk_role_refusal


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


@hooks.register("before_bulk_action")
def refuse_role_assignments_the_rules_forbid(request, action_type, objects, action):
    """The users listing's "Assign role" obeys the same rule as the user edit screen."""
    if action_type != "assign_role" or action.model is not get_user_model():
        return None
    refusal = bulk_role_refusal(request.user, objects, action.cleaned_form.cleaned_data["role"])
    if refusal:
        messages.error(request, refusal)
        return redirect(action.next_url)
    return None
