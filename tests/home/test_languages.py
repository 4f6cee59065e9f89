"""The language switcher, the remembered preference, and language-carrying URLs."""

import re

import pytest
from django.conf import settings
from django.urls import reverse
from wagtail.users.models import UserProfile

from tests.conftest import PASSWORD


def switcher_targets(html):
    return dict(re.findall(r'name="next-(\w+)" value="([^"]*)"', html))


def current_language_button(html):
    return re.findall(r'value="(\w+)" lang="\w+" aria-current="true"', html)


@pytest.fixture
def logged_in(client, instructor_user):
    client.force_login(instructor_user)
    return client


def test_switcher_goes_to_the_translated_page(logged_in, urdu, curriculum):
    english = curriculum.lessons[0]
    html = logged_in.get(english.url).content.decode()
    assert switcher_targets(html) == {"en": english.url, "ur": urdu.lesson.url}
    assert current_language_button(html) == ["en"]
    html = logged_in.get(urdu.lesson.url).content.decode()
    assert switcher_targets(html) == {"en": english.url, "ur": urdu.lesson.url}
    assert current_language_button(html) == ["ur"]
    # Each language is named in itself, whatever the page's language.
    assert re.search(r'lang="ur"[^>]*>اردو</button>', html)
    assert re.search(r'lang="en"[^>]*>English</button>', html)


def test_switcher_falls_back_to_the_other_home_without_a_translation(logged_in, urdu, curriculum):
    untranslated = curriculum.lessons[2]  # the hygiene lesson has no Urdu version
    html = logged_in.get(untranslated.url).content.decode()
    assert switcher_targets(html)["ur"] == "/ur/"


def test_switcher_is_on_every_page_including_search_login_and_404(client, logged_in, urdu):
    for path in ["/en/search/?q=feelings", "/en/", "/en/no-such-page/"]:
        html = logged_in.get(path).content.decode()
        assert 'class="language-switcher"' in html, path
    assert switcher_targets(logged_in.get("/en/search/?q=feelings").content.decode()) == {
        "en": "/en/search/?q=feelings",
        "ur": "/ur/search/?q=feelings",
    }
    client.logout()
    html = client.get(reverse("login")).content.decode()
    assert 'class="language-switcher"' in html


def test_switching_goes_there_and_remembers_the_choice(logged_in, urdu, instructor_user):
    response = logged_in.post(
        reverse("switch_language"),
        {"language": "ur", "next-ur": urdu.lesson.url, "next-en": "/en/"},
    )
    assert response.status_code == 302
    assert response["Location"] == urdu.lesson.url
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "ur"
    assert UserProfile.get_for_user(instructor_user).preferred_language == "ur"


def test_switching_rejects_unknown_languages_and_foreign_redirects(logged_in, instructor_user):
    response = logged_in.post(reverse("switch_language"), {"language": "fr"})
    assert response.status_code == 400
    assert "Unknown language" in response.content.decode()
    assert UserProfile.get_for_user(instructor_user).preferred_language == ""
    response = logged_in.post(
        reverse("switch_language"), {"language": "ur", "next-ur": "https://evil.example/"}
    )
    assert response["Location"] == "/ur/"


def test_anonymous_switch_sets_the_login_page_language(client):
    response = client.post(reverse("switch_language"), {"language": "ur", "next-ur": "/login/"})
    assert response["Location"] == "/login/"
    html = client.get(reverse("login")).content.decode()
    assert '<html lang="ur" dir="rtl">' in html
    assert "ECIP میں لاگ ان کریں" in html


@pytest.mark.parametrize(
    ("next_path", "expected"),
    [("/en/", "urdu-home"), ("/", "urdu-home"), ("lesson", "urdu-lesson")],
)
def test_preferred_language_is_applied_after_login(
    client, urdu, curriculum, instructor_user, next_path, expected
):
    profile = UserProfile.get_for_user(instructor_user)
    profile.preferred_language = "ur"
    profile.save()
    if next_path == "lesson":
        next_path = curriculum.lessons[0].url
    response = client.post(
        f"{reverse('login')}?next={next_path}",
        {"username": instructor_user.username, "password": PASSWORD},
    )
    assert response.status_code == 302
    assert response["Location"] == {"urdu-home": "/ur/", "urdu-lesson": urdu.lesson.url}[expected]
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "ur"
    html = client.get(response["Location"]).content.decode()
    assert '<html lang="ur" dir="rtl">' in html


def test_without_a_preference_login_keeps_the_requested_address(
    client, curriculum, instructor_user
):
    response = client.post(
        f"{reverse('login')}?next=/en/",
        {"username": instructor_user.username, "password": PASSWORD},
    )
    assert response["Location"] == "/en/"


def test_urdu_404_is_in_urdu_and_leads_to_the_urdu_home(logged_in, urdu):
    response = logged_in.get("/ur/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="ur" dir="rtl">' in html
    assert "صفحہ نہیں ملا" in html and 'href="/ur/"' in html
