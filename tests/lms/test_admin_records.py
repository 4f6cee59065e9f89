"""The ECIP admin screens other than session logs: create, edit, delete, audit trail."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import ModelLogEntry
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from lms import roles
from lms.factories import (
    ClassGroupFactory,
    InstructorFactory,
    ObservationFactory,
    SessionLogFactory,
    TrainingRecordFactory,
)
from lms.models import Assignment, ClassGroup, Instructor, Jail, Observation, TrainingRecord
from tests.lms.admin_helpers import admin_login, admin_url, form_errors

TODAY = timezone.localdate()


def days_ago(days):
    return (TODAY - datetime.timedelta(days=days)).isoformat()


def actions_logged(instance):
    return list(
        ModelLogEntry.objects.filter(object_id=str(instance.pk))
        .filter(content_type__model=instance._meta.model_name)
        .order_by("timestamp", "pk")
        .values_list("action", flat=True)
    )


@pytest.fixture
def coordinator_client(client, coordinator):
    return admin_login(client, coordinator)


def test_jail_create_edit_delete_each_leave_an_audit_entry(coordinator_client, db):
    data = {"name": "District Jail Okara", "district": "Okara", "kind": "district", "active": "on"}
    response = coordinator_client.post(admin_url("jails", "add"), data)
    assert response.status_code == 302, form_errors(response)
    jail = Jail.objects.get(name="District Jail Okara")

    data["district"] = "Okara district"
    response = coordinator_client.post(admin_url("jails", "edit", jail.pk), data)
    assert response.status_code == 302, form_errors(response)
    jail.refresh_from_db()
    assert jail.district == "Okara district"

    history = coordinator_client.get(admin_url("jails", "history", jail.pk)).content.decode()
    assert "Created" in history and "Edited" in history

    assert coordinator_client.post(admin_url("jails", "delete", jail.pk)).status_code == 302
    assert not Jail.objects.filter(pk=jail.pk).exists()
    assert actions_logged(jail) == ["wagtail.create", "wagtail.edit", "wagtail.delete"]


def test_a_duplicate_jail_name_is_refused_beside_the_field(coordinator_client, delivery):
    data = {"name": "Central Jail Lahore", "district": "Lahore", "kind": "central"}
    response = coordinator_client.post(admin_url("jails", "add"), data)
    assert response.status_code == 200
    assert form_errors(response)["name"] == ["Jail with this Name already exists."]
    assert Jail.objects.filter(name="Central Jail Lahore").count() == 1


def test_a_jail_with_history_cannot_be_deleted_and_the_admin_says_why(coordinator_client, delivery):
    SessionLogFactory(
        class_group=delivery.group, lesson=delivery.lessons[0], instructor=delivery.instructor
    )
    url = admin_url("jails", "delete", delivery.lahore.pk)
    for response in (coordinator_client.get(url), coordinator_client.post(url)):
        assert response.status_code == 302
        assert response["Location"] == admin_url("jails", "edit", delivery.lahore.pk)
    page = coordinator_client.get(admin_url("jails", "edit", delivery.lahore.pk))
    html = page.content.decode()
    assert (
        "Central Jail Lahore cannot be deleted while other records refer to it: 1 class "
        "group, 1 jail assignment and 1 session log." in html
    )
    assert "Untick “active” instead" in html
    assert Jail.objects.filter(pk=delivery.lahore.pk).exists()
    assert "wagtail.delete" not in actions_logged(delivery.lahore)


def test_an_instructor_with_sessions_cannot_be_deleted(coordinator_client, delivery):
    SessionLogFactory(
        class_group=delivery.group, lesson=delivery.lessons[0], instructor=delivery.instructor
    )
    response = coordinator_client.post(admin_url("instructors", "delete", delivery.instructor.pk))
    assert response.status_code == 302
    html = coordinator_client.get(response["Location"]).content.decode()
    assert "Ayesha cannot be deleted while other records refer to it: 1 session log." in html
    assert Instructor.objects.filter(pk=delivery.instructor.pk).exists()


def instructor_data(user, assignments, initial=0, active=True):
    return nested_form_data(
        {
            "user": user.pk,
            "active": "on" if active else "",
            "assignments": inline_formset(assignments, initial=initial),
        }
    )


def test_instructor_with_a_transfer_is_created_with_its_history(
    coordinator_client, make_user, delivery
):
    user = make_user("instructor.okara", roles.INSTRUCTORS, first_name="Hina")
    data = instructor_data(
        user,
        [
            {"jail": delivery.kasur.pk, "starts_on": days_ago(400), "ends_on": days_ago(101)},
            {"jail": delivery.lahore.pk, "starts_on": days_ago(100), "ends_on": ""},
        ],
    )
    response = coordinator_client.post(admin_url("instructors", "add"), data)
    assert response.status_code == 302, form_errors(response)
    instructor = Instructor.objects.get(user=user)
    assert list(instructor.jails_on(TODAY)) == [delivery.lahore]
    assert list(instructor.jails_on(TODAY - datetime.timedelta(days=200))) == [delivery.kasur]
    assert actions_logged(instructor) == ["wagtail.create"]


def test_overlapping_assignments_are_refused_with_a_precise_message(
    coordinator_client, make_user, delivery
):
    user = make_user("instructor.okara", roles.INSTRUCTORS, first_name="Hina")
    data = instructor_data(
        user,
        [
            {"jail": delivery.kasur.pk, "starts_on": days_ago(400), "ends_on": days_ago(100)},
            {"jail": delivery.lahore.pk, "starts_on": days_ago(100), "ends_on": ""},
        ],
    )
    response = coordinator_client.post(admin_url("instructors", "add"), data)
    assert response.status_code == 200
    kasur_period = f"District Jail Kasur ({_long(400)} – {_long(100)})"
    lahore_period = f"Central Jail Lahore ({_long(100)} – now)"
    expected = (
        f"Assignments may not overlap: {kasur_period} overlaps {lahore_period}. An instructor "
        "serves one jail at a time: end the first assignment the day before the next one starts."
    )
    assert form_errors(response)["__all__"] == [expected]
    child_errors = response.context["form"].formsets["assignments"].forms[1].errors
    assert child_errors["starts_on"] == [expected]
    assert not Instructor.objects.filter(user=user).exists()
    assert not Assignment.objects.filter(instructor__user=user).exists()


def test_editing_an_instructor_into_an_overlap_changes_nothing(coordinator_client, delivery):
    instructor = delivery.kasur_instructor
    existing = instructor.assignments.get()
    data = instructor_data(
        instructor.user,
        [
            {
                "id": existing.pk,
                "jail": existing.jail_id,
                "starts_on": existing.starts_on.isoformat(),
                "ends_on": "",
            },
            {"jail": delivery.lahore.pk, "starts_on": days_ago(5), "ends_on": ""},
        ],
        initial=1,
    )
    response = coordinator_client.post(admin_url("instructors", "edit", instructor.pk), data)
    assert response.status_code == 200
    assert form_errors(response)["__all__"][0].startswith("Assignments may not overlap")
    assert instructor.assignments.count() == 1

    data["assignments-0-ends_on"] = days_ago(6)
    response = coordinator_client.post(admin_url("instructors", "edit", instructor.pk), data)
    assert response.status_code == 302, form_errors(response)
    assert list(instructor.jails_on(TODAY)) == [delivery.lahore]
    assert actions_logged(instructor) == ["wagtail.edit"]


def _long(days):
    day = TODAY - datetime.timedelta(days=days)
    return f"{day.day} {day:%B} {day.year}"


def test_the_instructor_form_offers_only_accounts_without_a_profile(
    coordinator_client, make_user, delivery
):
    make_user("instructor.okara", roles.INSTRUCTORS, first_name="Hina", last_name="Aslam")
    html = coordinator_client.get(admin_url("instructors", "add")).content.decode()
    assert "Hina Aslam (instructor.okara)" in html
    assert "(instructor.kasur)" not in html


def test_class_group_create_and_a_date_change_that_strands_logs(coordinator_client, delivery):
    data = {"jail": delivery.kasur.pk, "label": "Kasur group B", "starts_on": days_ago(20)}
    response = coordinator_client.post(admin_url("class_groups", "add"), data)
    assert response.status_code == 302, form_errors(response)
    group = ClassGroup.objects.get(label="Kasur group B")
    assert actions_logged(group) == ["wagtail.create"]

    SessionLogFactory(
        class_group=delivery.group,
        lesson=delivery.lessons[0],
        instructor=delivery.instructor,
        delivered_on=TODAY - datetime.timedelta(days=10),
    )
    data = {
        "jail": delivery.kasur.pk,
        "label": delivery.group.label,
        "starts_on": days_ago(5),
        "ends_on": "",
    }
    response = coordinator_client.post(admin_url("class_groups", "edit", delivery.group.pk), data)
    assert response.status_code == 200
    errors = form_errors(response)
    assert errors["jail"][0].startswith("1 session(s) were logged for this group at Central Jail")
    assert errors["starts_on"] == [
        f"1 logged session(s) are before this date, the first on {_long(10)}. Choose a start "
        "on or before that day, or correct those logs first."
    ]
    delivery.group.refresh_from_db()
    assert delivery.group.jail == delivery.lahore


def test_an_observation_is_recorded_by_whoever_is_signed_in(client, trainer, coordinator, delivery):
    session_log = SessionLogFactory(
        class_group=delivery.group, lesson=delivery.lessons[0], instructor=delivery.instructor
    )
    admin_login(client, trainer)
    form = client.get(admin_url("observations", "add") + f"?session={session_log.pk}")
    html = form.content.decode()
    assert "1 = not yet, 2 = developing, 3 = good, 4 = excellent." in html
    assert f'<option value="{session_log.pk}" selected>' in html
    data = {
        "session": session_log.pk,
        "observer": coordinator.pk,  # ignored: the observer is the signed-in user
        "preparation": "3",
        "adherence": "4",
        "engagement": "2",
        "climate": "4",
        "time_management": "3",
        "comments": "Good use of the feelings cards.",
    }
    response = client.post(admin_url("observations", "add"), data)
    assert response.status_code == 302, form_errors(response)
    observation = Observation.objects.get()
    assert observation.observer == trainer and observation.score_total == 16
    assert actions_logged(observation) == ["wagtail.create"]

    data["preparation"] = "5"
    response = client.post(admin_url("observations", "edit", observation.pk), data)
    assert response.status_code == 200
    assert "preparation" in form_errors(response)
    observation.refresh_from_db()
    assert observation.preparation == 3


def test_a_session_that_was_not_held_cannot_be_observed(coordinator_client, delivery):
    not_held = SessionLogFactory(
        class_group=delivery.group,
        lesson=delivery.lessons[0],
        instructor=delivery.instructor,
        status="not_held",
    )
    data = {
        "session": not_held.pk,
        **dict.fromkeys(["preparation", "adherence", "engagement", "climate"], "3"),
        "time_management": "3",
        "comments": "",
    }
    response = coordinator_client.post(admin_url("observations", "add"), data)
    assert response.status_code == 200
    assert "session" in form_errors(response)
    assert Observation.objects.count() == 0


def test_a_training_record_snapshots_its_module_and_records_who(
    client, trainer, curriculum, delivery
):
    admin_login(client, trainer)
    data = {
        "instructor": delivery.instructor.pk,
        "training_module": curriculum.training_day.pk,
        "attended_on": days_ago(30),
        "status": "completed",
        "pre_score": "45",
        "post_score": "80",
    }
    response = client.post(admin_url("training_records", "add"), data)
    assert response.status_code == 302, form_errors(response)
    record = TrainingRecord.objects.get()
    assert record.recorded_by == trainer
    assert record.module_title == curriculum.training_day.title
    assert record.module_key == curriculum.training_day.translation_key
    assert actions_logged(record) == ["wagtail.create"]

    response = client.post(admin_url("training_records", "add"), data)
    assert response.status_code == 200
    [message] = form_errors(response)["training_module"]
    assert message.startswith("Ayesha already has a record for")
    assert TrainingRecord.objects.count() == 1

    response = client.post(admin_url("training_records", "add"), {**data, "post_score": "120"})
    assert form_errors(response)["post_score"] == ["Scores run from 0 to 100."]


def test_the_training_module_chooser_accepts_only_training_modules(coordinator_client, delivery):
    data = {
        "instructor": delivery.instructor.pk,
        "training_module": delivery.lessons[0].pk,
        "attended_on": days_ago(3),
        "status": "attended",
    }
    response = coordinator_client.post(admin_url("training_records", "add"), data)
    assert response.status_code == 200
    assert "training_module" in form_errors(response)
    assert TrainingRecord.objects.count() == 0


def test_listings_show_empty_states_with_a_way_to_add(coordinator_client, db):
    for viewset, name in (
        ("jails", "jails"),
        ("instructors", "instructors"),
        ("class_groups", "class groups"),
        ("session_logs", "session logs"),
        ("observations", "observations"),
        ("training_records", "training records"),
    ):
        response = coordinator_client.get(admin_url(viewset, "index"))
        assert response.status_code == 200
        html = " ".join(response.content.decode().split())
        add = admin_url(viewset, "add")
        assert f'There are no {name} to display. Why not <a href="{add}">add one</a>?' in html


def test_records_made_by_factories_can_be_listed(coordinator_client, curriculum, delivery):
    session_log = SessionLogFactory(
        class_group=delivery.group, lesson=delivery.lessons[0], instructor=delivery.instructor
    )
    ObservationFactory(session=session_log, observer=delivery.user)
    TrainingRecordFactory(instructor=delivery.instructor, training_module=curriculum.training_day)
    ClassGroupFactory(jail=delivery.kasur, label="Kasur group C")
    InstructorFactory(jail=delivery.kasur)
    for viewset in ("jails", "instructors", "class_groups", "observations", "training_records"):
        response = coordinator_client.get(admin_url(viewset, "index"))
        assert response.status_code == 200, viewset
    html = coordinator_client.get(admin_url("instructors", "index")).content.decode()
    assert "Central Jail Lahore" in html  # where Ayesha serves today
