"""Demo accounts, one per role, and a deterministic delivery history to explore.

The history (lms.demo_content) is about six months of sessions in ten jails, generated
from a fixed seed and counted back from today, so the demo always looks current. It is
built once: if the demo jails already have class groups, nothing is added, and every
other step leaves existing rows as they are, so `load_demo` can run any number of times.
"""

import datetime
import random
import uuid
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from curriculum.models import LessonPlanPage, TrainingModulePage
from lms import demo_content, roles
from lms.factories import (
    ClassGroupFactory,
    InstructorFactory,
    JailFactory,
    ObservationFactory,
    SessionLogFactory,
    TrainingRecordFactory,
)
from lms.models import (
    AGE_BANDS,
    Assignment,
    ClassGroup,
    Instructor,
    Observation,
    SessionLog,
    TrainingRecord,
)
from lms.progress import rollups

SEED = "ecip-demo-2026"
Status, Reason = SessionLog.Status, SessionLog.Reason


@dataclass(frozen=True)
class DemoAccount:
    username: str
    first_name: str
    last_name: str
    role: str
    purpose: str


DEMO_ACCOUNTS = [
    DemoAccount(
        "coordinator",
        "Sana",
        "Iqbal",
        roles.COORDINATORS,
        "sees every jail, reports and exports; manages jails and accounts",
    ),
    DemoAccount(
        "trainer",
        "Bilal",
        "Ahmed",
        roles.TRAINERS,
        "edits lesson plans and training modules, submits them for approval",
    ),
    DemoAccount(
        "reviewer",
        "Nadia",
        "Farooq",
        roles.REVIEWERS,
        "lead trainer: approves curriculum changes",
    ),
    DemoAccount(
        "instructor.lahore",
        "Ayesha",
        "Malik",
        roles.INSTRUCTORS,
        "psychologist at Central Jail Lahore: reads lessons, logs sessions",
    ),
]

# The other instructors' accounts (instructor.lahore is a DemoAccount above).
OTHER_INSTRUCTORS = [
    row for row in demo_content.INSTRUCTORS if row[0] not in {a.username for a in DEMO_ACCOUNTS}
]


@transaction.atomic
def ensure_demo_users():
    """Every demo account, created if missing; all share settings.DEMO_PASSWORD."""
    User = get_user_model()
    wanted = [(a.username, a.first_name, a.last_name, a.role) for a in DEMO_ACCOUNTS]
    wanted += [
        (name, first, last, roles.INSTRUCTORS) for name, first, last, _a in OTHER_INSTRUCTORS
    ]
    existing = {
        user.username: user for user in User.objects.filter(username__in=[w[0] for w in wanted])
    }
    # One hash for all: the demo password is public, and hashing is the slow part.
    password = make_password(settings.DEMO_PASSWORD) if len(existing) < len(wanted) else None
    users = {}
    for username, first_name, last_name, role in wanted:
        user = existing.get(username)
        if user is None:
            user = User.objects.create(
                username=username,
                password=password,
                first_name=first_name,
                last_name=last_name,
                email=f"{username}@ecip.example",
            )
            user.groups.add(Group.objects.get(name=role))
        users[username] = user
    return users


def days_ago(today, days):
    return today - datetime.timedelta(days=days)


@transaction.atomic
def build_delivery(users, today=None):
    """Jails, instructors and their assignments, class groups, six months of session logs,
    observations of about one session in ten, and the refresher training records."""
    today = today or timezone.localdate()
    jails = {
        name: JailFactory(name=name, district=district, kind=kind)
        for name, district, kind in demo_content.JAILS
    }
    instructors = ensure_instructors(users, jails, today)
    summary = {"session logs": 0, "observations": 0}
    if not ClassGroup.objects.filter(jail__in=jails.values()).exists():
        summary = build_history(users, jails, instructors, today)
    summary["training records"] = build_training_records(users, instructors, today)
    return summary


def ensure_instructors(users, jails, today):
    instructors = {}
    for username, _first, _last, periods in demo_content.INSTRUCTORS:
        user = users[username]
        instructor = Instructor.objects.filter(user=user).first()
        if instructor is None:
            instructor = InstructorFactory(user=user)
            Assignment.objects.bulk_create(
                Assignment(
                    instructor=instructor,
                    jail=jails[jail],
                    starts_on=days_ago(today, start),
                    ends_on=days_ago(today, end) if end is not None else None,
                )
                for jail, start, end in periods
            )
        instructors[username] = instructor
    return instructors


