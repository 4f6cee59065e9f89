"""Local development: `make run`. Never used in production."""

from .base import *  # noqa: F403

# `make run` serves the demo as the site is served: Django's debug pages would show every
# address and the settings to whoever opens a wrong one. Errors go to the console instead.
DEBUG = False
SECRET_KEY = "dev-only-not-secret-ecip-lms"
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# Static files come from the app and project folders directly; nothing is collected.
# WhiteNoise serves them (runserver does only with DEBUG) and sees edits at once.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# No proxy in front: serve uploaded images as it would (lms/urls.py, docs/operations.md).
SERVE_MEDIA_IMAGES = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {"django": {"handlers": ["console"], "level": "WARNING"}},
}
