from django import template
from wagtail.models import Locale, Page

register = template.Library()

SECTION_DEPTH = 3  # root (1) > home in each language (2) > curriculum, training (3)


@register.simple_tag(takes_context=True)
def site_sections(context):
    """The top-level sections (curriculum, training programmes) in the page's language."""
    page = context.get("page")
    locale_id = page.locale_id if page is not None else Locale.get_active().pk
    return list(
        Page.objects.live()
        .in_menu()
        .filter(depth=SECTION_DEPTH, locale_id=locale_id)
        .order_by("path")
        .only("title", "url_path", "path")
    )
