from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from lms.security.mfa import devices
from lms.security.mfa.middleware import second_factor_required


class Command(BaseCommand):
    help = (
        "Remove a user's two-factor devices (authenticator and backup codes), for someone "
        "who lost both. Admin roles set up a new phone at their next login."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user called {username!r}.")
        if not devices.has_device(user):
            self.stdout.write(f"{username} has no two-factor devices; nothing to do.")
            return
        devices.remove_all(user)
        if second_factor_required(user):
            then = "must set up a new authenticator at their next login"
        else:
            then = "can log in with the password alone, and may set up two-factor again"
        self.stdout.write(f"Two-factor devices of {username} removed; they {then}.")