@dataclass
class LessonInfo:
    """A live lesson as a session log freezes it, worked out once per lesson."""

    page: LessonPlanPage
    snapshot: dict
    step_ids: list
    duration: int


SNAPSHOT_FIELDS = (
    "lesson_revision_id",
    "lesson_key",
    "lesson_code",
    "lesson_title",
    "module_key",
    "steps_planned",
)


def curriculum_in_order():
    lessons = []
    for page in (
        LessonPlanPage.objects.live()
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .order_by("path")
    ):
        template = SessionLog(lesson=page)
        template.snapshot_lesson()
        lessons.append(
            LessonInfo(
                page=page,
                snapshot={name: getattr(template, name) for name in SNAPSHOT_FIELDS},
                step_ids=[step_id for step_id, _label in page.step_choices()],
                duration=page.duration_minutes,
            )
        )
    return lessons


@dataclass
class Session:
    day: datetime.date
    lesson: LessonInfo
    instructor: Instructor
    status: str
    reason: str = ""
    detail: str = ""
    steps: list = field(default_factory=list)
    minutes: int | None = None
    counts: tuple = (0, 0, 0)
    adaptations: str = ""
    notes: str = ""


# Each group of a jail meets on its own two weekdays (Monday = 0); Sunday is free.
GROUP_WEEKDAYS = [(0, 3), (1, 4), (2, 5)]


def plan_group(jail, index, spec, lessons, assignments, today):
    """The sessions of one class group, in curriculum order, and the day the group ends."""
    label, start_ago, end_ago = spec
    rng = random.Random(f"{SEED}:{jail.name}:{label}")
    starts_on = days_ago(today, start_ago)
    last_day = days_ago(today, end_ago) if end_ago is not None else days_ago(today, 1)
    lockdown = demo_content.LOCKDOWNS.get(jail.name)
    weekdays = GROUP_WEEKDAYS[index % len(GROUP_WEEKDAYS)]
    if jail.name in demo_content.WEEKLY_ONLY:
        weekdays = weekdays[:1]
    slots = [
        starts_on + datetime.timedelta(days=n)
        for n in range((last_day - starts_on).days + 1)
        if (starts_on + datetime.timedelta(days=n)).weekday() in weekdays
    ]
    sessions, position = [], 0
    for number, day in enumerate(slots):
        if position == len(lessons):
            return sessions, sessions[-1].day  # the group finished the curriculum
        instructor = next(
            (
                instructor
                for instructor, jail_id, start, end in assignments
                if jail_id == jail.pk and start <= day and (end is None or day <= end)
            ),
            None,
        )
        if instructor is None:
            continue
        lesson = lessons[position]
        session = Session(day=day, lesson=lesson, instructor=instructor, status=Status.NOT_HELD)
        if lockdown and days_ago(today, lockdown[0]) <= day <= days_ago(today, lockdown[1]):
            session.reason = Reason.LOCKDOWN
        elif end_ago is not None and number == len(slots) - 1:
            session.reason = Reason.CHILDREN_TRANSFERRED
            session.notes = rng.choice(["The group was moved to another barrack.", ""])
        else:
            position += hold_or_miss(session, rng)
        sessions.append(session)
    ends_on = days_ago(today, end_ago) if end_ago is not None else None
    return sessions, ends_on


def hold_or_miss(session, rng):
    """Decide one planned session; returns 1 if the group moves on to the next lesson."""
    draw = rng.random()
    misses = [
        (0.07, Reason.COURT_DAY),
        (0.11, Reason.STAFF_SHORTAGE),
        (0.13, Reason.INSTRUCTOR_ABSENT),
        (0.14, Reason.OTHER),
    ]
    for threshold, reason in misses:
        if draw < threshold:
            session.reason = reason
            if reason == Reason.OTHER:
                session.detail = rng.choice(demo_content.OTHER_REASONS)
            return 0
    lesson = session.lesson
    steps = list(lesson.step_ids)
    session.counts = tuple(rng.randint(3, 12) for _band in range(3))
    if rng.random() < 0.12 and len(steps) > 1:
        done = rng.randint(1, len(steps) - 1)
        session.status = Status.PARTLY
        session.steps = steps[:done]
        session.minutes = max(10, round(lesson.duration * done / len(steps)))
        session.adaptations = rng.choice(demo_content.PARTLY_ADAPTATIONS)
        return int(rng.random() < 0.5)  # half the time the lesson is taught again
    session.status = Status.DELIVERED
    if rng.random() < 0.1 and len(steps) > 2:
        steps.pop(rng.randrange(1, len(steps)))
    session.steps = steps
    session.minutes = max(15, lesson.duration + rng.choice([-10, -5, 0, 0, 5, 10]))
    if rng.random() < 0.3:
        session.adaptations = rng.choice(demo_content.ADAPTATIONS)
    if rng.random() < 0.2:
        session.notes = rng.choice(demo_content.NOTES)
    return 1


