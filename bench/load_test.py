"""Load test: 50 concurrent users reading lessons and submitting sessions for 2 minutes.

Runs the real stack on this machine: gunicorn (2 workers, production settings, TLS with a
throw-away self-signed certificate so secure cookies work as in production) against a
fresh PostgreSQL database loaded with the demo data. Prints requests/s, latency
percentiles, errors and duplicate rows. Usage:

    .venv/bin/python bench/load_test.py [--users 50] [--seconds 120]

Not part of the test suite: it prints figures for docs/performance.md.
"""

import argparse
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import psycopg
import requests
import urllib3

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
PORT = 8443
BASE = f"https://127.0.0.1:{PORT}"
PG = "postgres://postgres@127.0.0.1:5432"
PASSWORD = "ecip-demo-2026"
# Threads let a worker keep connections alive (no TLS handshake per request) and serve
# another request while one waits for PostgreSQL; the production command in
# docs/operations.md uses the same options.
GUNICORN_WORKER_OPTIONS = ["--worker-class", "gthread", "--threads", "4", "--keep-alive", "5"]
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')

urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)


def run(args, env, **kwargs):
    return subprocess.run(args, cwd=ROOT, env=env, check=True, **kwargs)


def prepare(env, users):
    """Migrate, load the demo, and give each virtual user its own class group."""
    run([PYTHON, "manage.py", "migrate", "--noinput", "-v0"], env)
    run([PYTHON, "manage.py", "load_demo"], env, stdout=subprocess.DEVNULL)
    script = f"""
import datetime
from django.utils import timezone
from lms.models import ClassGroup, Instructor
from curriculum.models import LessonPlanPage
instructors = list(Instructor.objects.filter(user__username__startswith="instructor.")
                   .exclude(assignments__ends_on__isnull=False).order_by("pk"))
start = timezone.localdate() - datetime.timedelta(days=800)
out = []
for n in range({users}):
    instructor = instructors[n % len(instructors)]
    jail = instructor.assignments.get(ends_on__isnull=True).jail
    group, _ = ClassGroup.objects.get_or_create(
        jail=jail, label=f"Load group {{n}}", defaults={{"starts_on": start}})
    out.append(f"{{instructor.user.username}},{{group.pk}}")
lessons = LessonPlanPage.objects.live().filter(locale__language_code="en")
out.append(";".join(f"{{l.pk}}:{{l.url_path.split('/', 2)[2]}}" for l in lessons))
print("\\n".join(out))
"""
    result = run([PYTHON, "manage.py", "shell", "-c", script], env, capture_output=True, text=True)
    lines = result.stdout.strip().splitlines()
    lessons = [item.split(":", 1) for item in lines[-1].split(";")]
    plan = [line.split(",") for line in lines if re.fullmatch(r"[\w.-]+,\d+", line)]
    return plan, [(int(pk), f"/en/{path}") for pk, path in lessons]


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.latencies = []
        self.latencies_by_kind = {}
        self.statuses = Counter()
        self.errors = Counter()
        self.acknowledged_keys = set()

    def record(self, kind, started, response=None, error=None):
        elapsed = time.perf_counter() - started
        with self.lock:
            self.latencies.append(elapsed)
            self.latencies_by_kind.setdefault(kind, []).append(elapsed)
            if error is not None:
                self.errors[f"{kind}: {type(error).__name__}"] += 1
            else:
                self.statuses[f"{kind} {response.status_code}"] += 1
                if response.status_code >= 500:
                    self.errors[f"{kind}: HTTP {response.status_code}"] += 1


def timed(stats, kind, call):
    started = time.perf_counter()
    try:
        response = call()
    except requests.RequestException as error:
        stats.record(kind, started, error=error)
        return None
    stats.record(kind, started, response=response)
    return response


def submit(session, data, stats, responses):
    url = f"{BASE}/en/delivery/sessions/new/"
    responses.append(
        timed(
            stats,
            "submit",
            lambda: session.post(url, data=data, headers={"Referer": url}, allow_redirects=False),
        )
    )


