"""Demo accounts, one per role, and (later) the demo delivery records."""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction

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
