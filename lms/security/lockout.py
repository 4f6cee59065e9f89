"""The login page as django-axes shows it to a locked-out username."""

from axes.helpers import get_client_username
from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm
from django.shortcuts import render
from django.utils import timezone
from django.utils.formats import time_format
from django.utils.translation import gettext as _


def lockout_response(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: the login page again, with what happened and what to do.

    A bare 403 would leave an instructor guessing; the page names the limit, the time the
    lock lifts and who can lift it sooner. The username stays in the form. Status 429 tells
    scripts what browsers show in words. The message is the same for unknown usernames, so
    it reveals nothing about which accounts exist.
    """
    username = get_client_username(request, credentials) or ""
    cool_off = settings.AXES_COOLOFF_TIME
    until = timezone.localtime(timezone.now() + cool_off)
    message = _(
        "Too many failed logins: after %(limit)d wrong passwords this account is locked "
        "for %(minutes)d minutes, until %(time)s. Wait, or ask the site administrator to unlock "
        "it and, if needed, reset your password."
    ) % {
        "limit": settings.AXES_FAILURE_LIMIT,
        "minutes": cool_off.total_seconds() // 60,
        "time": time_format(until, "TIME_FORMAT"),
    }
    form = AuthenticationForm(request, initial={"username": username})
    context = {
        "form": form,
        "next": request.POST.get("next", ""),
        "lockout_message": message,
    }
    return render(request, "registration/login.html", context, status=429)
