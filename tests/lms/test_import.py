"""Paper-register import: preview, every row's outcome, all or nothing, limits, repeats."""

import csv
import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook, load_workbook
from wagtail.models import ModelLogEntry

from lms.imports.reading import COLUMN_NAMES, MAX_ROWS
from lms.models import SessionLog
from tests.conftest import login_as

HEADER = COLUMN_NAMES
HEADER_LINE = ",".join(HEADER).encode()
# Whatever the number of rows: session, user, lookups, existing logs, saves in bulk.
PREVIEW_QUERIES = 20
# The same, plus one INSERT per bulk batch (39 logs on SQLite, whose statements take at
# most 999 parameters; 500 on PostgreSQL): 20 rows take 36 queries on SQLite, 200 take 41.
CONFIRM_QUERIES = 42


def csv_file(rows, name="register.csv", header=HEADER):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    for row in rows:
        writer.writerow([row.get(column, "") for column in header])
    return SimpleUploadedFile(name, buffer.getvalue().encode(), content_type="text/csv")


def row(**values):
    base = {
        "class_group": "Barrack 2 morning",
        "lesson_code": "EMP-01",
        "date": "2026-11-02",
        "status": "delivered",
        "minutes": "40",
        "children_10_13": "3",
        "children_14_15": "4",
        "children_16_17": "2",
        "steps_done": "1,2",
    }
    base.update(values)
    return base


@pytest.fixture
def instructor_client(client, delivery):
    client.force_login(delivery.user)
    return client


def upload(client, file):
    return client.post(reverse("delivery:import_sessions"), {"file": file})


def confirm(client, preview):
    return client.post(reverse("delivery:confirm_import"), {"token": preview.context["token"]})


def test_templates_download_with_the_columns(instructor_client, delivery):
    response = instructor_client.get(reverse("delivery:import_template_csv"))
    assert response.content.decode().strip() == ",".join(HEADER)
    response = instructor_client.get(reverse("delivery:import_template_xlsx"))
    workbook = load_workbook(io.BytesIO(response.content))
    assert [c.value for c in workbook["Sessions"][1]] == HEADER
    assert "How to fill it in" in workbook.sheetnames


def test_preview_then_import_creates_every_row_and_audits_it(instructor_client, delivery):
    rows = [row(), row(lesson_code="EMP-02", date="03/11/2026", steps_done="1")]
    rows.append(
        row(
            lesson_code="HYG-01",
            status="not held",
            reason="court day",
            minutes="",
            children_10_13="0",
            children_14_15="0",
            children_16_17="0",
            steps_done="",
        )
    )
    preview = upload(instructor_client, csv_file(rows))
    assert preview.status_code == 200
    assert [o.action for o in preview.context["result"].outcomes] == ["create"] * 3
    assert SessionLog.objects.count() == 0  # the preview saves nothing

    response = confirm(instructor_client, preview)
    assert response.status_code == 302
    logs = SessionLog.objects.order_by("lesson_code")
    assert [log.lesson_code for log in logs] == ["EMP-01", "EMP-02", "HYG-01"]
    assert logs[0].steps_done_count == 2 and logs[0].children_total == 9
    assert logs[1].delivered_on.isoformat() == "2026-11-03"
    assert logs[2].status == "not_held" and logs[2].not_held_reason == "court_day"
    assert {log.jail for log in logs} == {delivery.lahore}
    entry = ModelLogEntry.objects.get(action="lms.import_sessions")
    assert entry.data == {"file": "register.csv", "rows": 3, "created": 3}
    assert entry.user == delivery.user
    # Each log has its own creation entry, as when typed into the form, tied to the import.
    created = ModelLogEntry.objects.filter(action="wagtail.create")
    assert sorted(int(e.object_id) for e in created) == sorted(log.pk for log in logs)
    assert {(e.user, e.uuid) for e in created} == {(delivery.user, entry.uuid)}
    assert created.get(object_id=str(logs[0].pk)).label == str(logs[0])


