"""Exports: content, filters, scoping, XLSX that opens, formulas neutralised, streaming."""

import csv
import io

import openpyxl
import pytest
from django.http import StreamingHttpResponse
from django.urls import reverse

from lms.factories import SessionLogFactory
from lms.reports import exports
from lms.reports.exports import neutralise
from tests.conftest import login_as
from tests.reports.conftest import days_ago

LOGS = "delivery_reports:session_logs"


def body(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def read_csv(response):
    text = body(response).decode("utf-8")
    assert text.startswith("\ufeff")  # spreadsheet programs then read it as UTF-8
    return list(csv.DictReader(io.StringIO(text[1:])))


def read_xlsx(response):
    workbook = openpyxl.load_workbook(io.BytesIO(body(response)))
    sheets = {}
    for sheet in workbook.worksheets:
        rows = list(sheet.iter_rows(values_only=True))
        sheets[sheet.title] = [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]
    return sheets


@pytest.fixture
def coordinator_client(client, history):
    login_as(client, history.coordinator)
    return client


def test_session_log_csv_holds_every_selected_log_with_readable_values(coordinator_client, history):
    response = coordinator_client.get(reverse(LOGS), {"export": "csv"})
    assert isinstance(response, StreamingHttpResponse)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="ecip-session-logs-' in response["Content-Disposition"]
    rows = read_csv(response)
    # Every log of the last six months: all but l6 (T-300).
    assert len(rows) == 10
    assert {int(row["Log id"]) for row in rows} == {
        log.pk for name, log in vars(history.logs).items() if name != "l6"
    }
    l2 = next(row for row in rows if int(row["Log id"]) == history.logs.l2.pk)
    assert l2["Date"] == days_ago(20).isoformat()
    assert (l2["Jail"], l2["District"], l2["Jail kind"]) == (
        "Central Jail Lahore",
        "Lahore",
        "Central jail",
    )
    assert (l2["Module"], l2["Lesson code"], l2["Status"]) == (
        "Building empathy",
        "EMP-01",
        "Partly delivered",
    )
    assert (l2["Children present"], l2["Steps done"], l2["Steps done (%)"]) == ("6", "1", "50.0")
    assert l2["Instructor"] == "Ayesha"
    k3 = next(row for row in rows if int(row["Log id"]) == history.logs.k3.pk)
    assert (k3["Status"], k3["Reason not held"], k3["Steps done (%)"]) == (
        "Not held",
        "Court day",
        "",
    )
    l5 = next(row for row in rows if int(row["Log id"]) == history.logs.l5.pk)
    assert l5["Module"] == "Building empathy"  # EMP-03 is retired; its module is live


def test_session_log_xlsx_opens_with_the_same_rows(coordinator_client):
    response = coordinator_client.get(reverse(LOGS), {"export": "xlsx"})
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    sheets = read_xlsx(response)
    assert list(sheets) == ["Session logs"]
    rows = sheets["Session logs"]
    assert len(rows) == 10
    csv_rows = read_csv(coordinator_client.get(reverse(LOGS), {"export": "csv"}))
    assert sorted(row["Log id"] for row in rows) == sorted(int(r["Log id"]) for r in csv_rows)
    assert {row["Status"] for row in rows} == {"Delivered", "Partly delivered", "Not held"}
    dates = {row["Date"].date() for row in rows}
    assert days_ago(3) in dates


def test_exports_follow_the_filters(coordinator_client, history):
    url = reverse(LOGS)
    kasur = read_csv(coordinator_client.get(url, {"export": "csv", "district": "Kasur"}))
    assert {row["Jail"] for row in kasur} == {"District Jail Kasur"}
    assert len(kasur) == 4
    not_held = read_csv(coordinator_client.get(url, {"export": "csv", "status": "not_held"}))
    assert sorted(row["Reason not held"] for row in not_held) == [
        "Court day",
        "Lockdown",
        "Staff shortage",
    ]
    everything = read_csv(coordinator_client.get(url, {"export": "csv", "date_from": ""}))
    assert len(everything) == 11  # an empty start date means "from the first record"
    hygiene = history.modules[1].translation_key
    in_module = read_csv(coordinator_client.get(url, {"export": "csv", "module": hygiene}))
    assert {row["Lesson code"] for row in in_module} == {"HYG-01"}


def test_invalid_filters_refuse_to_export(coordinator_client):
    response = coordinator_client.get(reverse(LOGS), {"export": "csv", "date_from": "2026-02-30"})
    assert response.status_code == 400
    assert b"Enter a valid date." in response.content
    assert b"Log id" not in response.content


def test_formula_cells_are_neutralised_in_csv_and_xlsx(coordinator_client, history):
    attack = '=HYPERLINK("http://evil.example","click")'
    SessionLogFactory(
        class_group=history.logs.l1.class_group,
        lesson=history.hyg1,
        instructor=history.ayesha,
        delivered_on=days_ago(1),
        notes=attack,
        adaptations="+1 extra game",
        not_held_detail="",
    )
    rows = read_csv(coordinator_client.get(reverse(LOGS), {"export": "csv"}))
    row = next(r for r in rows if r["Date"] == days_ago(1).isoformat())
    assert row["Notes"] == "'" + attack
    assert row["Adaptations"] == "'+1 extra game"
    workbook = openpyxl.load_workbook(
        io.BytesIO(body(coordinator_client.get(reverse(LOGS), {"export": "xlsx"})))
    )
    cells = [cell for row in workbook.active.iter_rows() for cell in row]
    assert not [cell for cell in cells if cell.data_type == "f"]
    assert "'" + attack in [cell.value for cell in cells]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+44 20", "'+44 20"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("＝1+1", "'＝1+1"),
        ("a = b", "a = b"),
        ("", ""),
        (-2, -2),
        (None, None),
    ],
)
def test_neutralise(value, expected):
    assert neutralise(value) == expected


