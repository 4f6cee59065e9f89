"""Every URL the project defines x every role x an object of their own and another jail.

The URL list comes from walking the resolver, so a new URL that is not in MATRIX fails
`test_every_project_url_is_in_the_matrix` until someone decides who may open it.
Another jail's object is a 404 for an instructor, never a 200.
"""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from lms.factories import ObservationFactory, SessionLogFactory, TrainingRecordFactory
from lms.models import (
    ClassGroup,
    Instructor,
    Jail,
    Observation,
    SessionLog,
    TrainingRecord,
)
from lms.scoping import ADD, ALL, CHANGE, DELETE, OWN, VIEW, scope_for
from tests.conftest import login_as

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


# Curriculum translation screens in the admin: for the people who edit curriculum pages.
# Not jail records, so one object is enough; POST-only views answer GET with 405.
CURRICULUM_ADMIN_MATRIX = {
    "switch_language": (lambda t: reverse("switch_language"), everyone(405)),
    "curriculum_translations:report": (
        lambda t: reverse("curriculum_translations:report"),
        login_required(instructor=302, trainer=200, reviewer=200, coordinator=302),
    ),
    "curriculum_translations:report_results": (
        lambda t: reverse("curriculum_translations:report_results"),
        login_required(instructor=302, trainer=200, reviewer=200, coordinator=302),
    ),
    "curriculum_translations:submit": (
        lambda t: reverse("curriculum_translations:submit", args=[t.pk]),
        login_required(instructor=302, trainer=405, reviewer=405, coordinator=405),
    ),
    "localize/update/<int:translation_source_id>/": (
        lambda t: f"/admin/localize/update/{t.source_id}/",
        login_required(instructor=302, trainer=200, reviewer=200, coordinator=302),
    ),
}

