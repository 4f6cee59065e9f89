"""Production: PostgreSQL via DATABASE_URL, gunicorn, WhiteNoise for static files."""

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

STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
}
