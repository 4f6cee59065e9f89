from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language

# Areas outside i18n_patterns: their addresses never carry a language.
UNPREFIXED_AREAS = ("/admin/", "/documents/", "/login/", "/logout/", "/language/", "/static/")


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
