"""Session lifetime limits and no-store caching for anyone logged in."""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import SESSION_KEY, logout
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _

LOGIN_AT = "ecip_login_at"
SEEN_AT = "ecip_seen_at"
# Recording every request's time would write the session on every request; a minute's
# resolution keeps the idle limit honest (29 to 30 minutes) with one write a minute.
SEEN_AT_RESOLUTION = 60


def now():
    """Seconds since the epoch. The one clock of this module, so tests can move it."""
    return time.time()


def start_session_clock(sender, request, user, **kwargs):
    """user_logged_in receiver: both limits count from the moment of login."""
    moment = now()
    request.session[LOGIN_AT] = moment
    request.session[SEEN_AT] = moment


class SessionLimitsMiddleware:
    """Log a user out after SESSION_IDLE_TIMEOUT without a request, or SESSION_ABSOLUTE_TIMEOUT
    after login, whichever comes first; drop the session of a deactivated user.

    Shared office computers and phones passed around a jail make a forgotten session a real
    risk. The user is logged out before the view runs, so LoginRequiredMiddleware sends them
    to the login page (with `next`), where a message says why.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            reason = self.expiry_reason(request.session)
            if reason:
                logout(request)
                messages.info(request, reason)
        elif SESSION_KEY in request.session:
            # The session names a user who may no longer log in (deactivated, deleted):
            # end it here rather than keep it around.
            request.session.flush()
        return self.get_response(request)

    @staticmethod
    def expiry_reason(session):
        moment = now()
        # Sessions from before these limits existed start counting now.
        login_at = session.setdefault(LOGIN_AT, moment)
        seen_at = session.setdefault(SEEN_AT, moment)
        if moment - login_at > settings.SESSION_ABSOLUTE_TIMEOUT:
            hours = settings.SESSION_ABSOLUTE_TIMEOUT // 3600
            return _(
                "You were logged out because sessions last at most %(hours)d hours. "
                "Log in again to continue."
            ) % {"hours": hours}
        if moment - seen_at > settings.SESSION_IDLE_TIMEOUT:
            minutes = settings.SESSION_IDLE_TIMEOUT // 60
            return _(
                "You were logged out after %(minutes)d minutes without activity. "
                "Log in again to continue."
            ) % {"minutes": minutes}
        if moment - seen_at >= SEEN_AT_RESOLUTION:
            session[SEEN_AT] = moment
        return None


class NoStoreForUsersMiddleware:
    """`Cache-Control: no-store` (and friends) on every response to a logged-in user.

    Pages shown to a logged-in user may carry records of a jail; neither the browser's disk
    cache, nor a shared proxy, nor the back button on a shared computer may keep them.
    Anonymous responses (the login page, static files) are left cacheable.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        was_authenticated = request.user.is_authenticated
        response = self.get_response(request)
        if was_authenticated or request.user.is_authenticated:
            add_never_cache_headers(response)
        return response
