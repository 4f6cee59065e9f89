"""Every URL the project defines x every role x an object of their own and another jail.

The URL list comes from walking the resolver, so a new URL that is not in MATRIX fails
`test_every_project_url_is_in_the_matrix` until someone decides who may open it.
Another jail's object is a 404 for an instructor, never a 200.
"""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from lms.factories import SessionLogFactory

PROJECT_MODULES = ("lms.", "curriculum.", "home.")
PROJECT_URLCONFS = {"lms.urls", "lms.instructor_urls"}
ROLES = ("anonymous", "instructor", "trainer", "reviewer", "coordinator")


def everyone(code):
    return {role: {"own": code, "other": code} for role in ROLES}


def login_required(**by_role):
    """Anonymous visitors go to the login page; the rest as given (own, other)."""
    expected = {"anonymous": {"own": 302, "other": 302}}
    for role, codes in by_role.items():
        own, other = codes if isinstance(codes, tuple) else (codes, codes)
        expected[role] = {"own": own, "other": other}
    return expected


# url name -> (kwargs builder or None, expected status per role and object owner)
MATRIX = {
    # A logged-in user is sent on from the login page; logging out is POST only.
    "login": (None, {**everyone(302), "anonymous": {"own": 200, "other": 200}}),
    "logout": (None, {**everyone(405), "anonymous": {"own": 302, "other": 302}}),
    "search": (None, login_required(instructor=200, trainer=200, reviewer=200, coordinator=200)),
    "delivery:my_jail": (
        None,
        login_required(instructor=200, trainer=200, reviewer=200, coordinator=200),
    ),
    "delivery:session_history": (
        None,
        login_required(instructor=200, trainer=200, reviewer=200, coordinator=200),
    ),
    "delivery:log_session": (
        None,
        login_required(instructor=200, trainer=403, reviewer=403, coordinator=200),
    ),
    "delivery:session_detail": (
        lambda o: {"pk": o.log.pk},
        login_required(instructor=(200, 404), trainer=200, reviewer=404, coordinator=200),
    ),
    "delivery:edit_session": (
        lambda o: {"pk": o.log.pk},
        login_required(instructor=(200, 404), trainer=403, reviewer=404, coordinator=200),
    ),
    "delivery:import_sessions": (
        None,
        login_required(instructor=200, trainer=403, reviewer=403, coordinator=200),
    ),
    # GET only sends back to the upload page; the import itself is a POST with a token.
    "delivery:confirm_import": (
        None,
        login_required(instructor=302, trainer=403, reviewer=403, coordinator=302),
    ),
    "delivery:import_template_csv": (
        None,
        login_required(instructor=200, trainer=403, reviewer=403, coordinator=200),
    ),
    "delivery:import_template_xlsx": (
        None,
        login_required(instructor=200, trainer=403, reviewer=403, coordinator=200),
    ),
    "delivery:blank_register": (
        lambda o: {"pk": o.group.pk},
        login_required(instructor=(200, 404), trainer=200, reviewer=404, coordinator=200),
    ),
    # An instructor's export holds their own jail's logs; a reviewer's holds none.
    "delivery:export_sessions": (
        None,
        login_required(instructor=200, trainer=200, reviewer=200, coordinator=200),
    ),
    # Delivery reports live in the admin: instructors have no admin access and reviewers
    # no view of session logs, so Wagtail sends both away (to the login, to admin home).
    **{
        f"delivery_reports:{name}": (
            None,
            login_required(instructor=302, trainer=200, reviewer=302, coordinator=200),
        )
        for report in ("session_logs", "jail_coverage", "observations", "training_records")
        for name in (report, f"{report}_results")
    },
    "delivery_reports:dashboard": (
        None,
        login_required(instructor=302, trainer=200, reviewer=302, coordinator=200),
    ),
    "delivery_reports:jail": (
        lambda o: {"pk": o.group.jail_id},
        login_required(instructor=302, trainer=200, reviewer=302, coordinator=200),
    ),
}


