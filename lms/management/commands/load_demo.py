from django.conf import settings
from django.core.management.base import BaseCommand

from curriculum.demo import build_curriculum, build_training
from curriculum.demo_urdu import build_urdu_translations
from home.demo import ensure_home_page
from lms.demo import DEMO_ACCOUNTS, ensure_demo_users
from lms.roles import ensure_curriculum_workflow, ensure_roles


class Command(BaseCommand):
    help = (
        "Load the ECIP demo: site tree, curriculum, refresher training, their Urdu "
        "translations and one account per role. Safe to run again: existing records are "
        "left as they are."
    )

    def handle(self, *args, **options):
        ensure_roles()
        home = ensure_home_page()
        users = ensure_demo_users()
        build_curriculum(home, author=users["trainer"], approver=users["reviewer"])
        build_training(home, author=users["trainer"], approver=users["reviewer"])
        build_urdu_translations(home, author=users["trainer"], approver=users["reviewer"])
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
