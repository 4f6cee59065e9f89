from django.conf import settings
from django.core.management.base import BaseCommand

from curriculum.demo import build_curriculum, build_training
from home.demo import ensure_home_page
from lms.demo import (
    ADMIN_ROLE_DEMO_ACCOUNTS,
    DEMO_ACCOUNTS,
    DEMO_TOTP_SECRET,
    ensure_demo_authenticators,
    ensure_demo_users,
)
from lms.roles import ensure_curriculum_workflow, ensure_roles


class Command(BaseCommand):
    help = (
        "Load the ECIP demo: site tree, curriculum, refresher training and one account "
        "per role. Safe to run again: existing records are left as they are."
    )

    def handle(self, *args, **options):
        ensure_roles()
        home = ensure_home_page()
        users = ensure_demo_users()
        ensure_demo_authenticators(users)
        build_curriculum(home, author=users["trainer"], approver=users["reviewer"])
        build_training(home, author=users["trainer"], approver=users["reviewer"])
        ensure_curriculum_workflow()
        self.print_accounts()

    def print_accounts(self):
        self.stdout.write(self.style.SUCCESS("ECIP demo data is ready."))
        self.stdout.write(
            f"Open http://127.0.0.1:8000/ and log in with password "
            f"'{settings.DEMO_PASSWORD}' as one of:"
        )
        width = max(len(a.username) for a in DEMO_ACCOUNTS)
        for account in DEMO_ACCOUNTS:
            self.stdout.write(
                f"  {account.username:<{width}}  {account.role[:-1]:<12} {account.purpose}"
            )
        admins = ", ".join(a.username for a in ADMIN_ROLE_DEMO_ACCOUNTS)
        self.stdout.write(
            f"Admin roles ({admins}) also enter a code from an authenticator app after the "
            f"password.\nDEMO ONLY, never for real accounts: their authenticator secret is "
            f"{DEMO_TOTP_SECRET} (add it to any authenticator app), or print the current "
            f"code with:  .venv/bin/python manage.py demo_totp trainer"
        )
