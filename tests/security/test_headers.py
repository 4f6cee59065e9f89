"""Response headers: Content-Security-Policy, no-store for logged-in users, cookie flags."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from lms.security.mfa import devices
from tests.conftest import PASSWORD, login_verified
from tests.curriculum.admin_forms import lesson_form_data


def policy(response):
    """{directive: [sources]} of the response's Content-Security-Policy."""
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


def test_site_pages_get_the_strict_policy(client, instructor_user, curriculum):
    client.force_login(instructor_user)
    response = client.get(curriculum.lessons[0].url)
    csp = policy(response)
    assert csp["default-src"] == ["'self'"]
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["base-uri"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert "style-src-elem" not in csp
    assert "unsafe" not in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"


def test_admin_pages_allow_only_the_editors_style_elements(client, trainer, curriculum):
    login_verified(client, trainer)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[curriculum.lessons[0].pk]))
    assert response.status_code == 200
    csp = policy(response)
    assert csp["script-src"] == ["'self'"]  # no allowance for scripts, not even in the admin
    assert csp["style-src"] == ["'self'"]  # nor for style attributes
    assert csp["style-src-elem"] == ["'self'", "'unsafe-inline'"]
    assert csp["frame-ancestors"] == ["'none'"]


def test_the_admin_preview_may_be_framed_by_the_admin_only(client, trainer, curriculum):
    lesson = curriculum.lessons[0]
    login_verified(client, trainer)
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[lesson.pk])
    data = lesson_form_data(title=lesson.title, slug=lesson.slug, code=lesson.code)
    assert client.post(url, data).json()["is_valid"] is True
    response = client.get(url, {"in_preview_panel": "true"})
    assert response.status_code == 200
    assert "Pupils learn six feeling words." in response.content.decode()  # the posted draft
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert policy(response)["frame-ancestors"] == ["'self'"]
    assert policy(response)["script-src"] == ["'self'"]


@pytest.mark.parametrize("path", ["/en/", "/account/", "/en/search/?q=feelings"])
def test_logged_in_responses_are_never_stored(client, instructor_user, home, path):
    client.force_login(instructor_user)
    response = client.get(path)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


def test_admin_responses_are_never_stored(client, coordinator):
    login_verified(client, coordinator)
    response = client.get("/admin/users/")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]


def test_redirects_carry_no_store_only_when_someone_is_logged_in(client, trainer, home):
    response = client.get("/en/")
    assert response.status_code == 302
    assert "no-store" not in response.get("Cache-Control", "")
    client.force_login(trainer)
    response = client.get("/admin/")  # to two-factor enrolment
    assert response.status_code == 302
    assert "no-store" in response["Cache-Control"]


def test_cookies_are_httponly_and_samesite(client, instructor_user):
    client.get(reverse("login"))
    response = client.post(
        reverse("login"), {"username": "instructor", "password": PASSWORD, "next": "/account/"}
    )
    session = response.cookies["sessionid"]
    assert session["httponly"] and session["samesite"] == "Lax"
    # Until the browser closes, and never beyond the absolute limit of 8 hours.
    assert not session["max-age"] and not session["expires"]
    csrf = response.cookies["csrftoken"]
    assert csrf["httponly"] and csrf["samesite"] == "Lax"


def site_pages(client, instructor_user, curriculum):
    """Every kind of page of the site's own templates, as an instructor sees them."""
    yield client.get(reverse("login"))
    client.force_login(instructor_user)
    for page in [
        curriculum.home,
        curriculum.index,
        curriculum.modules[0],
        curriculum.lessons[0],
        curriculum.programme,
        curriculum.training_day,
    ]:
        yield client.get(page.url)
    yield client.get("/en/search/?q=feelings")
    yield client.get("/en/no-such-page/")
    yield client.get(reverse("account"))
    yield client.get(reverse("password_change"))
    yield client.get(reverse("mfa_setup"))
    _device, codes = devices.enrol(instructor_user, devices.new_secret(), last_t=-1)
    client.force_login(instructor_user)
    yield client.get(reverse("mfa_verify"))
    yield client.post(reverse("mfa_verify"), {"code": "000000"})
    client.post(reverse("mfa_verify"), {"code": codes[0]})
    yield client.post(reverse("mfa_backup_codes"), follow=True)  # the codes, shown once
    yield client.get(reverse("mfa_disable"))


def test_the_sites_own_pages_need_no_inline_script_or_style(client, instructor_user, curriculum):
    """What lets the strict policy hold: external scripts only, no handlers, no style=."""
    for response in site_pages(client, instructor_user, curriculum):
        assert response.status_code in (200, 404), response
        assert response.templates, response  # a page of ours, not a redirect
        soup = BeautifulSoup(response.content, "html.parser")
        for script in soup.find_all("script"):
            assert script.get("src"), f"inline script in {response.request['PATH_INFO']}"
        for element in soup.find_all(True):
            attributes = set(element.attrs)
            assert "style" not in attributes, (response.request["PATH_INFO"], element.name)
            assert not {a for a in attributes if a.startswith("on")}, element
        assert not soup.find_all("style")
