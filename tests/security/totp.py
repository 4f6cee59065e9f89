"""Codes an authenticator app would show, computed from a device's key as the phone does."""

import time
from base64 import b32decode
from binascii import unhexlify

from django_otp.oath import TOTP


def code_for(hex_key, steps_ahead=0):
    """The 6-digit code for now (or `steps_ahead` 30-second steps later)."""
    totp = TOTP(unhexlify(hex_key))
    totp.time = time.time() + 30 * steps_ahead
    return f"{totp.token():06d}"


def hex_key_from_shown_secret(secret):
    """The key as typed into an app from the enrolment page ("ABCD EFGH ...")."""
    text = "".join(secret.split())
    return b32decode(text + "=" * (-len(text) % 8)).hex()


def wrong_code(hex_key):
    """A well-formed code that matches no step the server accepts right now."""
    accepted = {code_for(hex_key, step) for step in (-1, 0, 1, 2)}
    return next(c for c in ("000000", "111111", "222222", "333333", "444444") if c not in accepted)
