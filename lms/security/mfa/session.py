"""What the session remembers about two-factor authentication, and the login hook that sets it."""

from django_otp import DEVICE_ID_SESSION_KEY

from . import devices

# The user has a device, so this session must be verified (instructors who opted in);
# saves looking devices up on every request.
ENROLLED = "ecip_mfa_enrolled"
# The secret shown during enrolment, kept here (not in the database) until confirmed.
PENDING_KEY = "ecip_mfa_pending_key"
# Backup codes just generated, shown once and then dropped.
NEW_CODES = "ecip_mfa_new_codes"


def reset_at_login(sender, request, user, **kwargs):
    """user_logged_in receiver: a password login always needs a fresh second factor."""
    request.session.pop(DEVICE_ID_SESSION_KEY, None)
    request.session[ENROLLED] = devices.has_device(user)
