"""How long an import of N rows takes to preview and to confirm (docs/performance.md).

    .venv/bin/python bench/import_speed.py --rows 10000                  # SQLite
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ecip \\
        .venv/bin/python bench/import_speed.py --rows 10000              # PostgreSQL

Builds a throwaway database (SQLite in memory, or `bench_import_speed` on the PostgreSQL
server of DATABASE_URL, dropped at the end) with the demo (`load_demo`: curriculum,
ten jails, six months of logs) and a class group more at Lahore per 1,000 rows, then
has the demo instructor of Lahore upload a CSV of N sessions of their jail that are not
logged yet, through the real views in process, and confirm it. Prints `name: value`
lines: seconds and queries of each step.
"""

import argparse
import csv
import datetime
import io
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.test")


def report(name, value):
    print(f"{name}: {value}", flush=True)


def register_rows(user, count):
    """`count` sessions at the user's jail: every class group, live English lesson and
    day the group met, newest first, leaving out those already logged."""
    from django.conf import settings
    from django.utils import timezone

    from curriculum.models import LessonPlanPage
    from lms.imports.reading import COLUMN_NAMES
    from lms.models import ClassGroup, Instructor, SessionLog

    instructor = Instructor.objects.get(user=user)
    assignment = instructor.assignments.covering(timezone.localdate()).get()
    # The demo's groups at one jail hold under 2,000 sessions not yet logged: add some.
    for number in range(1, 1 + count // 1000):
        ClassGroup.objects.get_or_create(
            jail=assignment.jail,
            label=f"Bench group {number}",
            defaults={"starts_on": assignment.starts_on},
        )
    groups = list(ClassGroup.objects.filter(jail=assignment.jail))
    lessons = list(
        LessonPlanPage.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE)
    )
    logged = set(
        SessionLog.objects.filter(jail=assignment.jail).values_list(
            "class_group_id", "lesson_key", "delivered_on"
        )
    )
    since = assignment.starts_on
    rows = []
    day = timezone.localdate()
    while len(rows) < count and day >= since:
        for group in groups:
            for lesson in lessons:
                identity = (group.pk, lesson.translation_key, day)
                if len(rows) < count and group.meets_on(day) and identity not in logged:
                    rows.append(
                        {
                            "class_group": group.label,
                            "lesson_code": lesson.code,
                            "date": day.isoformat(),
                            "status": "delivered",
                            "minutes": "40",
                            "children_10_13": "3",
                            "children_14_15": "4",
                            "children_16_17": "2",
                            "steps_done": "1",
                            "notes": "Typed up from the paper register.",
                        }
                    )
        day -= datetime.timedelta(days=1)
    if len(rows) < count:
        sys.exit(f"Only {len(rows)} sessions are free to import at {assignment.jail}.")
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, COLUMN_NAMES)
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode()


def timed(name, action):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        started = time.monotonic()
        response = action()
        seconds = time.monotonic() - started
    report(f"{name} seconds", f"{seconds:.1f}")
    report(f"{name} queries", len(queries))
    return response


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    args = parser.parse_args()

    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import setup_test_environment
    from django.urls import reverse

    from lms.models import SessionLog

    setup_test_environment()
    connection.settings_dict.setdefault("TEST", {})["NAME"] = (
        None if connection.vendor == "sqlite" else "bench_import_speed"
    )
    original = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        report("database", connection.vendor)
        report("load average", " ".join(f"{x:.2f}" for x in os.getloadavg()))
        started = time.monotonic()
        call_command("load_demo", stdout=io.StringIO())
        report("demo built in seconds", f"{time.monotonic() - started:.0f}")
        user = get_user_model().objects.get(username="instructor.lahore")
        data = register_rows(user, args.rows)
        report("rows", args.rows)
        report("file KB", len(data) // 1024)
        client = Client()
        client.force_login(user)
        before = SessionLog.objects.count()
        preview = timed(
            "preview",
            lambda: client.post(
                reverse("delivery:import_sessions"),
                {"file": SimpleUploadedFile("register.csv", data)},
            ),
        )
        result = preview.context["result"]
        if not result.ok:
            sys.exit(f"The preview found errors: {result.errors[:5]}")
        timed(
            "confirm",
            lambda: client.post(
                reverse("delivery:confirm_import"), {"token": preview.context["token"]}
            ),
        )
        report("logs created", SessionLog.objects.count() - before)
    finally:
        connection.creation.destroy_test_db(original, verbosity=0)


if __name__ == "__main__":
    main()