def virtual_user(number, username, group_id, lessons, deadline, stats):
    rng = random.Random(number)
    session = requests.Session()
    session.verify = False
    session.trust_env = False  # a CA bundle or proxy in the environment must not apply
    page = timed(stats, "login page", lambda: session.get(f"{BASE}/login/"))
    token = CSRF.search(page.text).group(1)
    timed(
        stats,
        "login",
        lambda: session.post(
            f"{BASE}/login/",
            data={"username": username, "password": PASSWORD, "csrfmiddlewaretoken": token},
            headers={"Referer": f"{BASE}/login/"},
        ),
    )
    days_back = 1
    while time.monotonic() < deadline:
        if rng.random() < 0.8:
            _pk, url = rng.choice(lessons)
            timed(stats, "lesson", lambda url=url: session.get(BASE + url))
            continue
        form = timed(stats, "form", lambda: session.get(f"{BASE}/en/delivery/sessions/new/"))
        if form is None or form.status_code != 200:
            continue
        lesson_pk, _url = lessons[days_back % len(lessons)]
        data = {
            "csrfmiddlewaretoken": CSRF.search(form.text).group(1),
            "client_key": str(uuid.uuid4()),
            "class_group": group_id,
            "lesson": lesson_pk,
            "delivered_on": (date.today() - timedelta(days=days_back)).isoformat(),
            "status": "delivered",
            "minutes": "40",
            "children_10_13": "4",
            "children_14_15": "5",
            "children_16_17": "3",
        }
        data["instructor"] = re.search(r'name="instructor" value="(\d+)"', form.text).group(1)
        days_back += 1
        # Every fourth submission is a double click: the same form sent twice at once.
        senders = 2 if days_back % 4 == 0 else 1
        responses = []
        threads = [
            threading.Thread(target=submit, args=(session, data, stats, responses))
            for _ in range(senders)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        if any(r is not None and r.status_code == 302 for r in responses):
            with stats.lock:
                stats.acknowledged_keys.add(data["client_key"])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=120)
    args = parser.parse_args()

    db_name = f"ecip_load_{int(time.time())}"
    with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{db_name}"')
    workdir = Path(tempfile.mkdtemp(prefix="ecip-load-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.production",
        "SECRET_KEY": "load-test-" + uuid.uuid4().hex,
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": f"{PG}/{db_name}",
        "MEDIA_ROOT": str(workdir / "media"),
        "DB_CONN_MAX_AGE": "60",
    }
    server = None
    try:
        print(f"Preparing database {db_name} (migrate + load_demo)...", flush=True)
        plan, lessons = prepare(env, args.users)
        run([PYTHON, "manage.py", "collectstatic", "--noinput", "-v0"], env)
        run(
            [
                "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                "-subj", "/CN=127.0.0.1", "-keyout", str(workdir / "key.pem"),
                "-out", str(workdir / "cert.pem"),
            ],
            env,
            capture_output=True,
        )  # fmt: skip
        server = subprocess.Popen(
            [
                str(Path(PYTHON).parent / "gunicorn"), "lms.wsgi", "--workers", "2",
                *GUNICORN_WORKER_OPTIONS,
                "--bind", f"127.0.0.1:{PORT}", "--certfile", str(workdir / "cert.pem"),
                "--keyfile", str(workdir / "key.pem"), "--log-level", "warning",
            ],
            cwd=ROOT,
            env=env,
        )  # fmt: skip
        for _ in range(150):
            try:
                requests.get(
                    f"{BASE}/login/", verify=False, timeout=2, proxies={}
                ).raise_for_status()
                break
            except requests.RequestException as error:
                last_error = error
                time.sleep(0.2)
        else:
            raise SystemExit(f"gunicorn did not answer on {BASE}: {last_error!r}")
        with psycopg.connect(f"{PG}/{db_name}") as conn:
            rows_before = conn.execute("SELECT count(*) FROM lms_sessionlog").fetchone()[0]

        stats = Stats()
        deadline = time.monotonic() + args.seconds
        started = time.monotonic()
        threads = [
            threading.Thread(
                target=virtual_user,
                args=(n, username, group, lessons, deadline, stats),
                daemon=True,
            )
            for n, (username, group) in enumerate(plan)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=args.seconds + 120)
        wall = time.monotonic() - started

        with psycopg.connect(f"{PG}/{db_name}") as conn:
            rows_after = conn.execute("SELECT count(*) FROM lms_sessionlog").fetchone()[0]
            twins = conn.execute(
                "SELECT count(*) FROM (SELECT class_group_id, lesson_key, delivered_on "
                "FROM lms_sessionlog GROUP BY 1, 2, 3 HAVING count(*) > 1) AS twins"
            ).fetchone()[0]
        created = rows_after - rows_before
        latencies = sorted(stats.latencies)
        print(f"\nUsers {args.users}, duration {wall:.0f} s, gunicorn 2 workers, PostgreSQL")
        print(f"Requests: {len(latencies)}  ({len(latencies) / wall:.1f} requests/s)")
        print(
            f"Latency: p50 {statistics.median(latencies) * 1000:.0f} ms, "
            f"p95 {latencies[int(len(latencies) * 0.95)] * 1000:.0f} ms, "
            f"p99 {latencies[int(len(latencies) * 0.99)] * 1000:.0f} ms"
        )
        for kind, samples in sorted(stats.latencies_by_kind.items()):
            print(
                f"  {kind}: {len(samples)} requests, p50 {statistics.median(samples) * 1000:.0f} ms"
            )
        print("Responses:", dict(sorted(stats.statuses.items())))
        print(f"Errors: {sum(stats.errors.values())} {dict(stats.errors)}")
        print(
            f"Sessions acknowledged: {len(stats.acknowledged_keys)}, rows created: {created}, "
            f"duplicate rows: {created - len(stats.acknowledged_keys) + twins}"
        )
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{db_name}" WITH (FORCE)')


if __name__ == "__main__":
    main()