def test_instructor_exports_only_their_own_jail_from_the_front_end(client, history):
    login_as(client, history.instructor_user)
    response = client.get(reverse("delivery:export_sessions"), {"export": "csv"})
    rows = read_csv(response)
    assert {row["Jail"] for row in rows} == {"Central Jail Lahore"}
    lahore_logs = {history.logs.l1, history.logs.l2, history.logs.l3, history.logs.l4}
    lahore_logs |= {history.logs.l5, history.logs.l6}
    assert {int(row["Log id"]) for row in rows} == {log.pk for log in lahore_logs}
    xlsx = read_xlsx(client.get(reverse("delivery:export_sessions"), {"export": "xlsx"}))
    assert len(xlsx["Session logs"]) == 6
    status = client.get(reverse("delivery:export_sessions"), {"status": "not_held"})
    assert [row["Log id"] for row in read_csv(status)] == [str(history.logs.l4.pk)]
    # Another jail's class group is not a choice: the filter refuses it.
    refused = client.get(
        reverse("delivery:export_sessions"), {"class_group": history.logs.k1.class_group_id}
    )
    assert refused.status_code == 400
    # And the admin export is out of reach.
    assert client.get(reverse(LOGS), {"export": "csv"}).status_code == 302


def test_session_history_links_to_the_export_with_its_filters(client, history):
    login_as(client, history.instructor_user)
    html = client.get(reverse("delivery:session_history"), {"status": "partly"}).content.decode()
    assert f"{reverse('delivery:export_sessions')}?status=partly&amp;export=csv" in html


def test_jail_coverage_export_has_a_row_per_jail_and_a_column_per_module(coordinator_client):
    response = coordinator_client.get(reverse("delivery_reports:jail_coverage"), {"export": "csv"})
    rows = {row["Jail"]: row for row in read_csv(response)}
    assert set(rows) == {
        "Borstal Jail Bahawalpur",
        "Central Jail Lahore",
        "Closed Jail Sialkot",
        "District Jail Kasur",
    }
    lahore = rows["Central Jail Lahore"]
    assert (lahore["Building empathy (%)"], lahore["Hygiene care (%)"]) == ("100", "0")
    assert (lahore["Lessons covered"], lahore["Live lessons"], lahore["Coverage (%)"]) == (
        "2",
        "3",
        "66",
    )
    assert lahore["Steps done (%)"] == "62.5"
    assert lahore["Latest log: not held because"] == "Lockdown"
    assert rows["District Jail Kasur"]["Training completion (%)"] == "50.0"
    assert rows["Borstal Jail Bahawalpur"]["Stale"] == "True"
    xlsx = read_xlsx(
        coordinator_client.get(reverse("delivery_reports:jail_coverage"), {"export": "xlsx"})
    )
    assert len(xlsx["Jail coverage"]) == 4


