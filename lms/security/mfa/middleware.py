"""No admin page, and no page at all for admin roles, without a verified second factor."""

from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django.utils.functional import LazyObject, empty
from django.utils.http import urlencode
from django_otp.middleware import OTPMiddleware as DjangoOTPMiddleware

from lms.roles import roles_for
from lms.security.csp import admin_prefix

from . import devices
from .session import ENROLLED

ADMIN_ACCESS = "wagtailadmin.access_admin"
# Reachable between the password and the second factor: the way in, the way out, and
# the site's language switcher (home.views.switch_language), which posts from the login,
# enrolment and code pages and must not send the user back to the code page with
# next=/language/, a POST-only view.
OPEN_URL_NAMES = frozenset({"login", "logout", "mfa_setup", "mfa_verify", "switch_language"})


class OTPMiddleware(DjangoOTPMiddleware):
    """django-otp's middleware, wrapping the user itself rather than the lazy user that
    AuthenticationMiddleware left on the request.

    Otherwise request.user is a lazy object inside a lazy object, and code that unwraps it
    once to find its model (Wagtail's audit log does, for `log(instance=request.user)`)
    finds a lazy object instead and silently logs nothing.
    """

    def _verify_user_sync(self, request, user):
        if isinstance(user, LazyObject):
            if user._wrapped is empty:
                user._setup()
            user = user._wrapped
        return super()._verify_user_sync(request, user)


def second_factor_required(user):
    """Everyone who can reach the Wagtail admin must use a second factor: admin roles,
    superusers, and anyone a coordinator gave admin access some other way."""
    return roles_for(user).can_use_admin or user.has_perm(ADMIN_ACCESS)


class TwoFactorRequiredMiddleware:
    """Send a logged-in but unverified user to verification (or enrolment) when:

    - the path is in the Wagtail admin and the user has admin access (any /admin/ URL);
    - the user holds an admin role (then every page: theirs is an admin session);
    - the user enrolled voluntarily (an instructor who opted in).

    Instructors without a device are never stopped. Comes after OTPMiddleware, which
    provides `request.user.is_verified()`. New views are covered without doing anything.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if user.is_authenticated and not user.is_verified():
            destination = self.destination(request)
            if destination:
                query = urlencode({"next": request.get_full_path()})
                return redirect(f"{destination}?{query}")
        return self.get_response(request)

    def destination(self, request):
        user = request.user
        in_admin = request.path_info.startswith(admin_prefix())
        required = (in_admin and user.has_perm(ADMIN_ACCESS)) or roles_for(user).can_use_admin
        if not (required or request.session.get(ENROLLED)) or self.is_open(request):
            return None
        if devices.has_device(user):
            return reverse("mfa_verify")
        if required:
            return reverse("mfa_setup")
        # Enrolled once, devices removed since (a coordinator's reset): nothing to ask for.
        request.session.pop(ENROLLED, None)
        return None

    @staticmethod
    def is_open(request):
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return False
        return match.url_name in OPEN_URL_NAMES
