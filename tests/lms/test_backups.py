"""Backups restore into a fresh database with the same rows, and people can log in there.

The SQLite test runs on the SQLite pass and the PostgreSQL one on .ci/run's PostgreSQL pass
(each is deselected on the other). Both check the restored copy from a separate process
pointed at it through DATABASE_URL, the way an operator would use it.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import closing

import psycopg
import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection

from lms.backups import row_counts, sqlite_online_copy
from lms.security.mfa import devices
from tests.conftest import PASSWORD

LOGIN_CHECK = """
import json, sys
import django
django.setup()
from django.test import Client

username, password, code = sys.argv[1:4]
client = Client()
login = client.post("/login/", {"username": username, "password": password})
verify = client.post("/account/two-factor/verify/", {"code": code, "next": "/admin/"})
print(json.dumps({
    "login": login.status_code,
    "verify": verify.status_code,
    "admin": client.get("/admin/").status_code,
}))
"""


def run_against(database_url, *args):
    result = subprocess.run(
        [sys.executable, *args],
        cwd=settings.BASE_DIR,
        env={
            **os.environ,
            "DATABASE_URL": database_url,
            "DJANGO_SETTINGS_MODULE": "lms.settings.test",
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def check_restored_copy(database_url, expected_counts, user, backup_code):
    """Same rows in every table; then a real login with password and second factor."""
    restored = json.loads(run_against(database_url, "manage.py", "row_counts"))
    assert restored == expected_counts
    outcome = json.loads(
        run_against(database_url, "-c", LOGIN_CHECK, user.username, PASSWORD, backup_code)
    )
    assert outcome == {"login": 302, "verify": 302, "admin": 200}


@pytest.fixture
def site_with_data(curriculum, trainer, instructor_user):
    """The curriculum, people, and a trainer with two-factor devices to log in with."""
    _device, codes = devices.enrol(trainer, devices.new_secret(), last_t=-1)
    return codes


@pytest.mark.sqlite_only
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_sqlite_backup_restores_with_same_rows_and_a_working_login(
    site_with_data, trainer, tmp_path, capsys
):
    backup = tmp_path / "ecip.sqlite3"
    call_command("backup_sqlite", output=str(backup))
    assert f"Backed up to {backup}" in capsys.readouterr().out
    expected = row_counts()
    assert expected["curriculum_lessonplanpage"] == 3 and expected["otp_static_statictoken"] == 10

    check_restored_copy(f"sqlite:///{backup}", expected, trainer, site_with_data[0])


@pytest.mark.postgres_only
def test_backup_sqlite_points_postgresql_users_to_pg_dump(db):
    with pytest.raises(CommandError, match=r"this one is postgresql\. Use pg_dump"):
        call_command("backup_sqlite")


def test_the_sqlite_copy_is_consistent_while_the_site_keeps_writing(tmp_path):
    """Each write adds a pair of rows in one transaction: a copy must never hold half."""
    database = tmp_path / "live.sqlite3"
    with closing(sqlite3.connect(database)) as setup:
        setup.execute("CREATE TABLE log (id INTEGER PRIMARY KEY, pair INTEGER, half INTEGER)")
        setup.commit()
    stop = threading.Event()

    def keep_writing():
        with closing(sqlite3.connect(database, timeout=30)) as writer:
            pair = 0
            while not stop.is_set():
                with writer:
                    writer.execute("INSERT INTO log (pair, half) VALUES (?, 1)", (pair,))
                    writer.execute("INSERT INTO log (pair, half) VALUES (?, 2)", (pair,))
                pair += 1
                time.sleep(0.001)  # a busy site, not a tight loop that never lets go

    thread = threading.Thread(target=keep_writing)
    thread.start()
    try:
        sizes = []
        with closing(sqlite3.connect(database, timeout=30)) as source:
            for number in range(5):
                copy = sqlite_online_copy(source, tmp_path / f"copy-{number}.sqlite3")
                with closing(sqlite3.connect(copy)) as check:
                    (rows,) = check.execute("SELECT COUNT(*) FROM log").fetchone()
                    (halves,) = check.execute(
                        "SELECT COUNT(*) FROM (SELECT pair FROM log GROUP BY pair "
                        "HAVING COUNT(*) != 2)"
                    ).fetchone()
                assert halves == 0 and rows % 2 == 0
                sizes.append(rows)
    finally:
        stop.set()
        thread.join()
    assert sizes[-1] > sizes[0]  # the writer really was writing during the copies
    assert not list(tmp_path.glob("*.partial"))


def run_pg_tool(name, *args):
    """pg_dump or pg_restore against the test database's server; missing tools fail."""
    tool = shutil.which(name)
    assert tool, f"{name} is missing: install postgresql-client (see docs/operations.md)"
    server = connection.settings_dict
    subprocess.run(
        [
            tool,
            "--host",
            server["HOST"] or "127.0.0.1",
            "--port",
            str(server["PORT"] or 5432),
            "--username",
            server["USER"],
            *args,
        ],
        env={**os.environ, "PGPASSWORD": server["PASSWORD"] or ""},
        check=True,
        timeout=300,
    )


@pytest.mark.postgres_only
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_postgresql_dump_restores_with_same_rows_and_a_working_login(
    site_with_data, trainer, tmp_path
):
    server = connection.settings_dict
    dump = tmp_path / "ecip.dump"
    expected = row_counts()
    assert expected["curriculum_lessonplanpage"] == 3 and expected["otp_static_statictoken"] == 10
    run_pg_tool("pg_dump", "--format=custom", "--no-owner", "--file", str(dump), server["NAME"])

    fresh = f"{server['NAME']}_restored"[:63]
    host, port = server["HOST"] or "127.0.0.1", server["PORT"] or 5432
    maintenance = psycopg.connect(
        host=host,
        port=port,
        user=server["USER"],
        password=server["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    )
    with maintenance:
        maintenance.execute(f'DROP DATABASE IF EXISTS "{fresh}" WITH (FORCE)')
        maintenance.execute(f'CREATE DATABASE "{fresh}"')
        try:
            run_pg_tool("pg_restore", "--no-owner", "--exit-on-error", "--dbname", fresh, str(dump))
            login = server["USER"] + (f":{server['PASSWORD']}" if server["PASSWORD"] else "")
            url = f"postgres://{login}@{host}:{port}/{fresh}"
            check_restored_copy(url, expected, trainer, site_with_data[0])
        finally:
            maintenance.execute(f'DROP DATABASE IF EXISTS "{fresh}" WITH (FORCE)')
