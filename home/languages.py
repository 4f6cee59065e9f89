"""The same page in another language, for the language switcher and the login redirect.

URLs carry the language (/en/..., /ur/...). A page's other-language address is its
translation's, when a live translation exists; otherwise that language's home page, so
switching never lands on a "page not found".
"""

from django.conf import settings
from django.urls import Resolver404, resolve, translate_url
from django.utils import translation
from wagtail.models import Page


def language_home(language_code):
    return f"/{language_code}/"


def page_translations(page):
    """A page's live translations by language code, in one query."""
    return {
        other.locale.language_code: other
        for other in Page.objects.filter(translation_key=page.translation_key, live=True)
        .exclude(pk=page.pk)
        .select_related("locale")
        .only("url_path", "path", "depth", "translation_key", "locale")
    }


def page_url_in(page, language_code, translations, request=None):
    """`page` in `language_code`: its translation, itself if it is in that language, or
    that language's home. Reads no locale from the database for the page itself."""
    other = translations.get(language_code)
    if other is not None:
        return other.get_url(request)
    if language_code == translation.get_language():
        return page.get_url(request)
    return language_home(language_code)


def _split_language(path):
    for code, _name in settings.LANGUAGES:
        prefix = language_home(code)
        if path == prefix[:-1] or path.startswith(prefix):
            return code, path[len(prefix) :]
    return None, path.lstrip("/")


def path_in_language(path, language_code, request=None):
    """The address of `path` (a local path, possibly with a query) in another language.

    A page path maps to the page's translation (or that language's home); any other
    language-prefixed view (search) keeps its path and query under the new prefix; a
    path without a language (login, admin) is returned unchanged.
    """
    current, rest = _split_language(path.split("?", 1)[0])
    if current is None:
        return path
    if current == language_code:
        return path
    # The address is resolved in its own language: i18n_patterns only match the
    # prefix of the active language.
    with translation.override(current):
        try:
            match = resolve(path.split("?", 1)[0])
        except Resolver404:
            return language_home(language_code)
        if match.url_name != "wagtail_serve":
            return translate_url(path, language_code)
    home = Page.objects.filter(depth=2, locale__language_code=current).only("url_path").first()
    page = (
        Page.objects.filter(url_path=f"{home.url_path}{rest}", live=True)
        .select_related("locale")
        .first()
        if home is not None
        else None
    )
    if page is None:
        return language_home(language_code)
    with translation.override(current):
        return page_url_in(page, language_code, page_translations(page), request)