def build_history(users, jails, instructors, today):
    lessons = curriculum_in_order()
    if not lessons:
        return {"session logs": 0, "observations": 0}
    by_id = {instructor.pk: instructor for instructor in instructors.values()}
    assignments = [
        (by_id[a.instructor_id], a.jail_id, a.starts_on, a.ends_on)
        for a in Assignment.objects.filter(instructor__in=by_id)
    ]
    now = timezone.now()
    rng = random.Random(f"{SEED}:records")
    logs, observed = [], []
    for jail_name, specs in demo_content.CLASS_GROUPS.items():
        jail = jails[jail_name]
        for index, spec in enumerate(specs):
            sessions, ends_on = plan_group(jail, index, spec, lessons, assignments, today)
            group = ClassGroupFactory(
                jail=jail, label=spec[0], starts_on=days_ago(today, spec[1]), ends_on=ends_on
            )
            for session in sessions:
                session_log = build_log(session, group, rng, now)
                logs.append(session_log)
                if session.status != Status.NOT_HELD and rng.random() < 0.1:
                    observed.append(session_log.client_key)
    SessionLog.objects.bulk_create(logs, batch_size=500)
    observations = build_observations(users, observed, rng)
    rollups.rebuild()  # bulk_create sends no signals
    return {"session logs": len(logs), "observations": observations}


def build_log(session, group, rng, now):
    recorded_on = session.day + datetime.timedelta(days=rng.randint(0, 3))
    recorded_at = timezone.make_aware(datetime.datetime.combine(recorded_on, datetime.time(16)))
    children = dict(zip([name for name, _label in AGE_BANDS], session.counts, strict=True))
    session_log = SessionLogFactory.build(
        class_group=group,
        jail=group.jail,
        instructor=session.instructor,
        lesson=session.lesson.page,
        delivered_on=session.day,
        status=session.status,
        minutes=session.minutes,
        not_held_reason=session.reason,
        not_held_detail=session.detail,
        steps_done=session.steps,
        steps_done_count=len(session.steps),
        adaptations=session.adaptations,
        notes=session.notes,
        recorded_by=session.instructor.user,
        recorded_at=min(recorded_at, now),
        client_key=uuid.UUID(int=rng.getrandbits(128), version=4),
        **children,
        **session.lesson.snapshot,
    )
    return session_log


def build_observations(users, client_keys, rng):
    sessions = dict(
        SessionLog.objects.filter(client_key__in=client_keys).values_list("client_key", "pk")
    )
    observers = [users["trainer"], users["coordinator"]]
    observations = [
        ObservationFactory.build(
            session_id=sessions[key],
            observer=rng.choice(observers),
            comments=rng.choice([*demo_content.OBSERVATION_COMMENTS, ""]),
            **{name: rng.randint(2, 4) for name, _label in Observation.RUBRIC},
        )
        for key in client_keys
    ]
    Observation.objects.bulk_create(observations)
    return len(observations)


def build_training_records(users, instructors, today):
    """The three-day refresher for every instructor, skipping records that exist."""
    days = {
        page.day_number: page
        for page in TrainingModulePage.objects.live().filter(
            locale__language_code=settings.LANGUAGE_CODE
        )
    }
    existing = set(TrainingRecord.objects.values_list("instructor_id", "module_key"))
    rng = random.Random(f"{SEED}:training")
    created = 0
    for username, instructor in instructors.items():
        attended_only = demo_content.ATTENDED_ONLY.get(username)
        for day_number, held_ago in demo_content.REFRESHER_DAYS_AGO.items():
            page = days.get(day_number)
            pre = rng.randint(35, 65)
            post = min(100, pre + rng.randint(15, 35))
            if page is None or (instructor.pk, page.translation_key) in existing:
                continue
            if attended_only is not None and day_number not in attended_only:
                continue
            TrainingRecordFactory(
                instructor=instructor,
                training_module=page,
                attended_on=days_ago(today, held_ago),
                status=(
                    TrainingRecord.Status.ATTENDED
                    if attended_only
                    else TrainingRecord.Status.COMPLETED
                ),
                pre_score=pre,
                post_score=None if attended_only else post,
                recorded_by=users["trainer"],
            )
            created += 1
    return created
