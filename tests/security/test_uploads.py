"""Uploads through the Wagtail admin: size, pixel and extension limits; documents behind login."""

import io
import json
import os

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from tests.conftest import login_verified

MB = 1024 * 1024


def image_file(name, size=(40, 30), image_format="PNG", mode="RGB", noise=False, **save):
    if noise:
        image = PILImage.frombytes(mode, size, os.urandom(size[0] * size[1] * len(mode)))
    else:
        image = PILImage.new(mode, size)
    buffer = io.BytesIO()
    image.save(buffer, image_format, **save)
    return SimpleUploadedFile(name, buffer.getvalue())


@pytest.fixture
def editor_client(client, trainer):
    """Trainers upload worksheets and images (lms.roles MEDIA_EDITING)."""
    login_verified(client, trainer)
    return client


def upload_image(client, upload):
    return client.post(reverse("wagtailimages:add"), {"title": "Feelings chart", "file": upload})


def file_errors(response):
    return " ".join(str(e) for e in response.context["form"].errors["file"])


def test_an_image_within_the_limits_is_accepted(editor_client):
    response = upload_image(editor_client, image_file("chart.png"))
    assert response.status_code == 302
    assert get_image_model().objects.get().title == "Feelings chart"


def test_an_image_over_5_mb_is_refused(editor_client):
    upload = image_file("photo.png", size=(1400, 1400), noise=True, compress_level=0)
    assert upload.size > 5 * MB
    response = upload_image(editor_client, upload)
    assert response.status_code == 200
    assert "This file is too big" in file_errors(response)
    assert "Maximum filesize 5.0\xa0MB" in file_errors(response)
    assert not get_image_model().objects.exists()


def test_an_image_over_40_megapixels_is_refused_however_small_the_file(editor_client):
    upload = image_file("banner.png", size=(8000, 5001), mode="1")
    assert upload.size < 1 * MB
    response = upload_image(editor_client, upload)
    assert response.status_code == 200
    assert "This file has too many pixels (40008000). Maximum pixels 40000000." in file_errors(
        response
    )
    assert not get_image_model().objects.exists()


def test_image_formats_outside_the_allow_list_are_refused(editor_client):
    response = upload_image(editor_client, image_file("animation.gif", image_format="GIF"))
    assert response.status_code == 200
    assert "Supported formats: JPG, JPEG, PNG, WEBP" in file_errors(response)
    # Renaming does not help: the content must match the extension.
    response = upload_image(editor_client, image_file("animation.png", image_format="GIF"))
    assert response.status_code == 200
    assert file_errors(response)
    assert not get_image_model().objects.exists()


def test_the_drag_and_drop_uploader_applies_the_same_limits(editor_client):
    response = editor_client.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": image_file("animation.gif", image_format="GIF")},
    )
    result = json.loads(response.content)
    assert result["success"] is False
    assert "Supported formats: JPG, JPEG, PNG, WEBP" in result["error_message"]
    assert not get_image_model().objects.exists()


def upload_document(client, upload):
    return client.post(reverse("wagtaildocs:add"), {"title": "Worksheet", "file": upload})


@pytest.mark.parametrize("name", ["worksheet.html", "worksheet.exe", "worksheet.docm", "w.svg"])
def test_document_types_outside_the_allow_list_are_refused(editor_client, name):
    response = upload_document(editor_client, SimpleUploadedFile(name, b"<script>x</script>"))
    assert response.status_code == 200
    errors = file_errors(response)
    assert "File extension" in errors and "is not allowed" in errors
    assert not get_document_model().objects.exists()


def test_a_document_over_10_mb_is_refused(editor_client):
    upload = SimpleUploadedFile("register.csv", b"x" * (10 * MB + 1))
    response = upload_document(editor_client, upload)
    assert response.status_code == 200
    assert "This file is too big" in file_errors(response)
    assert not get_document_model().objects.exists()


def test_documents_are_served_through_a_view_and_only_to_logged_in_users(
    editor_client, instructor_user
):
    content = b"%PDF-1.4\n% A worksheet\n"
    response = upload_document(editor_client, SimpleUploadedFile("feelings.pdf", content))
    assert response.status_code == 302
    document = get_document_model().objects.get()
    assert document.filename.startswith("feelings")
    assert document.url == f"/documents/{document.pk}/{document.filename}"

    anonymous = Client()
    response = anonymous.get(document.url)
    assert response.status_code == 302 and response["Location"].startswith("/login/")

    instructor = Client()
    instructor.force_login(instructor_user)
    response = instructor.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == content
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert "no-store" in response["Cache-Control"]


