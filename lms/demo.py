"""Demo accounts, one per role, and (later) the demo delivery records."""

from base64 import b32decode
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django_otp.plugins.otp_totp.models import TOTPDevice

from lms import roles


@dataclass(frozen=True)
class DemoAccount:
    username: str
    first_name: str
    last_name: str
    role: str
    purpose: str


DEMO_ACCOUNTS = [
    DemoAccount(
        "coordinator",
        "Sana",
        "Iqbal",
        roles.COORDINATORS,
        "sees every jail, reports and exports; manages jails and accounts",
    ),
    DemoAccount(
        "trainer",
        "Bilal",
        "Ahmed",
        roles.TRAINERS,
        "edits lesson plans and training modules, submits them for approval",
    ),
    DemoAccount(
        "reviewer",
        "Nadia",
        "Farooq",
        roles.REVIEWERS,
        "lead trainer: approves curriculum changes",
    ),
    DemoAccount(
        "instructor.lahore",
        "Ayesha",
        "Malik",
        roles.INSTRUCTORS,
        "psychologist at Central Jail Lahore: reads lessons, logs sessions",
    ),
]


@transaction.atomic
def ensure_demo_users():
    User = get_user_model()
    users = {}
    for account in DEMO_ACCOUNTS:
        user = User.objects.filter(username=account.username).first()
        if user is None:
            user = User.objects.create_user(
                username=account.username,
                password=settings.DEMO_PASSWORD,
                first_name=account.first_name,
                last_name=account.last_name,
                email=f"{account.username}@ecip.example",
            )
            user.groups.add(Group.objects.get(name=account.role))
        users[account.username] = user
    return users


# DEMO ONLY. Admin roles need a second factor; so that anyone can try the demo, its admin
# accounts share this published authenticator secret (load_demo prints it, `manage.py
# demo_totp USERNAME` prints a current code). Only load_demo ever uses it, and only for
# the demo accounts it creates: anyone who reads this file can make these codes.
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
