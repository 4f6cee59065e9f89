"""Build a national-scale ECIP database for the benchmarks (docs/performance.md).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/reports_bench \\
        .venv/bin/python bench/generate.py --logs 2000000

The database must be migrated and empty of delivery records. Pages and people come from
the same factories and demo builders as the tests; session logs (the bulk) are streamed
in with PostgreSQL's COPY, or with batched INSERTs on SQLite. Everything is seeded, so
two runs build the same data.

Shape: the demo curriculum topped up to 12 modules x 10 lessons (4-6 steps each), the
three-day training programme, 150 jails in 36 districts, 1,500 instructors (5% transferred
a year ago), 8 class groups per jail, and logs over three years up to today: busy and
quiet jails, a handful that stopped a month or more ago, district lockdowns, 78%
delivered, 12% partly, 10% not held. 1% of held sessions are observed.
"""

import argparse
import datetime
import json
import os
import random
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DISTRICTS = [
    "Attock", "Bahawalnagar", "Bahawalpur", "Bhakkar", "Chakwal", "Chiniot",
    "Dera Ghazi Khan", "Faisalabad", "Gujranwala", "Gujrat", "Hafizabad", "Jhang",
    "Jhelum", "Kasur", "Khanewal", "Khushab", "Lahore", "Layyah", "Lodhran",
    "Mandi Bahauddin", "Mianwali", "Multan", "Muzaffargarh", "Nankana Sahib", "Narowal",
    "Okara", "Pakpattan", "Rahim Yar Khan", "Rajanpur", "Rawalpindi", "Sahiwal",
    "Sargodha", "Sheikhupura", "Sialkot", "Toba Tek Singh", "Vehari",
]  # fmt: skip
MODULES, LESSONS_PER_MODULE = 12, 10
GROUPS_PER_JAIL = 8
REASONS = [
    ("lockdown", 35),
    ("court_day", 25),
    ("staff_shortage", 20),
    ("children_transferred", 8),
    ("instructor_absent", 7),
    ("other", 5),
]
LOG_COLUMNS = [
    "jail_id", "instructor_id", "class_group_id", "lesson_id", "lesson_revision_id",
    "lesson_key", "lesson_code", "lesson_title", "module_key", "steps_planned",
    "delivered_on", "minutes", "children_10_13", "children_14_15", "children_16_17",
    "status", "not_held_reason", "not_held_detail", "steps_done", "steps_done_count",
    "adaptations", "notes", "recorded_by_id", "recorded_at", "updated_at", "client_key",
    "version",
]  # fmt: skip


def setup_django():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.production")
    os.environ.setdefault("SECRET_KEY", "bench-only-not-secret")
    os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
    import django

    django.setup()


def build_curriculum():
    """The demo curriculum and training, topped up to 12 modules of 10 lessons."""
    from curriculum.demo import build_curriculum as build_demo_curriculum
    from curriculum.demo import build_training
    from curriculum.factories import (
        LessonPlanPageFactory,
        LifeSkillFactory,
        ModulePageFactory,
        stable_step_id,
        step_block,
    )
    from curriculum.models import ModulePage
    from home.demo import ensure_home_page
    from lms.demo import ensure_demo_users
    from lms.roles import ensure_curriculum_workflow, ensure_roles

    ensure_roles()
    home = ensure_home_page()
    users = ensure_demo_users()
    index = build_demo_curriculum(home, author=users["trainer"], approver=users["reviewer"])
    build_training(home, author=users["trainer"], approver=users["reviewer"])
    ensure_curriculum_workflow()
    rng = random.Random(4)
    modules = list(ModulePage.objects.child_of(index).order_by("path"))
    for number in range(len(modules) + 1, MODULES + 1):
        skill = LifeSkillFactory(name=f"Life skill {number}", slug=f"life-skill-{number}")
        module = ModulePageFactory(
            parent=index, title=f"Module {number}", slug=f"module-{number}", life_skill=skill
        )
        module.save_revision().publish()
        modules.append(module)
    for number, module in enumerate(modules, start=1):
        existing = module.get_children().count()
        for position in range(existing + 1, LESSONS_PER_MODULE + 1):
            code = f"M{number:02d}-{position:02d}"
            steps = rng.randint(4, 6)
            lesson = LessonPlanPageFactory(
                parent=module,
                title=f"Lesson {position} of module {number}",
                slug=f"lesson-{number}-{position}",
                code=code,
                duration_minutes=60,
                body=[
                    step_block(
                        f"Step {step}",
                        8,
                        instructions="Explain the activity, then let pupils work in pairs.",
                        script="Say: today we practise one small skill together.",
                        block_id=stable_step_id(code, step),
                    )
                    for step in range(1, steps + 1)
                ],
            )
            lesson.save_revision().publish()
    return users


