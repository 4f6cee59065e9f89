"""DEMO ONLY: the published authenticator of the demo's admin-role accounts.

Admin roles need a second factor, so that anyone can try the demo its admin accounts
(coordinator, trainer, reviewer) share this published secret: load_demo prints it and
`manage.py demo_totp USERNAME` prints a current code. Only load_demo uses this, and only
for demo accounts without a device of their own; anyone who reads this file can make
these codes, so never run load_demo on a real database.
"""

from base64 import b32decode

from django.db import transaction
from django_otp.plugins.otp_totp.models import TOTPDevice

from lms import roles
from lms.demo import DEMO_ACCOUNTS

DEMO_TOTP_SECRET = "ECIPDEMOKEYNOTFORREALACCOUNTS234"
DEMO_TOTP_DEVICE_NAME = "Demo authenticator (demo only, published secret)"
ADMIN_ROLE_DEMO_ACCOUNTS = [a for a in DEMO_ACCOUNTS if a.role != roles.INSTRUCTORS]


def demo_totp_key():
    return b32decode(DEMO_TOTP_SECRET).hex()


@transaction.atomic
def ensure_demo_authenticators(users):
    """Give each admin-role demo account the demo authenticator, unless it has its own."""
    for account in ADMIN_ROLE_DEMO_ACCOUNTS:
        user = users[account.username]
        if not TOTPDevice.objects.filter(user=user).exists():
            TOTPDevice.objects.create(
                user=user, name=DEMO_TOTP_DEVICE_NAME, key=demo_totp_key(), confirmed=True
            )
