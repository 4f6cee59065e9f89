"""A form sent after its session ended is kept, and put back in the form after login.

Sessions end after 30 idle minutes (lms.security.middleware). An instructor who typed a
session log, stepped away and then pressed Save would otherwise land on the login page
with everything lost. Views marked with `keeps_typed_form` have such a post kept in the
new, anonymous session: never passwords or the CSRF token, at most MAX_FIELDS fields
and MAX_CHARS characters, for MAX_AGE seconds. After login the form opens with those
values filled in for the user to check and send; nothing is sent for them.

Child data must not pass to another person at a shared computer: a post kept from a
known user (their session had just ended) is given back only to that user; one whose
user is unknown (the session was gone altogether) only to the very next login. Any
other login drops it.
"""

from django.contrib import messages
from django.utils.datastructures import MultiValueDict
from django.utils.translation import gettext as _

from lms.security import middleware as session_limits

SESSION_KEY = "ecip_typed_form"
MAX_AGE = 15 * 60
MAX_FIELDS = 200
MAX_CHARS = 32_000
NEVER_KEPT = {"csrfmiddlewaretoken"}


def keeps_typed_form(view):
    """Mark a form view whose posts are kept when the session has ended."""
    view.keeps_typed_form = True
    return view


def _secret(name):
    return name in NEVER_KEPT or "password" in name.lower()


class KeepTypedFormMiddleware:
    """Keeps the post of a user whose session has ended; place it before the session
    limits (to learn who was signed in) and before LoginRequiredMiddleware (which sends
    the post to the login page)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        request.typed_form_user_id = user.pk if user.is_authenticated else None
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if (
            request.method != "POST"
            or request.user.is_authenticated
            or not getattr(view_func, "keeps_typed_form", False)
        ):
            return None
        fields = {name: request.POST.getlist(name) for name in request.POST if not _secret(name)}
        size = sum(len(name) + sum(map(len, values)) for name, values in fields.items())
        if len(fields) > MAX_FIELDS or size > MAX_CHARS:
            return None
        request.session[SESSION_KEY] = {
            "view": request.resolver_match.view_name,
            "kwargs": view_kwargs,
            "user": request.typed_form_user_id,
            "at": session_limits.now(),
            "fields": fields,
        }
        messages.warning(
            request,
            _(
                "Your session had ended, so the form was not sent. Log in again: what you "
                "typed will be back in the form for you to check and send."
            ),
        )
        return None


def keep_for_this_login(sender, request, user, **kwargs):
    """user_logged_in receiver: the kept post is this user's, or it is dropped."""
    kept = request.session.get(SESSION_KEY) if request is not None else None
    if kept is None:
        return
    fresh = session_limits.now() - kept["at"] <= MAX_AGE
    if fresh and kept["user"] in (None, user.pk):
        request.session[SESSION_KEY] = {**kept, "user": user.pk}
    else:
        del request.session[SESSION_KEY]


def take_typed_form(request):
    """The fields this user typed into this very form before their session ended, once;
    None if there are none (or they are too old)."""
    kept = request.session.get(SESSION_KEY)
    match = request.resolver_match
    if (
        kept is None
        or kept["user"] != request.user.pk
        or kept["view"] != match.view_name
        or kept["kwargs"] != match.kwargs
    ):
        return None
    del request.session[SESSION_KEY]
    if session_limits.now() - kept["at"] > MAX_AGE:
        return None
    messages.info(
        request,
        _("What you typed before your session ended is back in the form. Check it, then save."),
    )
    return MultiValueDict(kept["fields"])


def initial_from(form, typed):
    """Initial values for an unbound `form` from typed fields, read as its widgets read
    a post (so a list of ticked boxes stays a list)."""
    return {
        name: field.widget.value_from_datadict(typed, {}, form.add_prefix(name))
        for name, field in form.fields.items()
        if form.add_prefix(name) in typed
    }
