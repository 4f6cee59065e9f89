"""Production: PostgreSQL via DATABASE_URL, gunicorn behind a TLS proxy, WhiteNoise.

`manage.py check --deploy --fail-level WARNING` passes with these settings
(tests/home/test_settings.py runs it); docs/security.md explains each one.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

DEBUG = False

try:
    SECRET_KEY = os.environ["SECRET_KEY"]
except KeyError as missing:
    raise ImproperlyConfigured(
        "SECRET_KEY is not set. Production refuses to start without a secret key; "
        "set the SECRET_KEY environment variable to a long random string."
    ) from missing
if not SECRET_KEY.strip():
    raise ImproperlyConfigured("SECRET_KEY is empty; set it to a long random string.")

ALLOWED_HOSTS = [
    host.strip() for host in os.environ.get("ALLOWED_HOSTS", "").split(",") if host.strip()
]

# One cache shared by every gunicorn worker and host (sessions, the curriculum's
# rendered pages and menus): with it a publication shows on every worker at once.
# Without REDIS_URL each worker keeps its own cache, which lets other workers show a
# changed menu or neighbouring lesson for up to CONTENT_CACHE_SECONDS
# (curriculum/caching.py).
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "ecip",
        }
    }
else:
    # Sessions must not live in a cache of one worker's own: a copy kept there outlives a
    # logout (or a second factor, or a session limit) handled by another worker. With a
    # shared cache base.py's cached_db is safe; without one, the database alone holds
    # them, at one small query per request.
    SESSION_ENGINE = "django.contrib.sessions.backends.db"

STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
}

# HTTPS only. gunicorn listens on 127.0.0.1 behind a reverse proxy that terminates TLS and
# sets X-Forwarded-Proto itself, overwriting whatever the client sent (docs/operations.md);
# Django trusts that header to know a request came over HTTPS.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = True
# A year of HSTS, subdomains included; "preload" only allows the domain owner to submit
# the domain to browsers' preload lists, it submits nothing itself.
SECURE_HSTS_SECONDS = 365 * 24 * 60 * 60
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True

# Cookies travel over HTTPS only (HttpOnly and SameSite are set in base.py for every
# environment; Secure cannot be, because `make run` serves plain HTTP on 127.0.0.1).
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"

# Browsers upgrade any stray http:// sub-resource instead of loading it in clear.
CONTENT_SECURITY_POLICY["DIRECTIVES"]["upgrade-insecure-requests"] = True  # noqa: F405
