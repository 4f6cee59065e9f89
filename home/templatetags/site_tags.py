from django import template
from django.conf import settings
from django.utils import translation
from wagtail.models import Locale, Page

from curriculum import caching
from home.languages import page_translations, page_url_in, path_in_language

register = template.Library()

SECTION_DEPTH = 3  # root (1) > home in each language (2) > curriculum, training (3)


@register.simple_tag(takes_context=True)
def site_sections(context):
    """The top-level sections (curriculum, training programmes) in the page's language."""
    page = context.get("page")
    locale_id = page.locale_id if page is not None else Locale.get_active().pk
    return caching.get_or_compute(
        f"site-sections:{locale_id}",
        lambda: list(
            Page.objects.live()
            .in_menu()
            .filter(depth=SECTION_DEPTH, locale_id=locale_id)
            .order_by("path")
            .only("title", "url_path", "path")
        ),
    )


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """One button per language, each going to this page in that language.

    On a page, the other language's address is its translation's (or that language's
    home); the page's context may already hold the translations (a lesson loads them
    with its module), which saves the query.
    """
    request = context["request"]
    current = translation.get_language()
    page = context.get("page")
    if isinstance(page, Page):
        translations = context.get("page_translations")
        if translations is None:
            translations = page_translations(page)
    languages = []
    for code, name in settings.LANGUAGES:
        if isinstance(page, Page):
            target = page_url_in(page, code, translations, request)
        else:
            target = path_in_language(request.get_full_path(), code, request)
        with translation.override(code):
            own_name = translation.gettext(name)
        languages.append(
            {"code": code, "name": own_name, "url": target, "current": code == current}
        )
    return {"languages": languages, "csrf_token": context.get("csrf_token")}
