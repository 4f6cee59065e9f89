"""The language switch works between the password and the code, as it does everywhere."""

import re

import pytest
from django.conf import settings
from django.urls import NoReverseMatch, reverse
from wagtail.users.models import UserProfile

from lms.security.mfa import devices
from lms.security.mfa.middleware import OPEN_URL_NAMES

SETUP = "/account/two-factor/setup/"
VERIFY = "/account/two-factor/verify/"


def switcher_targets(html):
    return dict(re.findall(r'name="next-(\w+)" value="([^"]*)"', html))


def switch_language_from(client, page_url, language="ur"):
    """Click a language in the switcher of `page_url`, as the browser would post it."""
    html = client.get(page_url).content.decode()
    assert 'class="language-switcher"' in html
    assert f'action="{reverse("switch_language")}"' in html
    targets = switcher_targets(html)
    return client.post(
        reverse("switch_language"),
        {"language": language, **{f"next-{code}": url for code, url in targets.items()}},
    )


@pytest.fixture
def enrolled_trainer(trainer):
    _device, codes = devices.enrol(trainer, devices.new_secret(), last_t=-1)
    trainer.codes = codes
    return trainer


def test_switching_language_on_the_code_page_stays_on_it(client, enrolled_trainer, home):
    client.force_login(enrolled_trainer)  # the password step
    code_page = client.get("/admin/")["Location"]
    assert code_page == f"{VERIFY}?next=%2Fadmin%2F"

    response = switch_language_from(client, code_page)
    assert response.status_code == 302
    assert response["Location"] == code_page
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "ur"
    assert UserProfile.get_for_user(enrolled_trainer).preferred_language == "ur"
    html = client.get(code_page).content.decode()
    assert '<html lang="ur" dir="rtl">' in html

    # The code then leads where the user was going, not to the language switch.
    done = client.post(VERIFY, {"code": enrolled_trainer.codes[0], "next": "/admin/"})
    assert done.status_code == 302
    assert done["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_switching_language_on_the_enrolment_page_stays_on_it(client, trainer, home):
    client.force_login(trainer)  # an admin role with no authenticator yet
    setup_page = client.get("/admin/")["Location"]
    assert setup_page == f"{SETUP}?next=%2Fadmin%2F"

    response = switch_language_from(client, setup_page)
    assert response.status_code == 302
    assert response["Location"] == setup_page
    html = client.get(setup_page).content.decode()
    assert '<html lang="ur" dir="rtl">' in html


def test_switching_back_to_english_on_the_code_page(client, enrolled_trainer, home):
    client.force_login(enrolled_trainer)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ur"
    response = switch_language_from(client, VERIFY, language="en")
    assert response["Location"] == VERIFY
    assert '<html lang="en"' in client.get(VERIFY).content.decode()


def test_switching_language_on_the_login_page(client, home):
    response = switch_language_from(client, reverse("login"))
    assert response["Location"] == reverse("login")
    assert '<html lang="ur" dir="rtl">' in client.get(reverse("login")).content.decode()


def test_every_name_on_the_open_list_is_a_view_of_this_site():
    """The list once named Django's set_language, which the site does not use."""
    for name in OPEN_URL_NAMES:
        try:
            reverse(name)
        except NoReverseMatch:
            pytest.fail(f"{name!r} on the two-factor open list is no URL of this site")
    assert "switch_language" in OPEN_URL_NAMES
