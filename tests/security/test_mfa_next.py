"""Every `next` the two-factor pages receive is user input: whatever it holds, the answer
is a redirect to a local page, never a server error."""

import pytest
from django.urls import reverse

from lms.security.mfa import devices

SETUP = "/account/two-factor/setup/"
VERIFY = "/account/two-factor/verify/"
BACKUP_CODES = "/account/two-factor/backup-codes/"

# A bare word once reached redirect() as a URL name (NoReverseMatch, a 500); the others
# are relative paths, other schemes and other hosts.
UNSAFE_NEXTS = [
    "foo",
    "mfa_verify",
    "foo.bar",
    "../admin/",
    "javascript:alert(1)",
    "//evil.example/",
    "https://evil.example/",
    "/\\evil.example",
]


@pytest.fixture
def enrolled_trainer(trainer):
    _device, codes = devices.enrol(trainer, devices.new_secret(), last_t=-1)
    trainer.codes = codes
    return trainer


@pytest.mark.parametrize("unsafe", UNSAFE_NEXTS)
def test_verifying_with_an_unsafe_next_lands_on_the_home_page(client, enrolled_trainer, unsafe):
    client.force_login(enrolled_trainer)
    assert client.get(VERIFY, {"next": unsafe}).status_code == 200
    response = client.post(VERIFY, {"code": enrolled_trainer.codes[0], "next": unsafe})
    assert response.status_code == 302
    assert response["Location"] == "/"
    # Already verified: the page sends the user on straight away.
    response = client.get(VERIFY, {"next": unsafe})
    assert response.status_code == 302
    assert response["Location"] == "/"


@pytest.mark.parametrize("unsafe", UNSAFE_NEXTS)
def test_an_instructor_without_a_device_is_sent_home_whatever_next_says(
    client, instructor_user, unsafe
):
    client.force_login(instructor_user)
    response = client.get(VERIFY, {"next": unsafe})
    assert response.status_code == 302
    assert response["Location"] == "/"


@pytest.mark.parametrize("unsafe", UNSAFE_NEXTS)
def test_the_backup_codes_page_continues_to_a_local_page_only(client, enrolled_trainer, unsafe):
    client.force_login(enrolled_trainer)
    client.post(VERIFY, {"code": enrolled_trainer.codes[0]})
    response = client.get(BACKUP_CODES, {"next": unsafe})
    assert response.status_code == 200
    assert response.context["next"] == "/"


def test_a_local_next_is_kept(client, enrolled_trainer):
    client.force_login(enrolled_trainer)
    response = client.post(
        VERIFY, {"code": enrolled_trainer.codes[0], "next": "/admin/pages/?q=a%20b"}
    )
    assert response["Location"] == "/admin/pages/?q=a%20b"
    assert client.get(BACKUP_CODES, {"next": "/account/"}).context["next"] == "/account/"


def test_unsafe_next_is_not_carried_into_enrolment(client, trainer):
    client.force_login(trainer)
    response = client.get(VERIFY, {"next": "foo"})
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_setup")
    page = client.get(SETUP, {"next": "foo"})
    assert page.status_code == 200
    assert page.context["next"] == ""