def test_errors_are_listed_by_row_and_column_and_nothing_is_saved(instructor_client, delivery):
    rows = [
        row(),  # fine on its own: must not be saved either
        row(lesson_code="EMP-02", date="31-31-2026", steps_done="1"),
        row(lesson_code="XYZ-99"),
        row(lesson_code="HYG-01", children_14_15="101"),
        row(lesson_code="EMP-02", date="2026-11-05", status="not held", minutes="",
            children_10_13="0", children_14_15="0", children_16_17="0", steps_done=""),
        row(lesson_code="EMP-02", date="2026-11-06", steps_done="7"),
        row(),  # same as row 2
    ]  # fmt: skip
    preview = upload(instructor_client, csv_file(rows))
    errors = preview.context["result"].errors
    assert errors == [
        (3, "date", "'31-31-2026' is not a date; write it as 2026-03-31 or 31/03/2026."),
        (4, "lesson_code", "No published lesson has the code 'XYZ-99'."),
        (5, "steps_done", "'2' is not a step of HYG-01, which has steps 1 to 1."),
        (5, "children_14_15", "At most 100 children per age band."),
        (6, "reason", "Choose why the session was not held."),
        (7, "steps_done", "'7' is not a step of EMP-02, which has steps 1 to 1."),
        (8, "", "Same class group, lesson and date as row 2."),
    ]
    assert b"Nothing was imported" in preview.content
    assert preview.context["token"] is None  # the refused file is not kept to confirm
    assert SessionLog.objects.count() == 0


def test_importing_the_same_file_twice_creates_no_duplicates(instructor_client, delivery):
    rows = [row(), row(lesson_code="EMP-02", steps_done="1")]
    confirm(instructor_client, upload(instructor_client, csv_file(rows)))
    again = upload(instructor_client, csv_file(rows))
    assert [o.action for o in again.context["result"].outcomes] == ["skip", "skip"]
    assert [o.differences for o in again.context["result"].outcomes] == [[], []]
    confirm(instructor_client, again)
    assert SessionLog.objects.count() == 2


def test_a_row_matching_a_saved_log_says_which_values_differ(instructor_client, delivery):
    confirm(instructor_client, upload(instructor_client, csv_file([row()])))
    saved = SessionLog.objects.get()
    changed = row(minutes="45", children_16_17="5", steps_done="1", notes="Shorter session")
    preview = upload(
        instructor_client, csv_file([changed, row(lesson_code="EMP-02", steps_done="1")])
    )
    outcome = preview.context["result"].outcomes[0]
    assert outcome.action == "skip" and outcome.existing == saved
    assert outcome.differences == [
        ("minutes", "40", "45"),
        ("children_16_17", "2", "5"),
        ("steps_done", "1, 2", "1"),
        ("notes", "", "Shorter session"),
    ]
    content = preview.content.decode()
    assert f"Already recorded as log #{saved.pk}" in content
    assert "<strong>minutes</strong>: 40 → 45" in content
    assert "<strong>notes</strong>: – → Shorter session" in content

    confirm(instructor_client, preview)
    assert SessionLog.objects.count() == 2  # the new lesson only: no duplicate
    saved.refresh_from_db()
    assert saved.minutes == 40 and saved.notes == "" and saved.version == 1


def dated_rows(count):
    """`count` distinct sessions of one class group, one a day back from 2 November."""
    last = datetime.date(2026, 11, 2)
    return [
        row(date=(last - datetime.timedelta(days=n)).isoformat(), steps_done="1")
        for n in range(count)
    ]


@pytest.mark.parametrize("count", [20, 200])
def test_import_queries_do_not_grow_with_its_rows(
    instructor_client, delivery, django_assert_max_num_queries, count
):
    with django_assert_max_num_queries(PREVIEW_QUERIES):
        preview = upload(instructor_client, csv_file(dated_rows(count)))
    assert len(preview.context["result"].to_create) == count
    with django_assert_max_num_queries(CONFIRM_QUERIES):
        confirm(instructor_client, preview)
    assert SessionLog.objects.count() == count
    assert ModelLogEntry.objects.filter(action="wagtail.create").count() == count
    # Importing the same rows again: every row matches a saved log and is compared with it.
    with django_assert_max_num_queries(PREVIEW_QUERIES):
        again = upload(instructor_client, csv_file(dated_rows(count)))
    assert len(again.context["result"].skipped) == count


def test_an_import_leaves_the_rollups_equal_to_the_logs(instructor_client, delivery):
    from lms.progress import rollups

    preview = upload(instructor_client, csv_file(dated_rows(60)))
    confirm(instructor_client, preview)
    assert SessionLog.objects.count() == 60
    assert set(rollups.differences().values()) == {0}


def test_formula_cells_are_refused(instructor_client, delivery):
    preview = upload(instructor_client, csv_file([row(notes='=HYPERLINK("x")')]))
    assert preview.context["result"].errors == [
        (2, "notes", "Formulas are not accepted; type the value itself.")
    ]
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(HEADER)
    values = row()
    sheet.append([values.get(column, "") for column in HEADER])
    sheet["H2"] = "=1+2"  # children_10_13
    buffer = io.BytesIO()
    workbook.save(buffer)
    xlsx = SimpleUploadedFile("register.xlsx", buffer.getvalue())
    preview = upload(instructor_client, xlsx)
    assert preview.context["result"].errors == [
        (2, "children_10_13", "Formulas are not accepted; type the value itself.")
    ]


