"""Reading an uploaded CSV or XLSX into rows of text, with the limits and refusals the
import promises: size, row count, formulas, unknown columns, and for workbooks (zips of
XML, where a few kilobytes can unpack to gigabytes or to millions of rows) caps on what
they unpack to, their shared texts and the time spent reading."""

import csv
import io
import time
import zipfile
from dataclasses import dataclass, field
from xml.etree import ElementTree
from xml.parsers import expat

from django.conf import settings
from django.utils.translation import gettext as _

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 10_000
# A real register at the row limit unpacks to 6-30 MB (measured with notes on every row).
MAX_UNPACKED_BYTES = 50 * 1024 * 1024
# Real sheets compress 12-40 to 1; zip bombs a thousand to 1. Small parts are left alone.
MAX_COMPRESSION_RATIO = 100
RATIO_CHECKED_FROM = 1024 * 1024
# openpyxl loads every shared text into memory before the first row; ten different texts
# per row at the row limit is more than any register needs.
MAX_SHARED_STRINGS = 100_000
# A leading = + @ (or - before a non-digit) would run as a formula in a spreadsheet.
FORMULA_STARTS = ("=", "+", "@")

COLUMNS = [
    ("jail", False),
    ("instructor", False),
    ("class_group", True),
    ("lesson_code", True),
    ("date", True),
    ("status", True),
    ("minutes", False),
    ("children_10_13", False),
    ("children_14_15", False),
    ("children_16_17", False),
    ("reason", False),
    ("reason_detail", False),
    ("steps_done", False),
    ("adaptations", False),
    ("notes", False),
]
COLUMN_NAMES = [name for name, _required in COLUMNS]
REQUIRED_COLUMNS = [name for name, required in COLUMNS if required]


class ImportFileError(Exception):
    """The file as a whole cannot be read; nothing in it is looked at further."""


@dataclass
class Cell:
    value: str
    is_formula: bool = False


@dataclass
class SheetRow:
    number: int  # as the user sees it in their spreadsheet (header is row 1)
    cells: dict = field(default_factory=dict)

    def get(self, column):
        cell = self.cells.get(column)
        return cell.value if cell else ""


def read_rows(uploaded_name, data):
    """Return the data rows of an uploaded file, or raise ImportFileError."""
    if len(data) > MAX_BYTES:
        raise ImportFileError(
            _("The file is %(size).1f MB; the limit is 5 MB. Split it into smaller files.")
            % {"size": len(data) / 1024 / 1024}
        )
    deadline = Deadline(settings.LMS_IMPORT_READ_SECONDS)
    name = uploaded_name.lower()
    if name.endswith(".csv"):
        return _rows_from_table(_read_csv(data), Cell, deadline)
    if name.endswith(".xlsx"):
        return _read_xlsx(data, deadline)
    raise ImportFileError(_("Upload a .csv or .xlsx file (the template is one of those)."))


class Deadline:
    """Reading gives up after a number of seconds, whatever the file does within the caps."""

    def __init__(self, seconds):
        self.seconds = seconds
        self.end = time.monotonic() + seconds

    def check(self):
        if time.monotonic() >= self.end:
            raise ImportFileError(
                _(
                    "Reading the file took longer than %(seconds)d seconds, the limit. "
                    "Split it into smaller files."
                )
                % {"seconds": self.seconds}
            )


def _read_csv(data):
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(
            _("The CSV file is not UTF-8 text. Save it as 'CSV UTF-8' and upload it again.")
        ) from error
    if "\x00" in text:
        raise ImportFileError(
            _(
                "The CSV file contains NUL characters, so it is not plain text. "
                "Save it as 'CSV UTF-8' and upload it again."
            )
        )
    # newline="" leaves line endings to the csv module, which knows \r, \n and \r\n.
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        yield from reader
    except csv.Error as error:
        raise ImportFileError(
            _(
                "Line %(line)d of the CSV file could not be read: a cell is longer than "
                "%(limit)s characters, or a quotation mark is not closed."
            )
            % {"line": reader.line_num, "limit": f"{csv.field_size_limit():,}"}
        ) from error


def _read_xlsx(data, deadline):
    from openpyxl import load_workbook

    unreadable = _("The file could not be opened as an Excel workbook (.xlsx).")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            _check_archive(archive, deadline)
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except ImportFileError:
        raise
    except Exception as error:  # zipfile, expat and openpyxl raise many kinds for a broken file
        raise ImportFileError(unreadable) from error
    try:
        rows = workbook.worksheets[0].iter_rows(values_only=True)
        return _rows_from_table(rows, _xlsx_cell, deadline)
    except ImportFileError:
        raise
    except Exception as error:  # a sheet naming a shared text that is not there, bad XML...
        raise ImportFileError(unreadable) from error
    finally:
        workbook.close()


