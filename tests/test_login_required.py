"""The curriculum is internal: every page needs a login, except the login page."""

import pytest
from django.urls import reverse


@pytest.mark.parametrize(
    "path",
    ["/", "/en/", "/en/search/?q=empathy", "/admin/", "/documents/1/worksheet.pdf", "/ur/"],
)
def test_anonymous_visitors_are_sent_to_login(client, curriculum, path):
    response = client.get(path, follow=True)
    final_url, status = response.redirect_chain[-1]
    assert status == 302
    assert final_url.startswith("/login/")
    assert response.status_code == 200
    assert b"Log in to ECIP" in response.content


def test_every_page_of_the_tree_needs_login(client, curriculum):
    for page in [curriculum.index, *curriculum.modules, *curriculum.lessons, curriculum.programme]:
        response = client.get(page.url)
        assert response.status_code == 302, page.url
        assert response["Location"].startswith("/login/?next="), page.url


def test_login_page_is_public_and_logs_in(client, instructor_user, curriculum):
    response = client.get(reverse("login"))
    assert response.status_code == 200
    assert b"Log in to ECIP" in response.content
    response = client.post(
        reverse("login"), {"username": "instructor", "password": "correct-horse-battery-9"}
    )
    assert response.status_code == 302
    assert client.get("/en/").status_code == 200


def test_wrong_password_says_so_and_keeps_the_username(client, instructor_user):
    response = client.post(reverse("login"), {"username": "instructor", "password": "nope"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Please enter a correct username and password" in html
    assert 'value="instructor"' in html


def test_unknown_page_gives_a_helpful_404(client, instructor_user, curriculum):
    client.force_login(instructor_user)
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert b"Search the lesson plans" in response.content


def test_signed_in_instructor_following_an_admin_link_is_told_not_looped(client, delivery):
    client.force_login(delivery.user)
    response = client.get("/admin/", follow=True)
    assert len(response.redirect_chain) == 1
    assert response.redirect_chain[0][0].startswith("/login/?next=/admin/")
    assert b"You are signed in as instructor, but the page you asked for needs another role." in (
        response.content
    )


def test_a_mistyped_admin_address_is_a_plain_404(client, coordinator):
    client.force_login(coordinator)
    response = client.get("/admin/ecip/no-such-screen/")
    assert response.status_code == 404
    assert client.get("/en/no-such-page/").status_code == 404
    assert client.get("/no-such-page/").status_code == 302  # the tree is under /en/ or /ur/
