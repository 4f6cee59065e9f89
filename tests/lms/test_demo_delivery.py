"""The demo delivery history: plausible, deterministic, and valid by every session-log rule."""

import datetime

from django.core.management import call_command
from django.db import transaction
from django.db.models import Count, Exists, F, OuterRef, Q
from django.utils import timezone

from curriculum.models import LessonPlanPage
from lms import demo_content, progress
from lms.demo import build_delivery
from lms.forms import SessionLogForm
from lms.models import (
    Assignment,
    ClassGroup,
    Instructor,
    Jail,
    Observation,
    SessionLog,
    TrainingRecord,
)

HELD = [SessionLog.Status.DELIVERED, SessionLog.Status.PARTLY]


def fingerprint():
    return list(
        SessionLog.objects.order_by("jail__name", "class_group__label", "delivered_on").values_list(
            "jail__name",
            "class_group__label",
            "delivered_on",
            "instructor__user__username",
            "lesson_code",
            "status",
            "not_held_reason",
            "minutes",
            "children_10_13",
            "children_14_15",
            "children_16_17",
            "steps_done",
            "client_key",
        )
    )


def assert_every_log_keeps_the_rules(today):
    logs = SessionLog.objects.all()
    assert not logs.filter(delivered_on__gte=today).exists()
    assert not logs.filter(delivered_on__lt=today - datetime.timedelta(days=183)).exists()
    assert not logs.exclude(jail=F("class_group__jail")).exists()
    assert not logs.filter(
        Q(delivered_on__lt=F("class_group__starts_on"))
        | Q(delivered_on__gt=F("class_group__ends_on"))
    ).exists()
    assigned = Assignment.objects.filter(
        instructor=OuterRef("instructor"),
        jail=OuterRef("jail"),
        starts_on__lte=OuterRef("delivered_on"),
    ).filter(Q(ends_on__isnull=True) | Q(ends_on__gte=OuterRef("delivered_on")))
    assert not logs.exclude(Exists(assigned)).exists()
    assert not logs.filter(instructor__active=False).exists()
    assert not logs.exclude(lesson__live=True).exists()
    assert not logs.exclude(lesson_key=F("lesson__translation_key")).exists()
    assert not logs.exclude(lesson_revision=F("lesson__live_revision")).exists()
    assert not logs.exclude(lesson_code=F("lesson__code")).exists()
    held, not_held = logs.filter(status__in=HELD), logs.filter(status="not_held")
    assert not held.filter(Q(minutes__isnull=True) | Q(minutes__lt=1)).exists()
    assert not held.exclude(not_held_reason="").exists()
    for band in ("children_10_13", "children_14_15", "children_16_17"):
        assert not held.filter(**{f"{band}__lt": 3}).exists()
        assert not held.filter(**{f"{band}__gt": 12}).exists()
    assert not not_held.filter(Q(minutes__isnull=False) | Q(children_total__gt=0)).exists()
    assert not not_held.filter(not_held_reason="").exists()
    assert not not_held.filter(not_held_reason="other", not_held_detail="").exists()

    steps = {
        lesson.pk: {step_id for step_id, _label in lesson.step_choices()}
        for lesson in LessonPlanPage.objects.live()
    }
    order = {
        code: position
        for position, code in enumerate(
            LessonPlanPage.objects.live()
            .filter(locale__language_code="en")
            .order_by("path")
            .values_list("code", flat=True)
        )
    }
    reached = {}
    for log in logs.order_by("class_group", "delivered_on").values(
        "class_group", "lesson", "lesson_code", "status", "steps_done", "steps_done_count"
    ):
        assert set(log["steps_done"]) <= steps[log["lesson"]]
        assert log["steps_done_count"] == len(log["steps_done"])
        if log["status"] == "not_held":
            assert log["steps_done"] == []
        # Each group works through the curriculum in order and never goes back.
        position = order[log["lesson_code"]]
        assert position >= reached.get(log["class_group"], 0)
        reached[log["class_group"]] = position


def assert_a_sample_passes_the_session_log_form(coordinator):
    """The real form, in edit mode so the log is not its own duplicate."""
    sample = SessionLog.objects.select_related("lesson", "class_group").order_by("pk")[::15]
    assert len(sample) > 20
    for log in sample:
        data = {
            "instructor": log.instructor_id,
            "class_group": log.class_group_id,
            "lesson": log.lesson_id,
            "delivered_on": log.delivered_on.isoformat(),
            "status": log.status,
            "minutes": log.minutes or "",
            "children_10_13": log.children_10_13,
            "children_14_15": log.children_14_15,
            "children_16_17": log.children_16_17,
            "not_held_reason": log.not_held_reason,
            "not_held_detail": log.not_held_detail,
            "steps_done": log.steps_done,
            "adaptations": log.adaptations,
            "notes": log.notes,
            "expected_version": log.version,
        }
        form = SessionLogForm(data, instance=log, user=coordinator)
        assert form.is_valid(), (log.pk, form.errors)


