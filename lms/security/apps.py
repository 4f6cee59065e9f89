from django.apps import AppConfig
from django.contrib.auth.signals import user_logged_in


class SecurityConfig(AppConfig):
    """The site's security layers (no models): its Wagtail hooks and login signal handlers."""

    name = "lms.security"
    label = "ecip_security"
    verbose_name = "ECIP security"

    def ready(self):
        from lms.security.mfa.session import reset_at_login
        from lms.security.middleware import start_session_clock

        # Every login starts the session clocks and asks afresh for the second factor.
        user_logged_in.connect(start_session_clock, dispatch_uid="ecip_session_clock")
        user_logged_in.connect(reset_at_login, dispatch_uid="ecip_mfa_reset")