# Spreadsheet imports: a workbook is a zip of XML, so a few kilobytes on disk can unpack to
# gigabytes or to millions of rows. Each hostile file below is small on disk; it must be
# refused with a message naming the limit, quickly and without much memory.

SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def template_workbook():
    from openpyxl import Workbook

    from lms.imports.reading import COLUMN_NAMES

    workbook = Workbook()
    workbook.active.append(COLUMN_NAMES)
    workbook.active.append(["", "", "Barrack 2 morning", "EMP-01", "2026-11-02", "delivered"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def rebuilt_workbook(replace=None, add=None):
    """The template workbook with some parts replaced (name -> bytes or an iterable of
    byte chunks, streamed so the test itself stays small in memory)."""
    import zipfile

    replace = dict(replace or {})
    source = zipfile.ZipFile(io.BytesIO(template_workbook()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        for member in source.infolist():
            content = replace.pop(member.filename, None)
            if content is None:
                target.writestr(member.filename, source.read(member.filename))
            else:
                write_part(target, member.filename, content)
        for name, content in {**replace, **(add or {})}.items():
            write_part(target, name, content)
    return buffer.getvalue()


def write_part(archive, name, content):
    import zipfile

    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_DEFLATED
    with archive.open(info, "w", force_zip64=True) as stream:
        for chunk in [content] if isinstance(content, bytes) else content:
            stream.write(chunk)


def sheet(rows_xml, dimension=None):
    head = f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{SHEET_NS}">'.encode()
    if dimension:
        head += f'<dimension ref="{dimension}"/>'.encode()
    header = "".join(
        f'<c r="{chr(65 + i)}1" t="inlineStr"><is><t>{name}</t></is></c>'
        for i, name in enumerate(["class_group", "lesson_code", "date", "status"])
    )
    yield head + f'<sheetData><row r="1">{header}</row>'.encode()
    yield from rows_xml
    yield b"</sheetData></worksheet>"


def empty_rows(count, first=2):
    for start in range(first, first + count, 10_000):
        rows = range(start, min(first + count, start + 10_000))
        yield "".join(f'<row r="{n}"/>' for n in rows).encode()


def shared_strings(count, declared):
    head = f'<sst xmlns="{SHEET_NS}" count="{declared}" uniqueCount="{declared}">'
    yield head.encode()
    for start in range(0, count, 10_000):
        yield "".join(
            f"<si><t>{n}</t></si>" for n in range(start, min(count, start + 10_000))
        ).encode()
    yield b"</sst>"


SHEET = "xl/worksheets/sheet1.xml"
STRINGS = "xl/sharedStrings.xml"
STRINGS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"


def with_shared_strings(count, declared):
    """Template workbook plus a shared-strings part of `count` strings (declared in its
    count attributes as `declared`: a crafted file may lie)."""
    import zipfile

    types = zipfile.ZipFile(io.BytesIO(template_workbook())).read("[Content_Types].xml")
    if STRINGS_TYPE.encode() not in types:
        types = types.replace(
            b"</Types>",
            f'<Override PartName="/{STRINGS}" ContentType="{STRINGS_TYPE}"/></Types>'.encode(),
        )
    return rebuilt_workbook(
        replace={"[Content_Types].xml": types, STRINGS: shared_strings(count, declared)}
    )


def row_gap_sheet():
    """One data row numbered 3,000,000: openpyxl makes up every row in between."""
    return sheet([b'<row r="3000000"><c r="A3000000" t="inlineStr"><is><t>x</t></is></c></row>'])


def wide_sheet():
    """A cell in the last column (XFD) of every row and a dimension to match."""
    rows = "".join(
        f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>A</t></is></c><c r="XFD{n}"/></row>'
        for n in range(2, 10_002)
    )
    return sheet([rows.encode()], dimension="A1:XFD10001")


def unnumbered_rows(count):
    """Rows without their number, which openpyxl counts on from the previous one; the
    same six bytes over and over compress about a thousand to one."""
    for start in range(0, count, 100_000):
        yield b"<row/>" * min(100_000, count - start)


HOSTILE_WORKBOOKS = {
    # 3,000,000 empty rows: a few KB on disk, 18 MB unpacked.
    "empty-rows": (
        lambda: rebuilt_workbook(replace={SHEET: sheet(unnumbered_rows(3_000_000))}),
        "compressed more than 100 to 1",
    ),
    "unpacked-size": (
        lambda: rebuilt_workbook(replace={SHEET: sheet(unnumbered_rows(10_000_000))}),
        "The workbook takes 57 MB unpacked; the limit is 50 MB.",
    ),
    # Well under the unpacked limit, but one part compressed far beyond any real sheet.
    "compression-ratio": (
        lambda: rebuilt_workbook(add={"docProps/padding.xml": b" " * (20 * MB)}),
        "compressed more than 100 to 1",
    ),
    # Blank rows count: 10,001 of them and one data row after them.
    "blank-rows": (
        lambda: rebuilt_workbook(
            replace={
                SHEET: sheet(
                    [
                        *empty_rows(10_001),
                        b'<row r="10003"><c r="A10003" t="inlineStr"><is><t>x</t></is></c></row>',
                    ]
                )
            }
        ),
        "more than 10,000 rows, counting blank ones",
    ),
    "row-gap": (
        lambda: rebuilt_workbook(replace={SHEET: row_gap_sheet()}),
        "more than 10,000 rows, counting blank ones",
    ),
    "shared-strings": (
        lambda: with_shared_strings(100_001, declared=100_001),
        "more than 100,000 different texts",
    ),
    "shared-strings-understated": (
        lambda: with_shared_strings(1_000_000, declared=15),
        "more than 100,000 different texts",
    ),
}


@pytest.fixture(params=HOSTILE_WORKBOOKS)
def hostile_workbook(request):
    build, message = HOSTILE_WORKBOOKS[request.param]
    return build(), message


def test_hostile_workbooks_are_small_on_disk(hostile_workbook):
    data, _message = hostile_workbook
    assert len(data) < 3 * MB


def test_hostile_workbooks_are_refused_with_the_limit_quickly_and_in_little_memory(
    hostile_workbook,
):
    import time
    import tracemalloc

    from lms.imports.reading import ImportFileError, read_rows

    data, message = hostile_workbook
    tracemalloc.start()
    started = time.monotonic()
    try:
        with pytest.raises(ImportFileError) as refusal:
            read_rows("register.xlsx", data)
        elapsed = time.monotonic() - started
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert message in str(refusal.value)
    # Before the limits: 1.1 GB and 38 s for a million shared strings, 20 s for 3,000,000
    # empty rows. The bounds are loose for a shared, busy machine; bench/import_limits.py
    # prints the figures.
    assert peak < 60 * MB, f"{peak / MB:.0f} MB"
    assert elapsed < 15, f"{elapsed:.1f} s"


def test_hostile_workbook_upload_gets_the_message(client, delivery):
    client.force_login(delivery.user)
    data = rebuilt_workbook(replace={SHEET: row_gap_sheet()})
    response = client.post(
        reverse("delivery:import_sessions"), {"file": SimpleUploadedFile("register.xlsx", data)}
    )
    assert response.status_code == 200
    assert "more than 10,000 rows, counting blank ones" in file_errors(response)


def test_a_cell_in_the_last_column_of_every_row_costs_no_more_than_the_columns_read():
    import time

    from lms.imports.reading import read_rows

    data = rebuilt_workbook(replace={SHEET: wide_sheet()})
    started = time.monotonic()
    rows = read_rows("register.xlsx", data)
    assert len(rows) == 10_000 and rows[0].get("class_group") == "A"
    assert time.monotonic() - started < 30


def test_a_sheet_naming_a_missing_shared_string_is_explained():
    from lms.imports.reading import ImportFileError, read_rows

    broken = sheet([b'<row r="2"><c r="A2" t="s"><v>999999</v></c></row>'])
    with pytest.raises(ImportFileError, match="could not be opened as an Excel workbook"):
        read_rows("register.xlsx", rebuilt_workbook(replace={SHEET: broken}))


def test_reading_stops_at_the_time_budget(settings):
    from lms.imports.reading import ImportFileError, read_rows

    settings.LMS_IMPORT_READ_SECONDS = 0
    with pytest.raises(ImportFileError) as refusal:
        read_rows("register.xlsx", template_workbook())
    assert str(refusal.value) == (
        "Reading the file took longer than 0 seconds, the limit. Split it into smaller files."
    )


def test_a_workbook_at_the_row_limit_is_read():
    """10,000 rows with a note each: the caps leave room for a full legitimate file."""
    from openpyxl import Workbook

    from lms.imports.reading import COLUMN_NAMES, MAX_ROWS, read_rows

    workbook = Workbook()
    sheet_ = workbook.active
    sheet_.append(COLUMN_NAMES)
    for n in range(MAX_ROWS):
        sheet_.append(
            ["", "", "Barrack 2 morning", "EMP-01", f"2026-01-{1 + n % 28:02d}", "delivered",
             40, 3, 4, 2, "", "", "1,2", f"adapted {n} " * 20, f"note {n} " * 40]
        )  # fmt: skip
    buffer = io.BytesIO()
    workbook.save(buffer)
    rows = read_rows("register.xlsx", buffer.getvalue())
    assert len(rows) == MAX_ROWS and rows[-1].get("notes").startswith(f"note {MAX_ROWS - 1}")
