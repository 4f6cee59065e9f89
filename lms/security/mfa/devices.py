"""What an enrolled user holds: one authenticator app (TOTP) and ten single-use backup codes.

Both are django-otp devices. Everything that creates, reads or removes them goes through
this module, so the views, the demo loader and the management commands agree.
"""

from base64 import b32encode
from binascii import unhexlify

import qrcode
import qrcode.image.svg
from django.db import transaction
from django.utils.safestring import mark_safe
from django_otp import devices_for_user
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp.util import random_hex

TOTP_DEVICE_NAME = "Authenticator app"
BACKUP_DEVICE_NAME = "Backup codes"
BACKUP_CODE_COUNT = 10
# Same window as django-otp's TOTPDevice default: the code before, now and after.
TOTP_TOLERANCE = 1


def new_secret():
    """A fresh 20-byte TOTP key, hex-encoded as django-otp stores it."""
    return random_hex(20)


def base32_secret(hex_key):
    """The key as authenticator apps take it when typed by hand, in groups of four."""
    text = b32encode(unhexlify(hex_key)).decode("ascii").rstrip("=")
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


def otpauth_url(user, hex_key):
    """The otpauth:// URL the QR code carries (issuer from OTP_TOTP_ISSUER)."""
    return TOTPDevice(user=user, key=hex_key).config_url


def qr_code_svg(data):
    """An inline SVG QR code: pure Python (no Pillow), no style attributes (CSP)."""
    image = qrcode.make(data, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    svg = image.to_string(encoding="unicode")
    # Safe: qrcode writes only path data and fixed attributes; `data` is encoded in the path.
    return mark_safe(svg.replace("<svg ", '<svg role="img" aria-label="QR code" ', 1))


def matching_time_step(hex_key, code):
    """The TOTP time step `code` belongs to under this key, or None if it matches none."""
    code = normalise_code(code)
    if not (code.isdigit() and len(code) == 6):
        return None
    totp = TOTP(unhexlify(hex_key))
    if totp.verify(int(code), tolerance=TOTP_TOLERANCE):
        return totp.t()
    return None


def normalise_code(code):
    """What people type: spaces, hyphens, capitals; codes are compared without them."""
    return "".join(code.split()).replace("-", "").lower()


def format_backup_code(token):
    return f"{token[:4]}-{token[4:]}"


def totp_device(user):
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


def backup_device(user):
    return StaticDevice.objects.devices_for_user(user, confirmed=True).first()


def confirmed_devices(user):
    """The user's confirmed devices, authenticator app first."""
    return sorted(devices_for_user(user), key=lambda d: not isinstance(d, TOTPDevice))


def has_device(user):
    return bool(confirmed_devices(user))


def backup_codes_left(user):
    device = backup_device(user)
    return device.token_set.count() if device else 0


@transaction.atomic
def enrol(user, hex_key, last_t, name=TOTP_DEVICE_NAME):
    """Save the confirmed authenticator (replacing any older one) and fresh backup codes.

    `last_t` is the time step of the code that confirmed enrolment, so that code cannot be
    used again to verify a session.
    """
    TOTPDevice.objects.filter(user=user).delete()
    device = TOTPDevice.objects.create(
        user=user, name=name, key=hex_key, confirmed=True, last_t=last_t
    )
    return device, replace_backup_codes(user)


@transaction.atomic
def replace_backup_codes(user):
    """Ten new backup codes; every older code stops working. Returns them for display.

    The device itself is kept: a session verified with a backup code stays verified.
    """
    device = backup_device(user) or StaticDevice.objects.create(
        user=user, name=BACKUP_DEVICE_NAME, confirmed=True
    )
    device.token_set.all().delete()
    tokens = set()
    while len(tokens) < BACKUP_CODE_COUNT:
        tokens.add(StaticToken.random_token())
    StaticToken.objects.bulk_create(StaticToken(device=device, token=t) for t in tokens)
    return [format_backup_code(t) for t in sorted(tokens)]


@transaction.atomic
def remove_all(user):
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
