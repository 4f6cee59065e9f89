"""Account page, enrolment, verification, backup codes and opting out (instructors only)."""

import django_otp
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.http import HttpResponseRedirect
from django.shortcuts import redirect, render, resolve_url
from django.urls import reverse, reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods
from django_otp.plugins.otp_static.models import StaticDevice

from lms.roles import roles_for

from . import devices
from .forms import EnrolmentForm, VerificationForm
from .middleware import second_factor_required
from .session import ENROLLED, NEW_CODES, PENDING_KEY

# Few backup codes left: time to print new ones.
LOW_BACKUP_CODES = 3


def safe_next(request):
    """The request's `next` when it is a path on this site, else "".

    Only a path starting with "/" is kept: redirect() would take a bare word for a URL
    name (a NoReverseMatch, so a 500) and a relative path would land somewhere unplanned.
    """
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if candidate.startswith("/") and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return ""


def next_url(request):
    """Where to go afterwards: a local `next`, else the usual landing page."""
    return safe_next(request) or resolve_url(settings.LOGIN_REDIRECT_URL)


def with_next(url_name, request):
    candidate = safe_next(request)
    url = reverse(url_name)
    return f"{url}?{urlencode({'next': candidate})}" if candidate else url


def mark_verified(request, device):
    """Record the verified device in the session (django-otp) under a new session key."""
    django_otp.login(request, device)
    request.session.cycle_key()
    request.session[ENROLLED] = True


def account(request):
    user = request.user
    totp = devices.totp_device(user)
    context = {
        "title": _("Your account"),
        "roles": sorted(roles_for(user).names),
        "totp": totp,
        "backup_codes_left": devices.backup_codes_left(user),
        "required": second_factor_required(user),
        "verified": user.is_verified(),
    }
    return render(request, "lms/account.html", context)


@require_http_methods(["GET", "POST"])
def setup(request):
    """Enrolment: scan (or type) the secret, prove it with a code, get backup codes.

    Nothing is saved until the code matches; until then the secret lives in the session,
    so reloading the page keeps the QR code the phone has already scanned. Someone who
    already has a device must verify with it first: a stolen password alone must not be
    enough to swap in another phone.
    """
    user = request.user
    if devices.has_device(user) and not user.is_verified():
        return redirect(with_next("mfa_verify", request))
    hex_key = request.session.get(PENDING_KEY)
    if not hex_key:
        hex_key = request.session[PENDING_KEY] = devices.new_secret()
    form = EnrolmentForm(request.POST or None, hex_key=hex_key)
    if request.method == "POST" and form.is_valid():
        device, codes = devices.enrol(user, hex_key, last_t=form.time_step)
        del request.session[PENDING_KEY]
        mark_verified(request, device)
        request.session[NEW_CODES] = codes
        messages.success(request, _("Two-factor authentication is on for your account."))
        return redirect(with_next("mfa_backup_codes", request))
    context = {
        "title": _("Set up two-factor authentication"),
        "form": form,
        "qr_code": devices.qr_code_svg(devices.otpauth_url(user, hex_key)),
        "secret": devices.base32_secret(hex_key),
        "replacing": devices.totp_device(user) is not None,
        "required": second_factor_required(user),
        "next": safe_next(request),
    }
    return render(request, "lms/mfa_setup.html", context)


@require_http_methods(["GET", "POST"])
def verify(request):
    """The second step of logging in: a code from the app or one backup code."""
    user = request.user
    if user.is_verified():
        return HttpResponseRedirect(next_url(request))
    if not devices.has_device(user):
        if second_factor_required(user):
            return redirect(with_next("mfa_setup", request))
        request.session.pop(ENROLLED, None)
        return HttpResponseRedirect(next_url(request))
    form = VerificationForm(request.POST or None, user=user)
    if request.method == "POST" and form.is_valid():
        mark_verified(request, form.device)
        if isinstance(form.device, StaticDevice):
            left = devices.backup_codes_left(user)
            text = _("You used a backup code; %(left)d left.") % {"left": left}
            if left <= LOW_BACKUP_CODES:
                text += " " + _("Make new backup codes from your account page.")
            messages.warning(request, text)
        return HttpResponseRedirect(next_url(request))
    context = {
        "title": _("Enter your code"),
        "form": form,
        "next": safe_next(request),
    }
    return render(request, "lms/mfa_verify.html", context)


@require_http_methods(["GET", "POST"])
def backup_codes(request):
    """Shows freshly made backup codes once; POST replaces all codes with ten new ones."""
    user = request.user
    if not user.is_verified():
        return redirect(with_next("mfa_verify", request) if devices.has_device(user) else "account")
    if request.method == "POST":
        request.session[NEW_CODES] = devices.replace_backup_codes(user)
        messages.success(request, _("New backup codes made; the old ones no longer work."))
        return redirect(with_next("mfa_backup_codes", request))
    context = {
        "title": _("Backup codes"),
        "codes": request.session.pop(NEW_CODES, None),
        "codes_left": devices.backup_codes_left(user),
        "next": next_url(request),
    }
    return render(request, "lms/mfa_backup_codes.html", context)


@require_http_methods(["GET", "POST"])
def disable(request):
    """Opting out again, for those who opted in; admin roles cannot turn it off."""
    user = request.user
    if second_factor_required(user):
        messages.error(
            request, _("Your role uses the admin, so two-factor authentication stays on.")
        )
        return redirect("account")
    if not devices.has_device(user):
        return redirect("account")
    if not user.is_verified():
        return redirect(with_next("mfa_verify", request))
    if request.method == "POST":
        devices.remove_all(user)
        request.session[ENROLLED] = False
        messages.success(request, _("Two-factor authentication is off for your account."))
        return redirect("account")
    return render(
        request, "lms/mfa_disable.html", {"title": _("Turn off two-factor authentication")}
    )


class PasswordChangeView(auth_views.PasswordChangeView):
    """Django's password change (with every AUTH_PASSWORD_VALIDATORS rule), in our layout."""

    success_url = reverse_lazy("account")
    extra_context = {"title": gettext_lazy("Change your password")}

    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(self.request, _("Your password has been changed."))
        return response
