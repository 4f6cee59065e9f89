"""Test suite settings: SQLite unless DATABASE_URL points at PostgreSQL (see .ci/run)."""

import os

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret-ecip-lms"
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = Path(os.environ.get("TEST_MEDIA_ROOT", "/tmp/ecip-lms-test-media"))  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"

# Static files come from the app and project folders directly; nothing is collected.
STATIC_ROOT = None