def test_demo_history_is_plausible_valid_and_deterministic(db, capsys, django_user_model):
    call_command("load_demo")
    output = capsys.readouterr().out
    assert "instructor.<district> (9 more)" in output
    today = timezone.localdate()

    jails = Jail.objects.annotate(groups=Count("class_groups"))
    assert jails.count() == 10
    assert {jail.groups for jail in jails} <= {2, 3}
    assert set(jails.values_list("district", flat=True)) == {
        district for _name, district, _kind in demo_content.JAILS
    }
    assert Jail.objects.filter(kind=Jail.Kind.JUVENILE).count() == 1
    assert Instructor.objects.count() == 10
    for username, *_rest in demo_content.INSTRUCTORS:
        assert Instructor.objects.filter(user__username=username, active=True).exists()
    borstal = Instructor.objects.get(user__username="instructor.faisalabad-borstal")
    assert borstal.assignments.count() == 2
    assert SessionLog.objects.filter(instructor=borstal, jail__district="Bhakkar").exists()

    logs = SessionLog.objects.all()
    assert logs.count() > 300
    assert logs.filter(not_held_reason="lockdown").values("jail").order_by().distinct().count() == 2
    for reason in ("court_day", "staff_shortage", "lockdown"):
        assert logs.filter(not_held_reason=reason).exists(), reason
    assert logs.filter(status="partly").exists()
    partly = logs.filter(status="partly").first()
    assert partly.steps_done_count < partly.steps_planned
    held = logs.filter(status__in=HELD).count()
    assert 0.05 * held <= Observation.objects.count() <= 0.15 * held
    scores = Observation.objects.values_list(
        "preparation", "adherence", "engagement", "climate", "time_management"
    )
    assert {score for row in scores for score in row} <= {2, 3, 4}
    assert not Observation.objects.exclude(session__status__in=HELD).exists()

    records = TrainingRecord.objects.all()
    assert (
        records.filter(status="completed").values("instructor").order_by().distinct().count() == 8
    )
    assert not records.filter(status="completed", post_score__isnull=True).exists()
    assert records.filter(status="attended", post_score__isnull=True).count() == 5
    assert not records.filter(post_score__lt=F("pre_score")).exists()

    assert_every_log_keeps_the_rules(today)
    coordinator = django_user_model.objects.get(username="coordinator")
    assert_a_sample_passes_the_session_log_form(coordinator)

    # The same day builds the same history.
    first = fingerprint()
    users = {user.username: user for user in django_user_model.objects.all()}
    with transaction.atomic():
        Observation.objects.all().delete()
        SessionLog.objects.all().delete()
        ClassGroup.objects.all().delete()
        build_delivery(users, today=today)
        assert fingerprint() == first
        transaction.set_rollback(True)


def test_the_demo_instructor_can_log_the_next_lesson_and_see_coverage_move(db, client):
    call_command("load_demo")
    instructor = Instructor.objects.get(user__username="instructor.lahore")
    lahore = Jail.objects.get(name="Central Jail Lahore")
    curriculum = progress.live_curriculum()
    groups = list(ClassGroup.objects.filter(jail=lahore, ends_on__isnull=True))
    assert len(groups) == 2
    covered, total = progress.overall_coverage(
        progress.module_coverage(SessionLog.objects.filter(jail=lahore), curriculum)
    )
    assert covered < total

    # The most advanced group's next lesson is one no group at Lahore has had yet.
    [(group, (_module, lesson), _done)] = sorted(
        progress.next_lessons(groups, curriculum), key=lambda row: -row[2]
    )[:1]
    page = LessonPlanPage.objects.get(pk=lesson.page_id)
    client.force_login(instructor.user)
    response = client.post(
        "/en/delivery/sessions/new/",
        {
            "instructor": instructor.pk,
            "class_group": group.pk,
            "lesson": page.pk,
            "delivered_on": timezone.localdate().isoformat(),
            "status": "delivered",
            "minutes": "45",
            "children_10_13": "3",
            "children_14_15": "4",
            "children_16_17": "5",
            "steps_done": [step_id for step_id, _label in page.step_choices()],
        },
    )
    assert response.status_code == 302
    after, _total = progress.overall_coverage(
        progress.module_coverage(SessionLog.objects.filter(jail=lahore), curriculum)
    )
    assert after == covered + 1