def test_observation_and_training_exports(coordinator_client, history):
    observations = read_csv(
        coordinator_client.get(reverse("delivery_reports:observations"), {"export": "csv"})
    )
    assert sorted(row["Total score (5–20)"] for row in observations) == ["10", "16", "20"]
    kasur = next(row for row in observations if row["Jail"] == "District Jail Kasur")
    assert (kasur["Mean score (1–4)"], kasur["Instructor"]) == ("4.0", "Imran")
    lahore_only = read_csv(
        coordinator_client.get(
            reverse("delivery_reports:observations"), {"export": "csv", "district": "Lahore"}
        )
    )
    assert len(lahore_only) == 2
    training = read_csv(
        coordinator_client.get(reverse("delivery_reports:training_records"), {"export": "csv"})
    )
    # Only Omar's day 2 (T-1) falls in the last six months; the rest are older.
    assert [(r["Instructor"], r["Status"], r["Serves at (period end)"]) for r in training] == [
        ("Omar", "Completed", "District Jail Kasur")
    ]
    everything = read_csv(
        coordinator_client.get(
            reverse("delivery_reports:training_records"), {"export": "csv", "date_from": ""}
        )
    )
    assert len(everything) == 6
    at_kasur = read_csv(
        coordinator_client.get(
            reverse("delivery_reports:training_records"),
            {"export": "csv", "date_from": "", "district": "Kasur"},
        )
    )
    assert {row["Instructor"] for row in at_kasur} == {"Imran", "Omar"}


def test_a_full_xlsx_sheet_continues_on_the_next(coordinator_client, monkeypatch):
    monkeypatch.setattr(exports, "XLSX_MAX_ROWS", 4)  # a heading and three rows per sheet
    sheets = read_xlsx(coordinator_client.get(reverse(LOGS), {"export": "xlsx"}))
    assert list(sheets) == [
        "Session logs",
        "Session logs (2)",
        "Session logs (3)",
        "Session logs (4)",
    ]
    assert [len(rows) for rows in sheets.values()] == [3, 3, 3, 1]


def sheets_of(response):
    return openpyxl.load_workbook(io.BytesIO(body(response))).worksheets


def assert_header_frozen_and_filtered(sheet):
    """The heading row stays in view and carries a filter over every row written."""
    last_column = openpyxl.utils.get_column_letter(sheet.max_column)
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:{last_column}{sheet.max_row}"


@pytest.mark.parametrize(
    "url_name",
    [
        LOGS,
        "delivery_reports:jail_coverage",
        "delivery_reports:observations",
        "delivery_reports:training_records",
    ],
)
def test_xlsx_exports_freeze_the_header_row_and_filter_the_data(coordinator_client, url_name):
    response = coordinator_client.get(reverse(url_name), {"export": "xlsx", "date_from": ""})
    (sheet,) = sheets_of(response)
    assert sheet.max_row > 1  # rows, not just the heading
    assert_header_frozen_and_filtered(sheet)


def test_every_sheet_of_a_long_xlsx_and_an_empty_one_keep_the_frozen_header(
    coordinator_client, monkeypatch
):
    nothing = coordinator_client.get(
        reverse(LOGS), {"export": "xlsx", "status": "partly", "district": "Sialkot"}
    )
    (sheet,) = sheets_of(nothing)
    assert sheet.max_row == 1
    assert_header_frozen_and_filtered(sheet)
    monkeypatch.setattr(exports, "XLSX_MAX_ROWS", 4)
    sheets = sheets_of(coordinator_client.get(reverse(LOGS), {"export": "xlsx"}))
    assert [sheet.max_row for sheet in sheets] == [4, 4, 4, 2]
    for sheet in sheets:
        assert_header_frozen_and_filtered(sheet)


def test_instructor_xlsx_export_freezes_the_header_row_too(client, history):
    login_as(client, history.instructor_user)
    (sheet,) = sheets_of(client.get(reverse("delivery:export_sessions"), {"export": "xlsx"}))
    assert sheet.max_row == 7  # the heading and Lahore's six logs
    assert_header_frozen_and_filtered(sheet)


def test_csv_export_streams_from_one_chunked_query(coordinator_client, history, monkeypatch):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    monkeypatch.setattr(exports.StreamingSpreadsheetExportMixin, "csv_rows_per_chunk", 3)
    response = coordinator_client.get(reverse(LOGS), {"export": "csv"})
    with CaptureQueriesContext(connection) as captured:
        chunks = list(response.streaming_content)
    log_queries = [q for q in captured.captured_queries if "lms_sessionlog" in q["sql"]]
    assert len(log_queries) == 1
    assert len(chunks) == 4  # ten rows, three at a time
    assert b"".join(chunks).count(b"\r\n") == 11
