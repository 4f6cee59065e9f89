"""A logout reaches every worker: two real gunicorn servers with the production settings,
no REDIS_URL (so each has a cache of its own), one database.

Each server runs one worker, so which process answers is certain; two workers of one
gunicorn share the same memory arrangement (a cache each) but the kernel picks the
worker. Nothing here renders a page (production serves static files from a manifest
this checkout has not collected): the login and logout answer with redirects, and the
probe is a view that redirects a logged-in instructor home and anyone else to the login.
"""

import http.client
import secrets
import socket
import sqlite3
import subprocess
import sys
import time
from http.cookies import SimpleCookie
from urllib.parse import urlencode

import pytest
from django.conf import settings
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.db import connection

from lms import roles
from tests.conftest import PASSWORD
from tests.security.production import production_env

HOST = "127.0.0.1"
PROBE = "/account/two-factor/verify/"
START_TIMEOUT = 90


def free_port():
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def database_url_for_other_processes(tmp_path):
    """A URL at which another process finds this test's committed rows."""
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        # The test database lives in this process's memory: hand over a copy on disk.
        path = tmp_path / "shared.sqlite3"
        connection.ensure_connection()
        with sqlite3.connect(path) as target:
            connection.connection.backup(target)
        return f"sqlite:///{path}"
    password = f":{db['PASSWORD']}" if db["PASSWORD"] else ""
    return f"postgres://{db['USER']}{password}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


class Worker:
    """One gunicorn server with one threaded worker, as docs/operations.md runs them."""

    def __init__(self, env, log_path):
        self.port = free_port()
        self.log_path = log_path
        self.log = log_path.open("w")
        self.process = subprocess.Popen(
            [
                *(sys.executable, "-m", "gunicorn", "lms.wsgi"),
                *("--bind", f"{HOST}:{self.port}", "--workers", "1"),
                *("--worker-class", "gthread", "--threads", "4"),
                # Not one shared control socket in the home directory for both servers.
                "--no-control-socket",
            ],
            cwd=settings.BASE_DIR,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )

    def wait_until_listening(self):
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            assert self.process.poll() is None, self.log_text()
            try:
                self.request("GET", PROBE)
                return
            except (ConnectionRefusedError, ConnectionResetError):
                time.sleep(0.2)
        pytest.fail(f"gunicorn did not answer within {START_TIMEOUT} s:\n{self.log_text()}")

    def request(self, method, path, session=None, csrf=None, form=None):
        """One request as it arrives from the TLS proxy, with the CSRF cookie and field a
        browser would send; returns (status, Location, cookies set)."""
        headers = {"Host": HOST, "X-Forwarded-Proto": "https"}
        cookies = {}
        if session:
            cookies[settings.SESSION_COOKIE_NAME] = session
        body = None
        if method == "POST":
            cookies[settings.CSRF_COOKIE_NAME] = csrf
            headers["Referer"] = f"https://{HOST}/login/"
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            body = urlencode({**(form or {}), "csrfmiddlewaretoken": csrf})
        if cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in cookies.items())
        conn = http.client.HTTPConnection(HOST, self.port, timeout=60)
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            response.read()
            set_cookies = SimpleCookie()
            for header in response.headers.get_all("Set-Cookie") or []:
                set_cookies.load(header)
            return response.status, response.getheader("Location"), set_cookies
        finally:
            conn.close()

    def is_logged_in(self, session):
        status, location, _cookies = self.request("GET", PROBE, session=session)
        assert status == 302, self.log_text()
        if location == "/":
            return True
        assert location.startswith("/login/"), location
        return False

    def log_text(self):
        return self.log_path.read_text()[-5000:]

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=20)
        self.log.close()


@pytest.fixture
def two_workers(tmp_path, make_user):
    instructor = make_user("instructor", roles.INSTRUCTORS)
    # Hashed as production hashes (the test settings use a fast hasher it does not know).
    hasher = PBKDF2PasswordHasher()
    instructor.password = hasher.encode(PASSWORD, hasher.salt())
    instructor.save(update_fields=["password"])
    env = production_env(
        ALLOWED_HOSTS=HOST, DATABASE_URL=database_url_for_other_processes(tmp_path)
    )
    workers = [Worker(env, tmp_path / f"gunicorn-{n}.log") for n in (1, 2)]
    try:
        for worker in workers:
            worker.wait_until_listening()
        yield workers
    finally:
        for worker in workers:
            worker.stop()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_logout_on_one_worker_ends_the_session_on_the_other(two_workers):
    first, second = two_workers
    csrf = secrets.token_hex(16)  # 32 characters, as Django's own CSRF secret
    status, location, cookies = first.request(
        "POST", "/login/", csrf=csrf, form={"username": "instructor", "password": PASSWORD}
    )
    assert status == 302 and location == "/", first.log_text()
    session = cookies[settings.SESSION_COOKIE_NAME].value

    # Both workers now know the session (and, with a per-process cache, keep a copy).
    assert first.is_logged_in(session)
    assert second.is_logged_in(session)

    status, location, _cookies = first.request("POST", "/logout/", session=session, csrf=csrf)
    assert status == 302 and location == "/login/", first.log_text()

    assert not first.is_logged_in(session)
    assert not second.is_logged_in(session)
