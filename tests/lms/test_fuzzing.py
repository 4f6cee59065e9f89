"""Property-based tests: whatever arrives, never a server error and never a bad row saved."""

import csv
import io

from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lms.imports.checking import RowChecker
from lms.imports.reading import COLUMN_NAMES, ImportFileError, read_rows
from lms.models import SessionLog
from tests.lms.test_log_session import valid_data

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

texts = st.text(max_size=40)
numbers_as_text = st.one_of(
    st.integers(min_value=-1000, max_value=1000).map(str), st.sampled_from(["", "1e3", "٣", " 5 "])
)
field_values = {
    "status": st.one_of(st.sampled_from(["delivered", "partly", "not_held"]), texts),
    "minutes": numbers_as_text,
    "children_10_13": numbers_as_text,
    "children_14_15": numbers_as_text,
    "children_16_17": numbers_as_text,
    "not_held_reason": st.one_of(st.sampled_from(["", "lockdown", "other"]), texts),
    "not_held_detail": texts,
    "delivered_on": st.one_of(st.dates().map(str), texts),
    "class_group": st.one_of(st.integers().map(str), texts),
    "lesson": st.one_of(st.integers().map(str), texts),
    "adaptations": texts,
    "notes": st.one_of(texts, st.just("35202-1234567-1")),
    "client_key": st.one_of(st.uuids().map(str), texts),
}


def assert_log_obeys_the_rules(log):
    assert 0 <= log.children_10_13 <= 100 and 0 <= log.children_14_15 <= 100
    assert 0 <= log.children_16_17 <= 100
    if log.status == SessionLog.Status.NOT_HELD:
        assert log.not_held_reason and log.children_total == 0 and not log.steps_done
    else:
        assert log.children_total >= 1 and log.minutes and log.minutes >= 1
    assert "35202-1234567-1" not in log.notes


@FUZZ
@given(overrides=st.fixed_dictionaries({}, optional=field_values))
def test_session_form_never_errors_and_never_saves_a_bad_log(delivery, overrides):
    client = Client()
    client.force_login(delivery.user)
    before = SessionLog.objects.count()
    data = valid_data(delivery, **overrides)
    response = client.post(reverse("delivery:log_session"), data)
    assert response.status_code in (200, 302)
    after = SessionLog.objects.count()
    if response.status_code == 200:
        assert after == before
    for log in SessionLog.objects.all():
        assert_log_obeys_the_rules(log)


cell_text = st.one_of(
    st.text(max_size=15),
    st.sampled_from(["EMP-01", "Barrack 2 morning", "2026-11-02", "delivered", "no", "=1+1"]),
)


@FUZZ
@given(
    header=st.lists(st.sampled_from([*COLUMN_NAMES, "junk"]), min_size=1, max_size=16),
    body=st.lists(st.lists(cell_text, max_size=16), max_size=6),
)
def test_import_reader_and_checker_never_fail_unexpectedly(delivery, header, body):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(body)
    try:
        rows = read_rows("fuzz.csv", buffer.getvalue().encode())
    except ImportFileError:
        return
    result = RowChecker(delivery.user).check(rows)
    for number, column, message in result.errors:
        assert number >= 2 and isinstance(message, str) and message
        assert column in ("", *COLUMN_NAMES)


@FUZZ
@given(data=st.binary(max_size=400), suffix=st.sampled_from([".csv", ".xlsx", ".txt"]))
def test_import_reader_refuses_garbage_cleanly(db, data, suffix):
    try:
        rows = read_rows(f"upload{suffix}", data)
    except ImportFileError as error:
        assert str(error)
    else:
        assert isinstance(rows, list)