def test_xlsx_rows_with_real_dates_and_numbers_import(instructor_client, delivery):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(HEADER)
    values = row(date=datetime.datetime(2026, 11, 4), minutes=40, children_10_13=5)
    sheet.append([values.get(column, "") for column in HEADER])
    buffer = io.BytesIO()
    workbook.save(buffer)
    preview = upload(instructor_client, SimpleUploadedFile("register.xlsx", buffer.getvalue()))
    assert preview.context["result"].ok
    confirm(instructor_client, preview)
    assert SessionLog.objects.get().delivered_on == datetime.date(2026, 11, 4)


@pytest.mark.parametrize(
    ("file", "message"),
    [
        (SimpleUploadedFile("big.csv", b"x" * (5 * 1024 * 1024 + 1)), "larger than 5 MB"),
        (SimpleUploadedFile("notes.txt", b"hello"), "Upload a .csv or .xlsx file"),
        (SimpleUploadedFile("bad.xlsx", b"not a zip"), "could not be opened as an Excel"),
        (SimpleUploadedFile("latin.csv", "class_group\né".encode("latin-1")), "not UTF-8"),
        (csv_file([], header=["class_group", "colour"]), "Unknown column(s): colour."),
        (csv_file([], header=["class_group"]), "Missing column(s): lesson_code, date, status."),
        (
            SimpleUploadedFile("long.csv", HEADER_LINE + b"\n" + b"x" * 131_073 + b",A\n"),
            "Line 2 of the CSV file could not be read",
        ),
        (
            SimpleUploadedFile("open-quote.csv", HEADER_LINE + b'\n"' + b"x" * 140_000),
            "Line 2 of the CSV file could not be read",
        ),
        (SimpleUploadedFile("nul.csv", b"class_group\nA\x00B\n"), "contains NUL characters"),
        (
            SimpleUploadedFile("utf16.csv", "class_group\nA\n".encode("utf-16")),
            "not UTF-8",
        ),
        (csv_file([], header=["notes", "Notes"]), "Column(s) named twice: notes."),
    ],
)
def test_whole_file_problems_are_explained(instructor_client, delivery, file, message):
    response = upload(instructor_client, file)
    assert response.status_code == 200
    assert message in str(response.context["form"].errors["file"])


def test_csv_with_old_mac_line_endings_is_read(instructor_client, delivery):
    text = "\r".join([",".join(HEADER), ",".join(row().get(column, "") for column in HEADER)])
    preview = upload(instructor_client, SimpleUploadedFile("mac.csv", text.encode()))
    assert preview.context["result"].ok
    assert [o.action for o in preview.context["result"].outcomes] == ["create"]


def test_row_limit(instructor_client, delivery):
    rows = [row(date=f"2026-01-{1 + n % 28:02d}") for n in range(MAX_ROWS + 1)]
    response = upload(instructor_client, csv_file(rows))
    assert "more than 10,000 rows" in str(response.context["form"].errors["file"])


def test_blank_lines_count_towards_the_row_limit(instructor_client, delivery):
    text = ",".join(HEADER) + "\n" * (MAX_ROWS + 1) + ",".join(row().get(c, "") for c in HEADER)
    response = upload(instructor_client, SimpleUploadedFile("blank.csv", text.encode()))
    assert "more than 10,000 rows, counting blank ones" in str(
        response.context["form"].errors["file"]
    )


def test_instructor_cannot_import_into_another_jail(instructor_client, delivery):
    preview = upload(instructor_client, csv_file([row(jail="District Jail Kasur")]))
    assert preview.context["result"].errors == [
        (2, "jail", "You can only import sessions of your own jail.")
    ]


def test_coordinator_imports_for_any_jail_naming_the_instructor(client, coordinator, delivery):
    login_as(client, coordinator)
    rows = [
        row(jail="District Jail Kasur", instructor="instructor.kasur", class_group="Kasur group A"),
        row(jail="Central Jail Lahore", instructor="instructor.kasur"),
    ]
    preview = upload(client, csv_file(rows))
    errors = preview.context["result"].errors
    assert errors == [
        (3, "instructor", "Imran was not assigned to Central Jail Lahore on 2 November 2026.")
    ]
    confirm(client, upload(client, csv_file(rows[:1])))
    log = SessionLog.objects.get()
    assert log.jail == delivery.kasur and log.recorded_by == coordinator


def test_trainers_cannot_import(client, trainer, delivery):
    login_as(client, trainer)
    assert client.get(reverse("delivery:import_sessions")).status_code == 403
