"""Measure what docs/performance.md reports, on a database built by bench/generate.py.

    DATABASE_URL=... .venv/bin/python bench/measure.py dashboard   # p50/p95 of 20, queries
    DATABASE_URL=... .venv/bin/python bench/measure.py export      # CSV of every log: time, RSS
    DATABASE_URL=... .venv/bin/python bench/measure.py raw-sql     # the matrix in psql, ratio
    DATABASE_URL=... .venv/bin/python bench/measure.py lesson-page # gunicorn + wrk, queries

Runs under lms.settings.production (DEBUG off); it sets SECRET_KEY and ALLOWED_HOSTS for
itself. Every figure is printed as `name: value` so bench/run.sh can collect them.
"""

import argparse
import datetime
import math
import os
import re
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PYTHON = sys.executable
ENV = {
    "DJANGO_SETTINGS_MODULE": "lms.settings.production",
    "SECRET_KEY": "bench-only-not-secret",
    "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
    # Persistent connections, as a production deployment runs them.
    "DB_CONN_MAX_AGE": "60",
}
for name, value in ENV.items():
    os.environ.setdefault(name, value)


def setup_django():
    """Set Django up as a production worker does: through lms.wsgi, which also freezes
    the loaded modules out of the garbage collector's way."""
    import lms.wsgi  # noqa: F401


def report(name, value):
    print(f"{name}: {value}", flush=True)


def nearest_rank(samples, percent):
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(percent / 100 * len(ordered)) - 1)]


# gunicorn sits behind a TLS proxy in production, which says so in this header.
BEHIND_TLS_PROXY = {"HTTP_X_FORWARDED_PROTO": "https"}


def coordinator_client():
    """A coordinator's session, verified by the demo authenticator as after a real login."""
    from django.contrib.auth import get_user_model
    from django.test import Client
    from django_otp import DEVICE_ID_SESSION_KEY

    from lms.security.mfa import devices, session

    coordinator = get_user_model().objects.get(username="coordinator")
    client = Client(**BEHIND_TLS_PROXY)
    client.force_login(coordinator)
    browser_session = client.session
    if devices.totp_device(coordinator) is None:
        devices.enrol(coordinator, devices.new_secret(), last_t=-1)
    browser_session[DEVICE_ID_SESSION_KEY] = devices.totp_device(coordinator).persistent_id
    browser_session[session.ENROLLED] = True
    browser_session.save()
    return client


def time_requests(client, url, count):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(2):  # warm the process: templates, content types, site root paths
        assert client.get(url).status_code == 200
    samples = []
    for _ in range(count):
        started = time.perf_counter()
        response = client.get(url)
        samples.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, response.status_code
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    return samples, len(captured.captured_queries)


def measure_dashboard(args):
    setup_django()
    from django.urls import reverse

    from lms.models import SessionLog

    report("session logs", f"{SessionLog.objects.count():,}")
    client = coordinator_client()
    dashboard = reverse("delivery_reports:dashboard")
    for name, url in [
        ("dashboard", dashboard),
        # The default period starts on today's date six months ago; on the 1st it is all
        # whole months. This one always has half a month of logs at each edge, which the
        # dashboard reads from the logs rather than the monthly roll-ups.
        ("dashboard mid-month", f"{dashboard}?{urlencode(mid_month_period())}"),
        ("jail drill-down", reverse("delivery_reports:jail", args=[busiest_jail()])),
    ]:
        samples, queries = time_requests(client, url, args.requests)
        report(f"{name} p50 ms", f"{statistics.median(samples):.0f}")
        report(f"{name} p95 ms", f"{nearest_rank(samples, 95):.0f}")
        report(f"{name} queries", queries)
    report("load average", " ".join(f"{x:.2f}" for x in os.getloadavg()))


def mid_month_period():
    from django.utils import timezone

    from lms.progress import months_before

    end = months_before(timezone.localdate(), 1).replace(day=15)
    start = months_before(end, 6) + datetime.timedelta(days=1)
    return {"date_from": start.isoformat(), "date_to": end.isoformat()}


def busiest_jail():
    from django.db.models import Count

    from lms.models import SessionLog

    row = SessionLog.objects.values("jail_id").annotate(n=Count("pk")).order_by("-n").first()
    return row["jail_id"]


def measure_export(args):
    """Run the export in a child process, so its peak RSS is the export's alone."""
    started = time.perf_counter()
    child = subprocess.run(
        [PYTHON, __file__, "export-child", "--format", args.format],
        capture_output=True,
        text=True,
        check=True,
    )
    wall = time.perf_counter() - started
    print(child.stdout, end="")
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    report(f"{args.format} export wall s (process start to last byte)", f"{wall:.1f}")
    report(f"{args.format} export peak RSS MB", f"{peak_kb / 1024:.0f}")


def export_child(args):
    setup_django()
    from django.urls import reverse

    client = coordinator_client()
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    report("RSS after Django setup MB", f"{baseline / 1024:.0f}")
    query = urlencode({"date_from": "", "date_to": "", "export": args.format})
    url = f"{reverse('delivery_reports:session_logs')}?{query}"
    started = time.perf_counter()
    response = client.get(url)
    size = rows = 0
    if response.streaming:
        for chunk in response.streaming_content:
            size += len(chunk)
            rows += chunk.count(b"\n")
    else:
        size = len(response.content)
    elapsed = time.perf_counter() - started
    report(f"{args.format} export bytes", f"{size:,}")
    if rows:
        report(f"{args.format} export rows (with heading)", f"{rows:,}")
    report(f"{args.format} export response s", f"{elapsed:.1f}")