# url name -> (kwargs builder or None, expected status per role and object owner)
MATRIX = {
    # A logged-in user sees who they are signed in as; logging out is POST only.
    "login": (None, everyone(200)),
    "logout": (None, {**everyone(405), "anonymous": {"own": 302, "other": 302}}),
    # Everyone's own account and second factor (admin roles arrive verified, instructors
    # without a device): nothing to verify or turn off sends back, codes need a device.
    "account": (None, login_required(instructor=200, trainer=200, reviewer=200, coordinator=200)),
    "password_change": (
        None,
        login_required(instructor=200, trainer=200, reviewer=200, coordinator=200),
    ),
    "mfa_setup": (None, login_required(instructor=200, trainer=200, reviewer=200, coordinator=200)),
    "mfa_verify": (
        None,
        login_required(instructor=302, trainer=302, reviewer=302, coordinator=302),
    ),
    "mfa_backup_codes": (
        None,
        login_required(instructor=302, trainer=200, reviewer=200, coordinator=200),
    ),
    "mfa_disable": (
        None,
        login_required(instructor=302, trainer=302, reviewer=302, coordinator=302),
    ),
    # Wagtail's user screens with our forms (lms/security/users.py): coordinators only.
    "wagtailusers_users:add": (
        None,
        login_required(instructor=302, trainer=302, reviewer=302, coordinator=200),
    ),
    "wagtailusers_users:edit": (
        lambda o: {"pk": o.log.instructor.user_id},
        login_required(instructor=302, trainer=302, reviewer=302, coordinator=200),
    ),
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


ADMIN_VIEWSETS = [
    "jails",
    "instructors",
    "class_groups",
    "session_logs",
    "observations",
    "training_records",
]
ADMIN_VIEWS = {  # view name -> the scoping action it needs, and whether it takes a pk
    "index": (VIEW, False),
    "index_results": (VIEW, False),
    "add": (ADD, False),
    "edit": (CHANGE, True),
    "delete": (DELETE, True),
    "history": (VIEW, True),
    "history_results": (VIEW, True),
    "inspect": (VIEW, True),
}


def view_module(pattern):
    callback = pattern.callback
    return getattr(getattr(callback, "view_class", callback), "__module__", "")


def project_url_names():
    """Named URLs whose view is ours, or that our urlconfs or admin viewsets define;
    an unnamed one is listed by its route."""
    names = set()
    for pattern, name, urlconf in walk(get_resolver().url_patterns, urlconf="lms.urls"):
        namespace = name.split(":")[0] if name and ":" in name else None
        ours = (
            view_module(pattern).startswith(PROJECT_MODULES)
            or urlconf in PROJECT_URLCONFS
            or namespace in ADMIN_VIEWSETS
        )
        if ours:
            names.add(name or str(pattern.pattern))
    return names


def test_every_project_url_is_in_the_matrix():
    admin_names = {f"{viewset}:{view}" for viewset in ADMIN_VIEWSETS for view in ADMIN_VIEWS}
    assert project_url_names() == set(MATRIX) | admin_names | set(CURRICULUM_ADMIN_MATRIX)


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
            login_as(client, role_users[role])
        for owner, status in outcomes.items():
            url = reverse(name, kwargs=kwargs_builder(objects[owner]) if kwargs_builder else {})
            response = client.get(url)
            if response.status_code != status:
                mismatches.append(f"{role} {owner} {url}: {response.status_code}, want {status}")
            elif status == 302 and role == "anonymous" and name != "logout":
                assert response["Location"].startswith(reverse("login"))
    assert not mismatches, "\n".join(mismatches)


def test_curriculum_admin_matrix(urdu, role_users):
    from django.test import Client
    from wagtail_localize.models import Translation

    translation = Translation.objects.first()
    mismatches = []
    for name, (url_of, expected) in CURRICULUM_ADMIN_MATRIX.items():
        for role, outcomes in expected.items():
            client = Client()
            if role_users[role] is not None:
                login_as(client, role_users[role])
            response = client.get(url_of(translation))
            if response.status_code != outcomes["own"]:
                mismatches.append(f"{role} {name}: {response.status_code}, want {outcomes['own']}")
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


ADMIN_MODELS = {
    "jails": Jail,
    "instructors": Instructor,
    "class_groups": ClassGroup,
    "session_logs": SessionLog,
    "observations": Observation,
    "training_records": TrainingRecord,
}
# Deleting these own/other objects is refused (other records point at them): the delete
# page sends the user back with a message instead of asking to confirm.
PROTECTED = {"jails", "instructors", "class_groups", "session_logs"}


@pytest.fixture
def admin_objects(objects, delivery, curriculum, trainer, coordinator):
    """One object per viewset at the instructor's jail ("own") and at another ("other").

    The "own" observation is the trainer's, so trainers' OWN scope can be seen working.
    """
    own_log, other_log = objects["own"].log, objects["other"].log
    return {
        "own": {
            "jails": delivery.lahore,
            "instructors": delivery.instructor,
            "class_groups": delivery.group,
            "session_logs": own_log,
            "observations": ObservationFactory(session=own_log, observer=trainer),
            "training_records": TrainingRecordFactory(
                instructor=delivery.instructor, training_module=curriculum.training_day
            ),
        },
        "other": {
            "jails": delivery.kasur,
            "instructors": delivery.kasur_instructor,
            "class_groups": delivery.kasur_group,
            "session_logs": other_log,
            "observations": ObservationFactory(session=other_log, observer=coordinator),
            "training_records": TrainingRecordFactory(
                instructor=delivery.kasur_instructor, training_module=curriculum.training_day
            ),
        },
    }


def expected_admin_outcome(role, user, viewset, view, owner, obj):
    """What the admin must do, derived from lms.scoping.RULES for the view's action.

    "login": sent to the login page; "denied": Wagtail's no-permission redirect to the
    dashboard; "ok": the page; "protected": sent back because other records need it.
    """
    if user is None or not user.has_perm("wagtailadmin.access_admin"):
        return "login"
    action, _takes_pk = ADMIN_VIEWS[view]
    scope = scope_for(user, ADMIN_MODELS[viewset], action)
    if scope is None:
        return "denied"
    if scope == OWN and obj is not None:
        owned = ADMIN_MODELS[viewset].objects.for_user(user, action).filter(pk=obj.pk).exists()
        if not owned:
            return "denied"
    if view == "delete" and viewset in PROTECTED:
        return "protected"
    assert scope in (ALL, OWN)
    return "ok"


def outcome_of(response):
    if response.status_code == 200:
        return "ok"
    if response.status_code == 302:
        location = response["Location"]
        if location.startswith("/login/"):
            return "login"
        if location == reverse("wagtailadmin_home"):
            return "denied"
        return "protected"
    return str(response.status_code)


@pytest.mark.parametrize("viewset", ADMIN_VIEWSETS)
def test_admin_matrix(admin_objects, role_users, viewset):
    from django.test import Client

    mismatches = []
    for role, user in role_users.items():
        client = Client()
        if user is not None:
            login_as(client, user)
        for view, (_action, takes_pk) in ADMIN_VIEWS.items():
            for owner in ("own", "other") if takes_pk else ("own",):
                obj = admin_objects[owner][viewset] if takes_pk else None
                url = reverse(f"{viewset}:{view}", args=[obj.pk] if obj else [])
                want = expected_admin_outcome(role, user, viewset, view, owner, obj)
                got = outcome_of(client.get(url))
                if got != want:
                    mismatches.append(f"{role} {owner} {url}: {got}, want {want}")
    assert not mismatches, "\n".join(mismatches)


def test_oversized_ids_in_addresses_are_404_not_500(client, delivery):
    client.force_login(delivery.user)
    for path in ("sessions/99999999999999999999/", "class-groups/99999999999999999999/register/"):
        assert client.get(f"/en/delivery/{path}").status_code == 404
