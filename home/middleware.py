from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language
from wagtail.models import Site

from curriculum import caching

# Areas outside i18n_patterns: their addresses never carry a language.
UNPREFIXED_AREAS = (
    "/admin/",
    "/account/",
    "/documents/",
    "/login/",
    "/logout/",
    "/language/",
    "/static/",
)


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, except that a 404 in an area without language prefixes stays a 404.

    Django sends an unprefixed 404 to /en/<same path> whenever that address resolves, and
    the page tree's catch-all resolves every address, so a mistyped admin address would
    bounce to a second, confusing 404 under /en/admin/.
    """

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(UNPREFIXED_AREAS):
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", get_language())
            return response
        return super().process_response(request, response)


class CachedSiteMiddleware:
    """Finds the Wagtail site serving a request from the cache instead of the database.

    Wagtail looks the site up by hostname on every page view and keeps the answer on
    the request (`request._wagtail_site`); sites change almost never, so the lookup is
    cached with the curriculum's content (curriculum/caching.py forgets it when a site
    is saved or deleted). Only where pages are served: the areas without a language
    prefix (admin, login, language switch, static files...) look it up as Wagtail
    does, if at all.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith(UNPREFIXED_AREAS):
            host = request._get_raw_host()
            port = request.get_port()
            request._wagtail_site = caching.get_or_compute(
                f"site:{host}:{port}", lambda: Site._find_for_request(request)
            )
        return self.get_response(request)
