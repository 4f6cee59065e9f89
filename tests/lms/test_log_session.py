"""Logging a session through the instructor's form: every rule, its message, nothing saved."""

import datetime
import uuid

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from curriculum.factories import step_block
from curriculum.models import LessonPlanPage
from lms.factories import ClassGroupFactory, SessionLogFactory
from lms.models import SessionLog
from tests.conftest import publish

URL = "/en/delivery/sessions/new/"


def valid_data(delivery, **overrides):
    lesson = delivery.lessons[0]
    data = {
        "client_key": str(uuid.uuid4()),
        "instructor": delivery.instructor.pk,
        "class_group": delivery.group.pk,
        "lesson": lesson.pk,
        "delivered_on": timezone.localdate().isoformat(),
        "status": "delivered",
        "minutes": "40",
        "children_10_13": "2",
        "children_14_15": "6",
        "children_16_17": "5",
        "not_held_reason": "",
        "not_held_detail": "",
        "steps_done": [step.id for step in lesson.activity_steps],
        "adaptations": "Used pictures for pupils who cannot read.",
        "notes": "",
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


@pytest.fixture
def instructor_client(client, delivery):
    client.force_login(delivery.user)
    return client


def post(client, data):
    return client.post(URL, data)


def errors_of(response):
    form = response.context["form"]
    return {field: [str(e) for e in errors] for field, errors in form.errors.items()}


def test_a_valid_session_is_saved_with_a_snapshot_and_an_audit_entry(instructor_client, delivery):
    lesson = delivery.lessons[0]
    response = post(instructor_client, valid_data(delivery))
    assert response.status_code == 302
    session_log = SessionLog.objects.get()
    assert response["Location"] == reverse("delivery:session_detail", args=[session_log.pk])
    assert session_log.jail == delivery.lahore
    assert session_log.instructor == delivery.instructor
    assert session_log.recorded_by == delivery.user
    assert session_log.lesson_code == "EMP-01"
    assert session_log.lesson_key == lesson.translation_key
    assert session_log.lesson_revision_id == lesson.live_revision_id
    assert session_log.module_key == delivery.lessons[0].get_parent().translation_key
    assert session_log.children_total == 13
    assert session_log.steps_planned == 2
    assert session_log.steps_done_count == 2
    assert session_log.fidelity == 1.0
    entry = ModelLogEntry.objects.get(object_id=str(session_log.pk))
    assert entry.action == "wagtail.create" and entry.user == delivery.user


def test_detail_page_shows_the_steps_done(instructor_client, delivery):
    data = valid_data(delivery, steps_done=[delivery.lessons[0].activity_steps[0].id])
    response = post(instructor_client, data)
    html = instructor_client.get(response["Location"]).content.decode()
    assert 'class="is-done"' in html and "Feelings circle" in html
    assert 'class="is-skipped"' in html and "Role play in pairs" in html


def assert_rejected(client, data, field, message):
    response = post(client, data)
    assert response.status_code == 200
    errors = errors_of(response)
    assert message in errors.get(field, []), errors
    assert SessionLog.objects.count() == 0
    return response


def test_future_date_is_refused(instructor_client, delivery):
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    response = post(instructor_client, valid_data(delivery, delivered_on=tomorrow.isoformat()))
    assert errors_of(response)["delivered_on"][0].startswith("The date cannot be in the future")
    assert SessionLog.objects.count() == 0


def test_date_outside_the_class_groups_dates_is_refused(instructor_client, delivery):
    today = timezone.localdate()
    group = ClassGroupFactory(
        jail=delivery.lahore,
        label="Summer group",
        starts_on=today - datetime.timedelta(days=60),
        ends_on=today - datetime.timedelta(days=30),
    )
    response = post(instructor_client, valid_data(delivery, class_group=group.pk))
    [message] = errors_of(response)["delivered_on"]
    assert message.startswith("Summer group met from")
    assert "is outside that" in message
    assert SessionLog.objects.count() == 0


def test_unpublished_lesson_is_refused(instructor_client, delivery):
    lesson = delivery.lessons[1]
    lesson.unpublish()
    response = post(instructor_client, valid_data(delivery, lesson=lesson.pk, steps_done=[]))
    errors = errors_of(response)
    assert "lesson" in errors
    assert SessionLog.objects.count() == 0


def test_instructor_must_be_assigned_to_the_jail_on_that_date(instructor_client, delivery):
    assignment = delivery.instructor.assignments.get()
    assignment.starts_on = timezone.localdate() - datetime.timedelta(days=3)
    assignment.save()
    ten_days_ago = timezone.localdate() - datetime.timedelta(days=10)
    assert_rejected(
        instructor_client,
        valid_data(delivery, delivered_on=ten_days_ago.isoformat()),
        "instructor",
        f"Ayesha was not assigned to Central Jail Lahore on {ten_days_ago.day} "
        f"{ten_days_ago:%B} {ten_days_ago.year}.",
    )


@pytest.mark.parametrize(
    ("band", "value", "message"),
    [
        ("children_14_15", "101", "At most 100 children per age band."),
        ("children_16_17", "-1", "Ensure this value is greater than or equal to 0."),
        ("children_10_13", "many", "Enter a whole number."),
    ],
)
def test_headcount_bounds(instructor_client, delivery, band, value, message):
    assert_rejected(instructor_client, valid_data(delivery, **{band: value}), band, message)


def test_a_delivered_session_needs_at_least_one_child(instructor_client, delivery):
    assert_rejected(
        instructor_client,
        valid_data(delivery, children_10_13="0", children_14_15="0", children_16_17="0"),
        "children_10_13",
        "A session that took place had at least one child: enter the headcount.",
    )


def test_minutes_are_required_when_the_session_took_place(instructor_client, delivery):
    assert_rejected(
        instructor_client,
        valid_data(delivery, minutes=""),
        "minutes",
        "Enter how many minutes were taught (at least 1).",
    )


def test_a_reason_is_required_when_not_held(instructor_client, delivery):
    data = valid_data(
        delivery,
        status="not_held",
        minutes="",
        children_10_13="0",
        children_14_15="0",
        children_16_17="0",
    )
    assert_rejected(
        instructor_client, data, "not_held_reason", "Choose why the session was not held."
    )
    data["not_held_reason"] = "other"
    assert_rejected(
        instructor_client, data, "not_held_detail", "Describe the other reason in a few words."
    )


def test_not_held_session_is_saved_without_steps_or_children(instructor_client, delivery):
    data = valid_data(
        delivery,
        status="not_held",
        minutes="",
        children_10_13="0",
        children_14_15="0",
        children_16_17="0",
        not_held_reason="court_day",
    )
    assert post(instructor_client, data).status_code == 302
    session_log = SessionLog.objects.get()
    assert session_log.steps_done == [] and session_log.minutes is None
    assert session_log.fidelity is None


def test_steps_of_another_lesson_are_refused(instructor_client, delivery):
    stray = delivery.lessons[2].activity_steps[0].id
    assert_rejected(
        instructor_client,
        valid_data(delivery, steps_done=[stray]),
        "steps_done",
        "Only steps of EMP-01 can be ticked; 1 ticked step(s) belong to another lesson.",
    )


def test_identity_numbers_are_refused_in_free_text(instructor_client, delivery):
    response = assert_rejected(
        instructor_client,
        valid_data(delivery, notes="Boy with B-form 35202-1234567-1 was upset"),
        "notes",
        "Too many digits in this text: 13. At most 12 are allowed, so that no CNIC or B-form "
        "number (13 digits) can be recorded, however it is spaced or written. Write the "
        "numbers in words (for example “twelve”) or remove them.",
    )
    # What was typed is still there to correct.
    assert "Boy with B-form 35202-1234567-1 was upset" in response.content.decode()


def test_the_same_group_lesson_and_day_twice_links_to_the_first(instructor_client, delivery):
    first = SessionLogFactory(
        class_group=delivery.group, lesson=delivery.lessons[0], instructor=delivery.instructor
    )
    response = post(instructor_client, valid_data(delivery))
    assert response.status_code == 200
    [message] = errors_of(response)["__all__"]
    assert message.startswith("EMP-01 was already logged for Barrack 2 morning on")
    assert reverse("delivery:session_detail", args=[first.pk]) in response.content.decode()
    assert SessionLog.objects.count() == 1


def test_the_same_submission_twice_saves_once_and_succeeds_twice(instructor_client, delivery):
    data = valid_data(delivery)
    first = post(instructor_client, data)
    second = post(instructor_client, data)
    assert SessionLog.objects.count() == 1
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"]
    followed = instructor_client.get(second["Location"])
    assert b"already saved" in followed.content


def test_a_failed_form_keeps_everything_typed(instructor_client, delivery):
    data = valid_data(delivery, minutes="", adaptations="Shortened the role play.")
    response = post(instructor_client, data)
    html = response.content.decode()
    assert "Shortened the role play." in html
    assert 'value="6"' in html  # children_14_15
    assert f'<option value="{delivery.lessons[0].pk}" selected>' in html
    assert html.count("checked") >= 3  # both steps and the status radio


def test_the_form_offers_a_lessons_newly_published_steps_and_accepts_them(
    instructor_client, delivery
):
    lesson = delivery.lessons[0]
    assert "Feelings circle" in instructor_client.get(URL).content.decode()  # now cached
    lesson.body = [step_block("Mood thermometer", 10), step_block("Role play in pairs", 20)]
    publish(lesson)
    html = instructor_client.get(URL).content.decode()
    assert "Mood thermometer" in html
    assert "Feelings circle" not in html
    new_steps = [step.id for step in LessonPlanPage.objects.get(pk=lesson.pk).activity_steps]
    response = post(instructor_client, valid_data(delivery, steps_done=new_steps))
    assert response.status_code == 302
    assert SessionLog.objects.get().steps_done == new_steps
