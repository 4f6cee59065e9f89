"""The demo stays usable: demo admin accounts get a published authenticator, demo only."""

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django_otp.plugins.otp_totp.models import TOTPDevice

from lms import demo
from lms.roles import ensure_roles
from lms.security.mfa import demo as mfa_demo
from lms.security.mfa import devices


@pytest.fixture
def demo_users(db):
    ensure_roles()
    users = demo.ensure_demo_users()
    mfa_demo.ensure_demo_authenticators(users)
    return users


def test_demo_admin_accounts_get_the_demo_authenticator_and_instructors_none(demo_users):
    for account in demo.DEMO_ACCOUNTS:
        device = devices.totp_device(demo_users[account.username])
        if account in mfa_demo.ADMIN_ROLE_DEMO_ACCOUNTS:
            assert device.key == mfa_demo.demo_totp_key()
            assert "demo only" in device.name
        else:
            assert device is None
    mfa_demo.ensure_demo_authenticators(demo_users)
    assert TOTPDevice.objects.count() == len(mfa_demo.ADMIN_ROLE_DEMO_ACCOUNTS)


def test_demo_totp_prints_a_code_that_logs_the_demo_trainer_in(client, demo_users, capsys):
    call_command("demo_totp", "trainer")
    code = capsys.readouterr().out.strip()
    assert len(code) == 6 and code.isdigit()

    client.post("/login/", {"username": "trainer", "password": settings.DEMO_PASSWORD})
    assert client.get("/admin/")["Location"].startswith("/account/two-factor/verify/")
    assert client.post("/account/two-factor/verify/", {"code": code}).status_code == 302
    assert client.get("/admin/").status_code == 200


def test_demo_totp_refuses_accounts_without_the_demo_secret(demo_users, make_user):
    with pytest.raises(CommandError, match="has no demo authenticator"):
        call_command("demo_totp", "instructor.lahore")
    real = make_user("real.trainer")
    devices.enrol(real, devices.new_secret(), last_t=-1)
    with pytest.raises(CommandError, match="has no demo authenticator"):
        call_command("demo_totp", "real.trainer")


def test_a_demo_user_who_set_up_their_own_phone_keeps_it(demo_users):
    trainer = demo_users["trainer"]
    own_key = devices.new_secret()
    devices.enrol(trainer, own_key, last_t=-1)
    mfa_demo.ensure_demo_authenticators(demo_users)
    assert list(TOTPDevice.objects.filter(user=trainer).values_list("key", flat=True)) == [own_key]
