"""Content-Security-Policy, with the Wagtail admin's few extra allowances scoped to /admin/."""

from functools import cache

from csp.constants import HEADER
from csp.middleware import CSPMiddleware
from django.conf import settings
from django.urls import reverse


@cache
def admin_prefix():
    """Path prefix of the Wagtail admin ("/admin/"), read from the URLconf once."""
    return reverse("wagtailadmin_home")


def merged(update, additions):
    combined = {key: list(values) for key, values in (update or {}).items()}
    for directive, sources in additions.items():
        combined.setdefault(directive, []).extend(sources)
    return combined


def replace_directive(policy, name, value):
    directives = [d.strip() for d in policy.split(";") if d.strip()]
    return "; ".join(f"{name} {value}" if d.split()[0] == name else d for d in directives)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, plus two admin-only adjustments.

    - ECIP_ADMIN_CSP_ADDITIONS (settings) are added to the policy of /admin/ responses
      only; the site's own pages get the strict policy.
    - An admin view that opts into same-origin framing (Wagtail's live preview sets
      `X-Frame-Options: SAMEORIGIN` so the editor can show it in an iframe) gets
      `frame-ancestors 'self'` instead of 'none', matching what the view itself allows.
      The preview renders the page through the whole middleware stack first, so its
      response already carries the site's policy; only that one directive is rewritten.
    """

    def process_response(self, request, response):
        if HEADER in response and self.allows_same_origin_framing(request, response):
            response[HEADER] = replace_directive(response[HEADER], "frame-ancestors", "'self'")
        return super().process_response(request, response)

    @staticmethod
    def allows_same_origin_framing(request, response):
        return (
            request.path_info.startswith(admin_prefix())
            and response.get("X-Frame-Options", "").upper() == "SAMEORIGIN"
        )

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only or not request.path_info.startswith(admin_prefix()):
            return parts
        parts.update = merged(parts.update, settings.ECIP_ADMIN_CSP_ADDITIONS)
        if self.allows_same_origin_framing(request, response):
            parts.replace = {**(parts.replace or {}), "frame-ancestors": ["'self'"]}
        return parts