def psql_url():
    from urllib.parse import urlparse

    url = urlparse(os.environ["DATABASE_URL"])
    return url


def measure_raw_sql(args):
    """The coverage matrix in psql, for the default period (the one `dashboard` times)
    and for the mid-month one; the ratio is to the default period's dashboard p50."""
    setup_django()
    from lms.progress import Selection

    url = psql_url()
    connect = ["psql", "-X", "-q", "-h", url.hostname, "-p", str(url.port or 5432)]
    connect += ["-U", url.username, "-d", url.path.lstrip("/")]
    default = Selection.default(None)
    mid = mid_month_period()
    periods = [
        ("", default),
        (
            "mid-month, ",
            Selection(
                None,
                start=datetime.date.fromisoformat(mid["date_from"]),
                end=datetime.date.fromisoformat(mid["date_to"]),
            ),
        ),
    ]
    for period, selection in periods:
        first, stop = selection.whole_months
        variables = {"start": selection.start, "end": selection.end, "first": first, "stop": stop}
        command = [*connect, *(f"--variable={k}={v.isoformat()}" for k, v in variables.items())]
        for name, label in (
            ("coverage_matrix.sql", "count(DISTINCT) over the logs"),
            ("coverage_matrix_two_step.sql", "two-step over the logs"),
            ("coverage_matrix_rollup.sql", "two-step over the roll-up and edge logs"),
        ):
            sql = (ROOT / "bench" / name).read_text()
            script = "\\timing on\n\\o /dev/null\n" + sql * (args.requests + 2)
            output = subprocess.run(
                command, input=script, capture_output=True, text=True, check=True
            ).stdout
            times = [float(t) for t in re.findall(r"Time: ([\d.]+) ms", output)][2:]
            raw = statistics.median(times)
            report(f"coverage matrix in psql, {period}{label}, p50 ms", f"{raw:.0f}")
            if args.dashboard_ms and not period:
                report(f"dashboard p50 / raw SQL ({label})", f"{args.dashboard_ms / raw:.2f}")
    report("load average", " ".join(f"{x:.2f}" for x in os.getloadavg()))


def measure_lesson_page(args):
    """The lesson page under gunicorn (2 workers, production settings), loaded by wrk."""
    setup_django()
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from curriculum.models import LessonPlanPage

    call_command("collectstatic", interactive=False, verbosity=0)
    lesson = LessonPlanPage.objects.live().filter(locale__language_code="en").order_by("path")[0]
    path = lesson.url
    user = get_user_model().objects.get(username="instructor.lahore")
    client = Client(**BEHIND_TLS_PROXY)
    client.force_login(user)
    from django.db import connection

    client.get(path)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200
    report("lesson page", f"{path} ({len(response.content):,} bytes)")
    report("lesson page queries", len(captured.captured_queries))
    cookie = f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"
    (ROOT / "bench/out").mkdir(exist_ok=True)
    with open(ROOT / "bench/out/gunicorn.log", "w") as log:
        server = subprocess.Popen(
            [
                str(Path(PYTHON).parent / "gunicorn"),
                "lms.wsgi",
                "--workers",
                "2",
                *(
                    ["--worker-class", "gthread", "--threads", str(args.threads)]
                    if args.threads > 1
                    else []
                ),
                "--bind",
                f"127.0.0.1:{args.port}",
                "--chdir",
                str(ROOT),
            ],
            stdout=log,
            stderr=log,
            start_new_session=True,
        )
    try:
        url = f"http://127.0.0.1:{args.port}{path}"
        wait_for(url, cookie)
        wrk = shutil.which("wrk") or "/usr/bin/wrk"
        header = ["-H", f"Cookie: {cookie}", "-H", "X-Forwarded-Proto: https", url]
        # Warm both workers (templates, caches, database connections) before measuring.
        subprocess.run([wrk, "-t1", "-c4", "-d3s", *header], check=True, capture_output=True)
        command = [wrk, "-t2", f"-c{args.connections}", f"-d{args.seconds}s", *header]
        output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        print(output)
        rate = re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)
        # wrk counts redirects as successes; a login or TLS redirect would be one.
        non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
        report(f"lesson page requests/s ({args.threads} thread(s) per worker)", rate)
        report("lesson page non-2xx responses", non_2xx.group(1) if non_2xx else 0)
        report("load average", " ".join(f"{x:.2f}" for x in os.getloadavg()))
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


def wait_for(url, cookie):
    import urllib.request

    request = urllib.request.Request(url, headers={"Cookie": cookie, "X-Forwarded-Proto": "https"})
    for _ in range(100):
        try:
            with urllib.request.urlopen(request, timeout=5) as response:
                if response.status == 200 and response.geturl() == url:  # not the login page
                    return
        except OSError:
            time.sleep(0.2)
    sys.exit(f"gunicorn did not answer {url}")


def main():
    parser = argparse.ArgumentParser(description="ECIP reports benchmark")
    parser.add_argument(
        "what", choices=["dashboard", "export", "export-child", "raw-sql", "lesson-page"]
    )
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--format", choices=["csv", "xlsx"], default="csv")
    parser.add_argument("--dashboard-ms", type=float, help="dashboard p50, for the ratio")
    parser.add_argument("--port", type=int, default=8104)
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument(
        "--threads", type=int, default=1, help="gunicorn threads per worker (1: sync workers)"
    )
    args = parser.parse_args()
    {
        "dashboard": measure_dashboard,
        "export": measure_export,
        "export-child": export_child,
        "raw-sql": measure_raw_sql,
        "lesson-page": measure_lesson_page,
    }[args.what](args)


if __name__ == "__main__":
    main()