def lessons_in_order():
    from curriculum.models import LessonPlanPage, ModulePage

    modules = {
        m.path: m.translation_key
        for m in ModulePage.objects.live().filter(locale__language_code="en")
    }
    lessons = []
    for lesson in LessonPlanPage.objects.live().filter(locale__language_code="en").order_by("path"):
        step_ids = [step_id for step_id, _label in lesson.step_choices()]
        lessons.append(
            {
                "id": lesson.pk,
                "revision": lesson.live_revision_id,
                "key": lesson.translation_key,
                "code": lesson.code,
                "title": lesson.title,
                "module": modules[lesson.path[: -lesson.steplen]],
                "steps": step_ids,
            }
        )
    return lessons


def build_people(today, rng, jail_count, instructor_count):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import Group

    from lms import roles
    from lms.models import Assignment, ClassGroup, Instructor, Jail

    start = today - datetime.timedelta(days=3 * 365)
    kinds = ["central"] * 30 + ["district"] * 100 + ["juvenile"] * 20
    jails = Jail.objects.bulk_create(
        Jail(
            name=f"{kinds[n].title()} Jail {DISTRICTS[n % len(DISTRICTS)]} {n + 1:03d}",
            district=DISTRICTS[n % len(DISTRICTS)],
            kind=kinds[n % len(kinds)],
        )
        for n in range(jail_count)
    )
    User = get_user_model()
    password = make_password("bench-not-a-password-1")
    users = User.objects.bulk_create(
        User(
            username=f"bench.instructor.{n:04d}",
            first_name=f"Instructor{n:04d}",
            last_name="Bench",
            password=password,
        )
        for n in range(instructor_count)
    )
    Group.objects.get(name=roles.INSTRUCTORS).user_set.add(*users)
    instructors = Instructor.objects.bulk_create(Instructor(user=user) for user in users)
    per_jail = instructor_count // jail_count
    assignments = []
    transfer_day = today - datetime.timedelta(days=365)
    serving = {jail.pk: [] for jail in jails}  # jail -> [(instructor, user, from, to)]
    for n, instructor in enumerate(instructors):
        jail = jails[(n // per_jail) % jail_count]
        if n % 20 == 0:  # 5% moved to another jail a year ago
            other = jails[(n // per_jail + 7) % jail_count]
            assignments.append(
                Assignment(
                    instructor=instructor,
                    jail=jail,
                    starts_on=start,
                    ends_on=transfer_day - datetime.timedelta(days=1),
                )
            )
            assignments.append(
                Assignment(instructor=instructor, jail=other, starts_on=transfer_day)
            )
            serving[jail.pk].append((instructor.pk, instructor.user_id, start, transfer_day))
            serving[other.pk].append((instructor.pk, instructor.user_id, transfer_day, None))
        else:
            assignments.append(Assignment(instructor=instructor, jail=jail, starts_on=start))
            serving[jail.pk].append((instructor.pk, instructor.user_id, start, None))
    Assignment.objects.bulk_create(assignments)
    groups = ClassGroup.objects.bulk_create(
        ClassGroup(jail=jail, label=f"Barrack {g + 1}", starts_on=start)
        for jail in jails
        for g in range(GROUPS_PER_JAIL)
    )
    groups_by_jail = {}
    for group in groups:
        groups_by_jail.setdefault(group.jail_id, []).append(group.pk)
    return jails, instructors, serving, groups_by_jail


def generate_logs(today, rng, jails, serving, groups_by_jail, lessons, total):
    """Yield log rows (LOG_COLUMNS order) day by day, about `total` of them."""
    tz = datetime.timezone(datetime.timedelta(hours=5))
    days = 3 * 365
    first = today - datetime.timedelta(days=days - 1)
    weights = [0.25 + ((n * 37) % 100) / 45 for n in range(len(jails))]
    stopped = {
        jail.pk: today - datetime.timedelta(days=25 + 10 * n)
        for n, jail in enumerate(jails)
        if n % 25 == 3
    }
    active_days = [
        days - ((today - stopped[jail.pk]).days if jail.pk in stopped else 0) for jail in jails
    ]
    base = total / sum(w * d for w, d in zip(weights, active_days, strict=True))
    districts = sorted({jail.district for jail in jails})
    lockdowns = {
        district: {
            first + datetime.timedelta(days=rng.randrange(days - 14) + k)
            for start in range(2)
            for k in range(14)
        }
        for district in districts
    }
    reasons = [reason for reason, weight in REASONS for _ in range(weight)]
    cursor = {group: 0 for groups in groups_by_jail.values() for group in groups}
    next_group = dict.fromkeys(groups_by_jail, 0)
    owed = [0.0] * len(jails)
    lesson_count = len(lessons)
    for offset in range(days):
        day = first + datetime.timedelta(days=offset)
        recorded = datetime.datetime.combine(day, datetime.time(17, 30), tz)
        for n, jail in enumerate(jails):
            owed[n] += base * weights[n]
            count = int(owed[n])
            owed[n] -= count
            if not count or (jail.pk in stopped and day > stopped[jail.pk]):
                continue
            teachers = [
                (instructor, user)
                for instructor, user, since, until in serving[jail.pk]
                if since <= day and (until is None or day < until)
            ]
            if not teachers:
                continue
            locked = day in lockdowns[jail.district]
            groups = groups_by_jail[jail.pk]
            for k in range(count):
                group = groups[next_group[jail.pk] % len(groups)]
                next_group[jail.pk] += 1
                lesson = lessons[cursor[group] % lesson_count]
                cursor[group] += 1
                instructor, user = teachers[(offset + k) % len(teachers)]
                roll = rng.random()
                if locked and roll < 0.7:
                    status, reason = "not_held", "lockdown"
                elif roll < 0.10:
                    status, reason = "not_held", rng.choice(reasons)
                elif roll < 0.22:
                    status, reason = "partly", ""
                else:
                    status, reason = "delivered", ""
                steps = lesson["steps"]
                if status == "delivered":
                    done = steps if rng.random() < 0.8 else steps[:-1]
                elif status == "partly":
                    done = steps[: rng.randint(1, len(steps) - 1)]
                else:
                    done = []
                held = status != "not_held"
                yield (
                    jail.pk,
                    instructor,
                    group,
                    lesson["id"],
                    lesson["revision"],
                    lesson["key"],
                    lesson["code"],
                    lesson["title"],
                    lesson["module"],
                    len(steps),
                    day,
                    rng.choice((40, 45, 50, 60)) if held else None,
                    rng.randint(0, 8) if held else 0,
                    rng.randint(0, 8) if held else 0,
                    rng.randint(0, 6) if held else 0,
                    status,
                    reason,
                    "Visitors' day" if reason == "other" else "",
                    json.dumps(done),
                    len(done),
                    "Used a story instead of role play." if held and rng.random() < 0.03 else "",
                    "Children engaged well." if held and rng.random() < 0.05 else "",
                    user,
                    recorded,
                    recorded,
                    uuid.UUID(int=rng.getrandbits(128), version=4),
                    1,
                )


def load_logs(rows):
    from django.db import connection

    columns = ", ".join(LOG_COLUMNS)
    count = 0
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            raw = cursor.cursor  # psycopg's own cursor, for COPY
            with raw.copy(f"COPY lms_sessionlog ({columns}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
                    count += 1
        return count
    placeholders = ", ".join(["%s"] * len(LOG_COLUMNS))
    sql = f"INSERT INTO lms_sessionlog ({columns}) VALUES ({placeholders})"
    batch = []
    with connection.cursor() as cursor:
        for row in rows:
            batch.append(tuple(sqlite_value(value) for value in row))
            if len(batch) == 10_000:
                cursor.executemany(sql, batch)
                count += len(batch)
                batch = []
        cursor.executemany(sql, batch)
    return count + len(batch)


def sqlite_value(value):
    """What Django itself would store on SQLite: UUIDs as hex, times as naive UTC."""
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, datetime.datetime):
        return value.astimezone(datetime.UTC).replace(tzinfo=None).isoformat(" ")
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def add_observations(observer_id):
    """Observe 1% of held sessions, in one INSERT ... SELECT."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            """
            INSERT INTO lms_observation (session_id, observer_id, preparation, adherence,
                engagement, climate, time_management, comments, created_at)
            SELECT id, %s, 1 + id %% 4, 1 + (id / 3) %% 4, 2 + id %% 3, 3 + id %% 2,
                1 + (id / 7) %% 4, '', recorded_at
            FROM lms_sessionlog WHERE status <> 'not_held' AND id %% 100 = 7
            """,
            [observer_id],
        )
        return cursor.rowcount


def add_training(instructors, rng, today, recorder_id):
    from curriculum.models import TrainingModulePage
    from lms.models import TrainingRecord

    modules = list(TrainingModulePage.objects.live().order_by("path"))
    records = []
    for instructor in instructors:
        finished = rng.random() < 0.8
        for position, module in enumerate(modules):
            status = "completed" if finished or position < len(modules) - 1 else "attended"
            records.append(
                TrainingRecord(
                    instructor=instructor,
                    training_module=module,
                    module_key=module.translation_key,
                    module_title=module.title,
                    attended_on=today - datetime.timedelta(days=400 - position),
                    status=status,
                    pre_score=rng.randint(30, 70),
                    post_score=rng.randint(55, 95),
                    recorded_by_id=recorder_id,
                )
            )
    TrainingRecord.objects.bulk_create(records, batch_size=2000)
    return len(records)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--logs", type=int, default=2_000_000)
    parser.add_argument("--jails", type=int, default=150)
    parser.add_argument("--instructors", type=int, default=1_500)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    setup_django()
    from django.db import connection, transaction
    from django.utils import timezone

    from lms.models import SessionLog
    from lms.progress import rollups

    if SessionLog.objects.exists():
        sys.exit("The database already holds session logs; generate into an empty one.")
    rng = random.Random(args.seed)
    today = timezone.localdate()
    started = time.perf_counter()
    users = build_curriculum()
    lessons = lessons_in_order()
    print(f"curriculum: {len(lessons)} live lessons ({time.perf_counter() - started:.0f} s)")
    with transaction.atomic():
        jails, instructors, serving, groups = build_people(today, rng, args.jails, args.instructors)
    print(f"people: {len(jails)} jails, {len(instructors)} instructors")
    loading = time.perf_counter()
    with transaction.atomic():
        count = load_logs(generate_logs(today, rng, jails, serving, groups, lessons, args.logs))
    print(f"session logs: {count:,} in {time.perf_counter() - loading:.0f} s")
    with transaction.atomic():
        observed = add_observations(users["coordinator"].pk)
        trained = add_training(instructors, rng, today, users["coordinator"].pk)
    print(f"observations: {observed:,}; training records: {trained:,}")
    rolling_up = time.perf_counter()
    rollups.rebuild()  # COPY and bulk INSERTs bypass the saves that keep them in step
    print(f"monthly roll-ups rebuilt in {time.perf_counter() - rolling_up:.0f} s")
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("VACUUM ANALYZE")
        else:
            cursor.execute("ANALYZE")
    print(f"done in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
