"""Choosing the interface language, and starting each login in the user's language."""

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.http import HttpResponseBadRequest, HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.users.models import UserProfile

from home.languages import language_home, path_in_language


def _remember_language(response, language_code):
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language_code,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )
    return response


def _safe(request, url, fallback):
    if url and url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return fallback


@login_not_required
@require_POST
def switch_language(request):
    """The language switcher's form: go to this page in the chosen language.

    The choice is remembered in a cookie (for addresses without a language, such as the
    login page) and, for a logged-in user, as their preferred language in Wagtail's user
    profile, which the next login starts from.
    """
    language = request.POST.get("language", "")
    if language not in dict(settings.LANGUAGES):
        return HttpResponseBadRequest(_("Unknown language: choose English or Urdu."))
    target = _safe(request, request.POST.get(f"next-{language}"), language_home(language))
    if request.user.is_authenticated:
        profile = UserProfile.get_for_user(request.user)
        if profile.preferred_language != language:
            profile.preferred_language = language
            profile.save(update_fields=["preferred_language"])
    return _remember_language(HttpResponseRedirect(target), language)


class LoginView(auth_views.LoginView):
    """Django's login, continuing in the language the user last chose.

    A user arriving at a home page ("/", "/en/") lands on the home page of their preferred
    language; a deeper address is taken to the same page in that language when a
    translation exists.
    """

    # A signed-in user sent here (say, an instructor following a link into the admin)
    # sees who they are signed in as instead of being bounced straight back, which
    # would loop between the page and this one.
    redirect_authenticated_user = False

    def form_valid(self, form):
        response = super().form_valid(form)
        language = UserProfile.get_for_user(form.get_user()).preferred_language
        if language not in dict(settings.LANGUAGES):
            return response
        target = response["Location"]
        if target in ("/", *(language_home(code) for code, _name in settings.LANGUAGES)):
            target = language_home(language)
        else:
            target = path_in_language(target, language, self.request)
        response["Location"] = target
        return _remember_language(response, language)
