"""Two-factor authentication: enrolment, verification, backup codes, and the admin gate."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from lms.security.mfa import devices
from tests.conftest import PASSWORD, login_verified
from tests.security.totp import code_for, hex_key_from_shown_secret, wrong_code

SETUP = "/account/two-factor/setup/"
VERIFY = "/account/two-factor/verify/"


def password_login(client, user, next_url=""):
    response = client.post(
        reverse("login"), {"username": user.username, "password": PASSWORD, "next": next_url}
    )
    assert response.status_code == 302, response.content.decode()[:1000]
    return response


def verified(client):
    return DEVICE_ID_SESSION_KEY in client.session


@pytest.fixture
def enrolled_trainer(trainer):
    device, codes = devices.enrol(trainer, devices.new_secret(), last_t=-1)
    trainer.codes = codes
    trainer.device = device
    return trainer


def test_enrolment_end_to_end_with_real_codes(client, trainer):
    password_login(client, trainer, next_url="/admin/")
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"] == f"{SETUP}?next=%2Fadmin%2F"

    page = client.get(response["Location"])
    assert page.status_code == 200
    html = page.content.decode()
    assert "<svg" in html and 'aria-label="QR code"' in html
    secret = page.context["secret"]
    assert secret in html  # for typing into the app by hand
    hex_key = hex_key_from_shown_secret(secret)
    # Nothing is saved until the phone proves it holds the secret.
    assert not TOTPDevice.objects.filter(user=trainer).exists()

    refused = client.post(SETUP, {"code": wrong_code(hex_key), "next": "/admin/"})
    assert refused.status_code == 200
    assert "That code does not match" in refused.content.decode()
    assert not TOTPDevice.objects.filter(user=trainer).exists()
    # A reload keeps the secret the phone has already scanned.
    assert client.get(SETUP).context["secret"] == secret

    enrolment_code = code_for(hex_key)
    done = client.post(SETUP, {"code": enrolment_code, "next": "/admin/"})
    assert done.status_code == 302
    assert done["Location"] == "/account/two-factor/backup-codes/?next=%2Fadmin%2F"
    device = TOTPDevice.objects.get(user=trainer)
    assert device.confirmed and device.key == hex_key
    assert verified(client)

    codes_page = client.get(done["Location"])
    codes = codes_page.context["codes"]
    assert len(codes) == len(set(codes)) == 10
    assert all(code in codes_page.content.decode() for code in codes)
    assert StaticDevice.objects.get(user=trainer).token_set.count() == 10
    assert client.get(done["Location"]).context["codes"] is None  # shown once only
    assert client.get("/admin/").status_code == 200

    # Next login: the password, then a code; the enrolment code cannot be replayed.
    client.post(reverse("logout"))
    password_login(client, trainer, next_url="/admin/")
    assert client.get("/admin/")["Location"] == f"{VERIFY}?next=%2Fadmin%2F"
    replay = client.post(VERIFY, {"code": enrolment_code, "next": "/admin/"})
    assert replay.status_code == 200
    assert "already been used" in replay.content.decode()
    assert not verified(client)
    # The failed replay started django-otp's back-off; skip its wait instead of sleeping.
    TOTPDevice.objects.filter(pk=device.pk).update(throttling_failure_count=0)
    accepted = client.post(VERIFY, {"code": code_for(hex_key, 1), "next": "/admin/"})
    assert accepted.status_code == 302 and accepted["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_a_reused_totp_code_is_rejected(client, enrolled_trainer):
    code = code_for(enrolled_trainer.device.key)
    client.force_login(enrolled_trainer)
    assert client.post(VERIFY, {"code": code}).status_code == 302
    assert verified(client)

    other = client.__class__()
    other.force_login(enrolled_trainer)
    response = other.post(VERIFY, {"code": code})
    assert response.status_code == 200
    assert response.context["form"].errors["code"] == [
        "That code is not right, or it has already been used. Enter the code your app shows "
        "now (it changes every 30 seconds) or an unused backup code."
    ]
    assert not verified(other)
    assert other.get("/admin/").status_code == 302


def test_a_backup_code_works_once(client, enrolled_trainer):
    first, second = enrolled_trainer.codes[:2]
    client.force_login(enrolled_trainer)
    response = client.post(VERIFY, {"code": first, "next": "/account/"}, follow=True)
    assert verified(client)
    assert "You used a backup code; 9 left." in response.content.decode()

    client.post(reverse("logout"))
    client.force_login(enrolled_trainer)
    reused = client.post(VERIFY, {"code": first})
    assert reused.status_code == 200 and not verified(client)
    assert "already been used" in reused.content.decode()

    StaticDevice.objects.filter(user=enrolled_trainer).update(throttling_failure_count=0)
    # Typed the way people copy codes off paper: capitals, a space instead of the hyphen.
    typed = second.upper().replace("-", " ")
    assert client.post(VERIFY, {"code": typed}).status_code == 302
    assert verified(client)
    assert devices.backup_codes_left(enrolled_trainer) == 8


@pytest.mark.parametrize("role_user", ["trainer", "reviewer", "coordinator", "superuser"])
def test_no_admin_url_is_reachable_without_a_verified_device(
    client, curriculum, role_user, request
):
    user = request.getfixturevalue(role_user)
    lesson = curriculum.lessons[0]
    admin_urls = [
        "/admin/",
        "/admin/pages/",
        reverse("wagtailadmin_pages:edit", args=[lesson.pk]),
        "/admin/images/",
        "/admin/documents/",
        "/admin/users/",
        "/admin/reports/site-history/",
        "/admin/no-such-admin-page/",
    ]
    client.force_login(user)
    for url in [*admin_urls, "/en/", "/account/"]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(f"{SETUP}?next="), url

    devices.enrol(user, devices.new_secret(), last_t=-1)
    summary = lesson.summary
    posted = client.post(
        reverse("wagtailadmin_pages:edit", args=[lesson.pk]),
        {"title": "Changed without a second factor", "action-publish": "action-publish"},
    )
    assert posted["Location"].startswith(f"{VERIFY}?next=")
    lesson.refresh_from_db()
    assert lesson.summary == summary and lesson.title == "Walking in another's shoes"
    for url in admin_urls:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(f"{VERIFY}?next="), url
    # The way out stays open.
    assert client.post(reverse("logout")).status_code == 302


def test_anyone_given_admin_access_another_way_needs_the_second_factor(client, make_user):
    """Wagtail ships an "Editors" group with admin access; a coordinator might use it."""
    editor = make_user("editor")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    assert client.get("/admin/")["Location"] == f"{SETUP}?next=%2Fadmin%2F"


def test_verified_admin_sessions_reach_the_admin(client, coordinator):
    devices.enrol(coordinator, devices.new_secret(), last_t=-1)
    client.force_login(coordinator)
    key = TOTPDevice.objects.get(user=coordinator).key
    response = client.post(VERIFY, {"code": code_for(key), "next": "/admin/users/"})
    assert response["Location"] == "/admin/users/"
    assert client.get("/admin/users/").status_code == 200


def test_instructors_are_not_forced_but_may_opt_in_and_out(client, instructor_user, home):
    password_login(client, instructor_user)
    assert client.get("/en/").status_code == 200
    account = client.get("/account/").content.decode()
    assert "Optional for instructors" in account

    hex_key = hex_key_from_shown_secret(client.get(SETUP).context["secret"])
    assert client.post(SETUP, {"code": code_for(hex_key)}).status_code == 302
    assert devices.has_device(instructor_user)

    # Opted in: the next login asks for a code on every page.
    client.post(reverse("logout"))
    password_login(client, instructor_user)
    assert client.get("/en/")["Location"] == f"{VERIFY}?next=%2Fen%2F"
    assert client.post(VERIFY, {"code": code_for(hex_key, 1)}).status_code == 302
    assert client.get("/en/").status_code == 200

    confirm = client.get(reverse("mfa_disable"))
    assert "Turn off two-factor authentication?" in confirm.content.decode()
    assert client.post(reverse("mfa_disable")).status_code == 302
    assert not devices.has_device(instructor_user)
    client.post(reverse("logout"))
    password_login(client, instructor_user)
    assert client.get("/en/").status_code == 200


def test_admin_roles_cannot_turn_two_factor_off(client, enrolled_trainer):
    client.force_login(enrolled_trainer)
    client.post(VERIFY, {"code": enrolled_trainer.codes[0]})
    response = client.post(reverse("mfa_disable"), follow=True)
    assert "two-factor authentication stays on" in response.content.decode()
    assert devices.has_device(enrolled_trainer)


def test_a_password_alone_cannot_swap_in_another_phone(client, enrolled_trainer):
    client.force_login(enrolled_trainer)
    response = client.get(SETUP)
    assert response["Location"] == f"{VERIFY}"
    response = client.post(SETUP, {"code": "123456"})
    assert response["Location"] == f"{VERIFY}"
    assert TOTPDevice.objects.get(user=enrolled_trainer).pk == enrolled_trainer.device.pk


def test_moving_to_a_new_phone_replaces_the_old_one(client, enrolled_trainer):
    client.force_login(enrolled_trainer)
    client.post(VERIFY, {"code": enrolled_trainer.codes[0]})
    page = client.get(SETUP)
    assert "codes from the old phone stop working" in page.content.decode()
    new_key = hex_key_from_shown_secret(page.context["secret"])
    assert client.post(SETUP, {"code": code_for(new_key)}).status_code == 302
    assert list(TOTPDevice.objects.filter(user=enrolled_trainer).values_list("key", flat=True)) == [
        new_key
    ]
    assert devices.backup_codes_left(enrolled_trainer) == 10


def test_new_backup_codes_replace_the_old_ones(client, enrolled_trainer):
    old = enrolled_trainer.codes
    client.force_login(enrolled_trainer)
    client.post(VERIFY, {"code": old[0]})
    response = client.post(reverse("mfa_backup_codes"), follow=True)
    new = response.context["codes"]
    assert len(new) == 10 and not set(new) & set(old)
    client.post(reverse("logout"))
    client.force_login(enrolled_trainer)
    assert client.post(VERIFY, {"code": old[1]}).status_code == 200
    assert not verified(client)


def test_repeated_wrong_codes_are_slowed_down(client, enrolled_trainer):
    key = enrolled_trainer.device.key
    client.force_login(enrolled_trainer)
    assert client.post(VERIFY, {"code": wrong_code(key)}).status_code == 200
    throttled = client.post(VERIFY, {"code": code_for(key)})
    assert "Too many wrong codes in a row" in throttled.content.decode()
    assert not verified(client)
    # Once the back-off has passed (moved here instead of waited for), the code works.
    TOTPDevice.objects.filter(pk=enrolled_trainer.device.pk).update(
        throttling_failure_timestamp=timezone.now() - timedelta(seconds=5)
    )
    assert client.post(VERIFY, {"code": code_for(key)}).status_code == 302


def test_verification_never_redirects_off_site(client, enrolled_trainer):
    client.force_login(enrolled_trainer)
    response = client.post(
        VERIFY, {"code": enrolled_trainer.codes[0], "next": "https://evil.example/phish"}
    )
    assert response["Location"] == "/"


def test_a_fresh_password_login_always_asks_again(client, enrolled_trainer):
    client.force_login(enrolled_trainer)
    client.post(VERIFY, {"code": enrolled_trainer.codes[0]})
    assert verified(client)
    client.force_login(enrolled_trainer)  # a new login in the same browser session
    assert not verified(client)
    assert client.get("/admin/")["Location"].startswith(VERIFY)


def test_mfa_reset_command_sends_an_admin_user_back_to_enrolment(client, enrolled_trainer, capsys):
    client.force_login(enrolled_trainer)
    client.post(VERIFY, {"code": enrolled_trainer.codes[0]})
    call_command("mfa_reset", "trainer")
    assert "must set up a new authenticator" in capsys.readouterr().out
    assert not devices.has_device(enrolled_trainer)
    # Even the session verified with the removed device is stopped.
    assert client.get("/admin/")["Location"].startswith(SETUP)


def test_wagtails_account_page_links_to_two_factor_settings(client, trainer):
    login_verified(client, trainer)
    html = client.get("/admin/account/").content.decode()
    assert 'href="/account/"' in html and "Two-factor authentication" in html


def test_request_user_is_wrapped_once_so_wagtail_can_audit_it(rf, coordinator):
    """Wagtail's audit log unwraps request.user once to find its model."""
    from django.contrib.auth.middleware import AuthenticationMiddleware
    from django.contrib.sessions.middleware import SessionMiddleware
    from wagtail.log_actions import registry

    from lms.security.mfa.middleware import OTPMiddleware

    request = rf.get("/")
    SessionMiddleware(lambda r: None).process_request(request)
    request.session["_auth_user_id"] = str(coordinator.pk)
    request.session["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
    request.session["_auth_user_hash"] = coordinator.get_session_auth_hash()
    AuthenticationMiddleware(lambda r: None).process_request(request)
    OTPMiddleware(lambda r: r)(request)
    assert request.user.is_authenticated and not request.user.is_verified()
    assert type(request.user._wrapped) is type(coordinator)
    assert registry.get_log_model_for_instance(request.user) is not None
