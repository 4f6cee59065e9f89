"""Sessions end after 30 idle minutes or 8 hours; a deactivated user is refused at once.

Time is moved by replacing the session-limit clock (lms.security.middleware.now), never
by sleeping.
"""

from tests.conftest import login_verified

MINUTE = 60
HOUR = 60 * MINUTE


def assert_sent_to_login_with(client, path, reason):
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"] == f"/login/?next={path}"
    login_page = client.get(response["Location"]).content.decode()
    assert reason in login_page
    assert "_auth_user_id" not in client.session


def test_thirty_idle_minutes_end_the_session(client, instructor_user, home, clock):
    client.force_login(instructor_user)
    clock.advance(29 * MINUTE)
    assert client.get("/en/").status_code == 200
    clock.advance(29 * MINUTE)  # 58 minutes after login, but active 29 minutes ago
    assert client.get("/en/").status_code == 200
    clock.advance(30 * MINUTE + 1)
    assert_sent_to_login_with(
        client, "/en/", "You were logged out after 30 minutes without activity."
    )


def test_activity_cannot_stretch_a_session_past_eight_hours(client, instructor_user, home, clock):
    client.force_login(instructor_user)
    for _ in range(8 * 3):
        clock.advance(20 * MINUTE)
        assert client.get("/en/").status_code == 200
    clock.advance(1 * MINUTE)
    assert_sent_to_login_with(
        client, "/en/", "You were logged out because sessions last at most 8 hours."
    )


def test_limits_apply_to_admin_sessions_too(client, trainer, clock):
    login_verified(client, trainer)
    assert client.get("/admin/").status_code == 200
    clock.advance(31 * MINUTE)
    response = client.get("/admin/")
    assert response.status_code == 302 and response["Location"].startswith("/login/")


def test_a_new_login_restarts_both_clocks(client, instructor_user, home, clock):
    client.force_login(instructor_user)
    clock.advance(7 * HOUR + 50 * MINUTE)
    client.force_login(instructor_user)
    clock.advance(25 * MINUTE)
    assert client.get("/en/").status_code == 200


def test_a_deactivated_user_is_refused_on_the_next_request(client, instructor_user, home):
    client.force_login(instructor_user)
    assert client.get("/en/").status_code == 200
    instructor_user.is_active = False
    instructor_user.save()
    response = client.get("/en/")
    assert response.status_code == 302
    assert response["Location"].startswith("/login/")
    refused = client.post("/login/", {"username": "instructor", "password": "whatever"})
    assert refused.status_code == 200 and "_auth_user_id" not in client.session


def test_a_deactivated_admin_user_loses_the_admin_at_once(client, coordinator):
    login_verified(client, coordinator)
    assert client.get("/admin/users/").status_code == 200
    coordinator.is_active = False
    coordinator.save()
    response = client.get("/admin/users/")
    assert response.status_code == 302
    assert response["Location"].startswith("/login/")
