import time

from django.conf import settings
from django.core.management.base import BaseCommand

from curriculum.demo import build_curriculum, build_training
from curriculum.demo_urdu import build_urdu_translations
from home.demo import ensure_home_page
from lms.demo import DEMO_ACCOUNTS, OTHER_INSTRUCTORS, build_delivery, ensure_demo_users
from lms.roles import INSTRUCTORS, ensure_curriculum_workflow, ensure_roles


class Command(BaseCommand):
    help = (
        "Load the ECIP demo: site tree, curriculum, refresher training, their Urdu "
        "translations, one account per role, ten jails with their instructors and six "
        "months of delivery history. Safe to run again: existing records are left as they "
        "are and nothing is duplicated."
    )

    def handle(self, *args, **options):
        started = time.monotonic()
        ensure_roles()
        home = ensure_home_page()
        users = ensure_demo_users()
        build_curriculum(home, author=users["trainer"], approver=users["reviewer"])
        build_training(home, author=users["trainer"], approver=users["reviewer"])
        build_urdu_translations(home, author=users["trainer"], approver=users["reviewer"])
        ensure_curriculum_workflow()
        added = build_delivery(users)
        self.print_accounts()
        figures = ", ".join(f"{count} {what}" for what, count in added.items())
        self.stdout.write(f"Added {figures} in {time.monotonic() - started:.1f} s.")

    def print_accounts(self):
        self.stdout.write(self.style.SUCCESS("ECIP demo data is ready."))
        self.stdout.write(
            f"Open http://127.0.0.1:8000/ and log in with password "
            f"'{settings.DEMO_PASSWORD}' as one of:"
        )
        others = f"instructor.<district> ({len(OTHER_INSTRUCTORS)} more)"
        rows = [(a.username, a.role[:-1], a.purpose) for a in DEMO_ACCOUNTS]
        rows.append((others, INSTRUCTORS[:-1], "the same, at the other jails"))
        width = max(len(username) for username, _role, _purpose in rows)
        for username, role, purpose in rows:
            self.stdout.write(f"  {username:<{width}}  {role:<12} {purpose}")
