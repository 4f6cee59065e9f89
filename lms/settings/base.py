"""Settings shared by every environment; dev, test and production adjust a few of them."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

INSTALLED_APPS = [
    "home",
    "curriculum",
    "lms",
    "lms.security",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    # wagtail.users, with the rule on who may change whose groups (lms/security/users.py).
    "lms.security.wagtail_users.UsersConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    # Django's own widget templates, for the form renderer below.
    "django.forms",
]

# Order matters; docs/security.md explains each security layer.
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "lms.security.csp.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "home.middleware.LocaleMiddleware",
    "home.middleware.CachedSiteMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Before the session limits, which leave a message when they end a session.
    "django.contrib.messages.middleware.MessageMiddleware",
    # Outside everything that may answer a logged-in user with a redirect.
    "lms.security.middleware.NoStoreForUsersMiddleware",
    # Before the session limits (it notes who was signed in) and the login requirement
    # (it keeps a form sent after the session ended, for after the next login).
    "lms.typed_forms.KeepTypedFormMiddleware",
    "lms.security.middleware.SessionLimitsMiddleware",
    # The curriculum is internal to the programme: every page needs a login except
    # the views Django marks with @login_not_required (the login page itself).
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "lms.security.mfa.middleware.OTPMiddleware",
    "lms.security.mfa.middleware.TwoFactorRequiredMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes requires: turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "lms.urls"
# Form widgets render through TEMPLATES, so templates/ can override a widget template
# (templates/wagtailadmin/widgets/: Wagtail's date pickers without inline scripts).
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"
WSGI_APPLICATION = "lms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "lms.context_processors.roles",
            ],
        },
    },
]

# SQLite by default so `make run` needs nothing but Python; DATABASE_URL switches to
# PostgreSQL (postgres://user@host:port/name), the production database.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # SQLite lets one writer in at a time. A transaction that starts by reading and then
    # writes cannot wait for a turn (SQLite refuses at once: "database is locked"), so
    # every transaction asks for the write lock when it begins and waits up to `timeout`
    # seconds for it. WAL lets readers carry on while someone writes.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    # Django's list of 20,000 common passwords; the next one catches the keyboard runs
    # and repetitions that no list can hold at every length.
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    {"NAME": "lms.security.passwords.PredictablePasswordValidator"},
    {"NAME": "lms.security.passwords.DemoPasswordValidator"},
    {"NAME": "lms.security.passwords.NewPasswordValidator"},
]

# How long a worker may show a page's surroundings (module, neighbours, menus) after
# another worker published a change, when the cache is not shared between workers
# (curriculum/caching.py); a lesson's own content is never served stale.
CONTENT_CACHE_SECONDS = 300

# Sessions are read from the cache and written through to the database: no session
# query on most requests, and nothing lost when the cache restarts. Safe only with one
# process (runserver, tests) or a cache all processes share: production falls back to
# database sessions without REDIS_URL (production.py).
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
# A session ends after 30 minutes without a request, and 8 hours after login whatever
# happens (lms.security.middleware.SessionLimitsMiddleware). The cookie lives no longer
# than the absolute limit and not past the browser's closing: offices share computers.
SESSION_IDLE_TIMEOUT = 30 * 60
SESSION_ABSOLUTE_TIMEOUT = 8 * 60 * 60
SESSION_COOKIE_AGE = SESSION_ABSOLUTE_TIMEOUT
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
# Nothing in the site or the Wagtail admin reads the CSRF cookie from JavaScript (the
# admin takes the token from the page), so scripts need not see it either.
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"

# Content-Security-Policy (django-csp 4 format). Scripts only from our own origin: no
# inline script anywhere, no eval. Framing is refused everywhere (frame-ancestors);
# lms.security.csp adds the few allowances the Wagtail admin needs, on /admin/ only.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}
# Added to the policy of /admin/ responses only (lms.security.csp); docs/security.md says why.
ECIP_ADMIN_CSP_ADDITIONS = {
    # Draftail (the rich-text editor) inserts <style> elements from its script for list
    # indentation and block styles. Only <style> elements: style attributes stay refused,
    # and scripts get no allowance at all.
    "style-src-elem": ["'self'", "'unsafe-inline'"],
}

# Login lockout (django-axes): five failed passwords for one username lock that username
# for 30 minutes; the login page says so (lms.security.lockout). See docs/security.md
# for why the lock is per username and not per IP address.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=30)
AXES_LOCKOUT_PARAMETERS = ["username"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "lms.security.lockout.lockout_response"
# axes.W006 asks for the IP address in the lockout key. Silenced on purpose: staff of a
# jail reach the site through one shared address, so an IP-based lock would shut a whole
# jail out after five typos by different people, while the per-username lock caps
# password guessing at five tries per account per 30 minutes from any number of addresses.
SILENCED_SYSTEM_CHECKS = ["axes.W006"]

# Two-factor authentication (django-otp): required of everyone who can reach the Wagtail
# admin, optional for instructors (lms.security.mfa).
OTP_TOTP_ISSUER = "ECIP LMS"

# django-axes first: it refuses a locked-out username before the password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "login"
# One login page for the site and the Wagtail admin.
WAGTAILADMIN_LOGIN_URL = "/login/"
WAGTAIL_FRONTEND_LOGIN_URL = "/login/"

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("ur", _("Urdu"))]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
# A new translation starts as a draft, even of a live page: Urdu pages go live only
# through the Curriculum approval workflow, like every other curriculum change.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
TIME_ZONE = "Asia/Karachi"
# "2 Dec 2026" in every language, the admin included (lms/formats/).
FORMAT_MODULE_PATH = ["lms.formats"]
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static_collected"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
# Uploaded images are served by the reverse proxy; `make run` has none (dev.py).
SERVE_MEDIA_IMAGES = False
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Complex lesson plans (many steps) exceed Django's default of 1,000 form fields.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "ECIP LMS"
# No Gravatar: staff e-mail hashes would go to a third party, and CSP allows no foreign images.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database"},
}
# Uploads: an extension allow-list, a size limit and (images) a pixel limit, checked by
# Wagtail's upload forms. Documents are served only through Wagtail's view, behind the
# login, never straight from the media folder.
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "xlsx", "pptx", "txt", "csv"]
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 5 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
# Lesson plans are workflow-approved; editing an approved revision needs approval again.
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
WAGTAIL_MODERATION_ENABLED = True

DEMO_PASSWORD = "ecip-demo-2026"
# Instructors may correct their own session logs for this many days; coordinators always.
LMS_INSTRUCTOR_EDIT_DAYS = 30
# A jail with no session for this many days counts as stale in the reports.
LMS_STALE_AFTER_DAYS = 21
# Reading an import file gives up after this many seconds (lms/imports/reading.py); a
# workbook at the row limit reads in about 5 s on an idle core, 20 s on a busy one.
LMS_IMPORT_READ_SECONDS = 60
