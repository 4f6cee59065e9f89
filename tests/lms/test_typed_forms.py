"""A session log typed before the session ended is kept, and back in the form after login.

Time is moved by replacing the session-limit clock (lms.security.middleware.now).
"""

from django.urls import reverse
from django.utils.html import escape

from lms.factories import SessionLogFactory
from lms.models import SessionLog
from tests.conftest import PASSWORD
from tests.lms.test_edit_session import edit_data
from tests.lms.test_log_session import valid_data

LOG_URL = "/en/delivery/sessions/new/"
MINUTE = 60
ENDED = "Your session had ended, so the form was not sent."
RESTORED = "What you typed before your session ended is back in the form."
NOTE = "Two boys left early for a court hearing."


def typed(delivery):
    return valid_data(delivery, minutes="35", children_14_15="4", notes=NOTE)


def log_in(client, username, next_url):
    response = client.post(
        f"/login/?next={next_url}",
        {"username": username, "password": PASSWORD, "next": next_url},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return response


def send_after_the_session_ended(client, delivery, clock, url, data):
    client.force_login(delivery.user)
    assert client.get(url).status_code == 200
    clock.advance(31 * MINUTE)
    response = client.post(url, data)
    assert response.status_code == 302
    assert response["Location"] == f"/login/?next={url}"
    return response


def test_the_login_page_says_the_session_ended_and_the_form_comes_back(client, delivery, clock):
    data = typed(delivery)
    response = send_after_the_session_ended(client, delivery, clock, LOG_URL, data)
    login_page = client.get(response["Location"]).content.decode()
    assert "You were logged out after 30 minutes without activity." in login_page
    assert escape(ENDED) in login_page
    assert not SessionLog.objects.exists()

    assert log_in(client, "instructor", LOG_URL)["Location"] == LOG_URL
    page = client.get(LOG_URL)
    form = page.context["form"]
    assert not form.is_bound  # filled in, not sent
    assert form["notes"].value() == NOTE
    assert str(form["minutes"].value()) == "35"
    assert str(form["children_14_15"].value()) == "4"
    assert str(form["client_key"].value()) == data["client_key"]
    assert form["steps_done"].value() == data["steps_done"]
    assert str(form["lesson"].value()) == str(data["lesson"])
    assert escape(RESTORED) in page.content.decode()
    assert not SessionLog.objects.exists()

    again = client.get(LOG_URL).context["form"]  # given back once
    assert again["notes"].value() in (None, "")


def test_sending_the_restored_form_saves_the_log(client, delivery, clock):
    data = typed(delivery)
    send_after_the_session_ended(client, delivery, clock, LOG_URL, data)
    log_in(client, "instructor", LOG_URL)
    form = client.get(LOG_URL).context["form"]
    resent = {name: form[name].value() for name in data}
    resent["steps_done"] = form["steps_done"].value()
    response = client.post(LOG_URL, resent)
    assert response.status_code == 302
    assert SessionLog.objects.get().notes == NOTE


def test_an_edit_comes_back_with_the_version_it_started_from(client, delivery, clock):
    session_log = SessionLogFactory(
        class_group=delivery.group, lesson=delivery.lessons[0], instructor=delivery.instructor
    )
    url = reverse("delivery:edit_session", args=[session_log.pk])
    data = edit_data(delivery, session_log, minutes="35", notes=NOTE)
    send_after_the_session_ended(client, delivery, clock, url, data)
    log_in(client, "instructor", url)
    form = client.get(url).context["form"]
    assert form["notes"].value() == NOTE and str(form["minutes"].value()) == "35"
    assert str(form["expected_version"].value()) == "1"


def test_another_user_logging_in_never_sees_what_was_typed(client, delivery, clock):
    send_after_the_session_ended(client, delivery, clock, LOG_URL, typed(delivery))
    delivery.kasur_user.set_password(PASSWORD)
    delivery.kasur_user.save()
    log_in(client, "instructor.kasur", LOG_URL)
    page = client.get(LOG_URL)
    assert NOTE not in page.content.decode()
    assert page.context["form"]["notes"].value() in (None, "")


def test_a_post_without_any_session_is_kept_for_the_next_login_only_briefly(
    client, delivery, clock
):
    response = client.post(LOG_URL, typed(delivery))  # the session was gone altogether
    assert response["Location"] == f"/login/?next={LOG_URL}"
    assert escape(ENDED) in client.get(response["Location"]).content.decode()
    log_in(client, "instructor", LOG_URL)
    assert client.get(LOG_URL).context["form"]["notes"].value() == NOTE

    client.logout()
    client.post(LOG_URL, typed(delivery))
    clock.advance(16 * MINUTE)
    log_in(client, "instructor", LOG_URL)
    assert client.get(LOG_URL).context["form"]["notes"].value() in (None, "")


def test_passwords_and_the_csrf_token_are_never_kept(client, delivery, clock):
    from lms.typed_forms import SESSION_KEY

    data = dict(typed(delivery), csrfmiddlewaretoken="secret-token", password="hunter2-secret")
    send_after_the_session_ended(client, delivery, clock, LOG_URL, data)
    kept = client.session[SESSION_KEY]["fields"]
    assert kept["notes"] == [NOTE]
    assert "csrfmiddlewaretoken" not in kept and "password" not in kept


def test_an_oversized_post_is_not_kept(client, delivery, clock):
    from lms.typed_forms import SESSION_KEY

    data = dict(typed(delivery), notes="x" * 40_000)
    send_after_the_session_ended(client, delivery, clock, LOG_URL, data)
    assert SESSION_KEY not in client.session
