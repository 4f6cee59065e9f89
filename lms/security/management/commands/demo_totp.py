import time
from binascii import unhexlify

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from lms.security.mfa.demo import DEMO_TOTP_DEVICE_NAME, demo_totp_key


class Command(BaseCommand):
    help = (
        "DEMO ONLY: print the current two-factor code of a demo admin account made by "
        "load_demo. Refuses every account that does not hold the published demo secret."
    )

    def add_arguments(self, parser):
        parser.add_argument("username", help="a demo account, e.g. trainer")

    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        device = (
            user
            and TOTPDevice.objects.filter(
                user=user, name=DEMO_TOTP_DEVICE_NAME, key=demo_totp_key(), confirmed=True
            ).first()
        )
        if device is None:
            raise CommandError(
                f"{username!r} has no demo authenticator. Only the admin accounts made by "
                "`manage.py load_demo` have one; real accounts use their own phone."
            )
        totp = TOTP(unhexlify(device.key), device.step, device.t0, device.digits)
        now = time.time()
        totp.time = now
        seconds_left = device.step - int(now - device.t0) % device.step
        self.stdout.write(f"{totp.token():06d}")
        self.stderr.write(
            f"Code for {username}, valid for about {seconds_left} more seconds "
            "(each code works once)."
        )