def _check_archive(archive, deadline):
    """Refuse a workbook before openpyxl unpacks it. The sizes are those the zip declares,
    and they bind: zipfile reads no more than the declared size of a part."""
    parts = archive.infolist()
    unpacked = sum(part.file_size for part in parts)
    if unpacked > MAX_UNPACKED_BYTES:
        raise ImportFileError(
            _(
                "The workbook takes %(size)d MB unpacked; the limit is %(limit)d MB. "
                "Split it into smaller files."
            )
            % {"size": unpacked // 1024 // 1024, "limit": MAX_UNPACKED_BYTES // 1024 // 1024}
        )
    for part in parts:
        if part.file_size > RATIO_CHECKED_FROM and part.file_size > MAX_COMPRESSION_RATIO * max(
            part.compress_size, 1
        ):
            raise ImportFileError(
                _(
                    "Part of the workbook is compressed more than %(limit)d to 1, which only "
                    "a damaged or crafted file is. Save it again from Excel or the template."
                )
                % {"limit": MAX_COMPRESSION_RATIO}
            )
    _count_shared_strings(archive, deadline)


SHARED_STRINGS_TYPE = (
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
)
CONTENT_TYPES_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"


def _count_shared_strings(archive, deadline):
    """Count the shared texts (<si> elements) as a stream, stopping past the limit: the
    part's count attributes are the file's own claim and may lie."""
    types = ElementTree.fromstring(archive.read("[Content_Types].xml"))
    parts = [
        override.get("PartName", "").lstrip("/")
        for override in types.iter(f"{CONTENT_TYPES_NS}Override")
        if override.get("ContentType") == SHARED_STRINGS_TYPE
    ]
    count = 0

    def start(name, attributes):
        nonlocal count
        if name.rpartition(" ")[2] == "si":
            count += 1
            if count > MAX_SHARED_STRINGS:
                raise ImportFileError(
                    _(
                        "The workbook holds more than %(limit)s different texts. "
                        "Split it into smaller files."
                    )
                    % {"limit": f"{MAX_SHARED_STRINGS:,}"}
                )

    def no_entities(*args):
        raise ImportFileError(_("The file could not be opened as an Excel workbook (.xlsx)."))

    for part in parts:
        parser = expat.ParserCreate(namespace_separator=" ")
        parser.StartElementHandler = start
        parser.EntityDeclHandler = no_entities  # a workbook never declares entities
        with archive.open(part) as stream:
            while chunk := stream.read(1024 * 1024):
                deadline.check()
                parser.Parse(chunk, False)
        parser.Parse(b"", True)


def _xlsx_cell(value):
    from openpyxl.worksheet.formula import ArrayFormula, DataTableFormula

    # Read with values_only (a quarter faster): a formula arrives as its text, "=...".
    if isinstance(value, ArrayFormula | DataTableFormula):
        return Cell(value=getattr(value, "text", None) or "=", is_formula=True)
    if value is None:
        return Cell(value="")
    if hasattr(value, "date") and hasattr(value, "hour"):
        return Cell(value=value.date().isoformat())
    if hasattr(value, "isoformat"):
        return Cell(value=value.isoformat())
    if isinstance(value, float) and value.is_integer():
        return Cell(value=str(int(value)))
    return Cell(value=str(value))


def _rows_from_table(table, to_cell, deadline):
    """The data rows of `table` (rows of raw cells, turned into Cells by `to_cell`).

    Only the cells under a named column are looked at, so a sheet with a cell in its
    16,384th column costs no more than one within the template's. Blank rows count
    towards the row limit: openpyxl makes up every row missing between two rows, and a
    sheet with one row numbered 3,000,000 would otherwise be read for minutes.
    """
    table = iter(table)
    header = next(table, None)
    if not header:
        raise ImportFileError(_("The file is empty. Start from the template."))
    names = [to_cell(cell).value.strip().lower() for cell in header]
    unknown = [name for name in names if name and name not in COLUMN_NAMES]
    if unknown:
        raise ImportFileError(
            _("Unknown column(s): %(unknown)s. Use the template's columns: %(known)s.")
            % {"unknown": ", ".join(unknown), "known": ", ".join(COLUMN_NAMES)}
        )
    twice = [name for name in COLUMN_NAMES if names.count(name) > 1]
    if twice:
        raise ImportFileError(_("Column(s) named twice: %(names)s.") % {"names": ", ".join(twice)})
    missing = [name for name in REQUIRED_COLUMNS if name not in names]
    if missing:
        raise ImportFileError(
            _("Missing column(s): %(missing)s.") % {"missing": ", ".join(missing)}
        )
    columns = [(position, name) for position, name in enumerate(names) if name]
    rows = []
    for number, cells in enumerate(table, start=2):
        if number > MAX_ROWS + 1:
            raise ImportFileError(
                _(
                    "The file has more than %(limit)s rows, counting blank ones. "
                    "Split it into smaller files."
                )
                % {"limit": f"{MAX_ROWS:,}"}
            )
        deadline.check()
        row = SheetRow(number=number)
        for position, name in columns:
            if position < len(cells):
                cell = to_cell(cells[position])
                row.cells[name] = Cell(value=cell.value.strip(), is_formula=cell.is_formula)
        if any(cell.value for cell in row.cells.values()):
            rows.append(row)  # blank lines between entries are common on typed-up registers
    return rows


def looks_like_formula(cell):
    if cell.is_formula:
        return True
    value = cell.value
    if value.startswith(FORMULA_STARTS):
        return True
    return value.startswith("-") and len(value) > 1 and not value[1].isdigit()