def walk(patterns, prefix="", namespace=None, urlconf=None):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            ns = entry.namespace or namespace
            if namespace and entry.namespace:
                ns = f"{namespace}:{entry.namespace}"
            module = getattr(entry.urlconf_module, "__name__", urlconf)
            yield from walk(entry.url_patterns, prefix + str(entry.pattern), ns, module)
        elif isinstance(entry, URLPattern):
            yield entry, (f"{namespace}:{entry.name}" if namespace else entry.name), urlconf


def view_module(pattern):
    callback = pattern.callback
    return getattr(getattr(callback, "view_class", callback), "__module__", "")


def project_url_names():
    names = set()
    for pattern, name, urlconf in walk(get_resolver().url_patterns, urlconf="lms.urls"):
        ours = view_module(pattern).startswith(PROJECT_MODULES) or urlconf in PROJECT_URLCONFS
        if ours:
            names.add(name)
    return names


def test_every_project_url_is_in_the_matrix():
    assert project_url_names() == set(MATRIX)


@pytest.fixture
def objects(delivery):
    from types import SimpleNamespace

    lesson = delivery.lessons[0]
    own = SimpleNamespace(
        log=SessionLogFactory(
            class_group=delivery.group, lesson=lesson, instructor=delivery.instructor
        ),
        group=delivery.group,
    )
    other = SimpleNamespace(
        log=SessionLogFactory(
            class_group=delivery.kasur_group, lesson=lesson, instructor=delivery.kasur_instructor
        ),
        group=delivery.kasur_group,
    )
    return {"own": own, "other": other}


@pytest.fixture
def role_users(delivery, trainer, reviewer, coordinator):
    return {
        "anonymous": None,
        "instructor": delivery.user,
        "trainer": trainer,
        "reviewer": reviewer,
        "coordinator": coordinator,
    }


@pytest.mark.parametrize("name", sorted(MATRIX))
def test_matrix(objects, role_users, name):
    """One URL, every role, both objects; all mismatches reported together."""
    from django.test import Client

    kwargs_builder, expected = MATRIX[name]
    mismatches = []
    for role, outcomes in expected.items():
        client = Client()
        if role_users[role] is not None:
            client.force_login(role_users[role])
        for owner, status in outcomes.items():
            url = reverse(name, kwargs=kwargs_builder(objects[owner]) if kwargs_builder else {})
            response = client.get(url)
            if response.status_code != status:
                mismatches.append(f"{role} {owner} {url}: {response.status_code}, want {status}")
            elif status == 302 and role == "anonymous" and name != "logout":
                assert response["Location"].startswith(reverse("login"))
    assert not mismatches, "\n".join(mismatches)


def test_instructor_cannot_change_another_jails_log_by_post(client, objects, delivery):
    other_log = objects["other"].log
    client.force_login(delivery.user)
    response = client.post(reverse("delivery:edit_session", args=[other_log.pk]), {"minutes": "1"})
    assert response.status_code == 404
    other_log.refresh_from_db()
    assert other_log.minutes == 45


def test_instructor_cannot_log_for_another_jails_class_group(client, objects, delivery):
    from tests.lms.test_log_session import valid_data

    client.force_login(delivery.user)
    data = valid_data(delivery, class_group=delivery.kasur_group.pk)
    response = client.post(reverse("delivery:log_session"), data)
    assert response.status_code == 200
    assert "Select a valid choice" in str(response.context["form"].errors["class_group"])


def test_instructor_history_lists_only_their_jail(client, objects, delivery):
    client.force_login(delivery.user)
    response = client.get(reverse("delivery:session_history"))
    listed = {log.pk for log in response.context["page_obj"]}
    assert listed == {objects["own"].log.pk}


def test_instructor_past_the_edit_window_gets_a_reason(client, objects, delivery, settings):
    from django.utils import timezone

    own_log = objects["own"].log
    own_log.recorded_at = timezone.now() - timezone.timedelta(
        days=settings.LMS_INSTRUCTOR_EDIT_DAYS + 1
    )
    own_log.save()
    client.force_login(delivery.user)
    response = client.get(reverse("delivery:edit_session", args=[own_log.pk]))
    assert response.status_code == 403
    assert b"may correct their own logs for 30 days" in response.content
