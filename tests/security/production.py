"""The environment of a production process, for tests that start one."""

import os
import secrets

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "lms.settings.production",
    "SECRET_KEY": secrets.token_urlsafe(60),
    "ALLOWED_HOSTS": "ecip.example.org",
    # Never connected to unless a test says otherwise: the deployment checks do not touch
    # the database.
    "DATABASE_URL": "postgres://ecip@127.0.0.1:5432/security_check_never_created",
}


def production_env(**overrides):
    """This process's environment as production would have it, without REDIS_URL unless
    given. The browser tests lift Django's async-safety guard for this process; a
    deployment never does (check --deploy says so), so the child starts without it."""
    inherited = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DJANGO_ALLOW_ASYNC_UNSAFE", "REDIS_URL"}
    }
    return {**inherited, **PRODUCTION_ENV, **overrides}
