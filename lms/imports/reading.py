"""Reading an uploaded CSV or XLSX into rows of text, with the limits and refusals the
import promises: size, row count, formulas, unknown columns."""

import csv
import io
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 10_000
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
    name = uploaded_name.lower()
    if name.endswith(".csv"):
        table = _read_csv(data)
    elif name.endswith(".xlsx"):
        table = _read_xlsx(data)
    else:
        raise ImportFileError(_("Upload a .csv or .xlsx file (the template is one of those)."))
    return _rows_from_table(table)


def _read_csv(data):
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(
            _("The CSV file is not UTF-8 text. Save it as 'CSV UTF-8' and upload it again.")
        ) from error
    for row in csv.reader(io.StringIO(text)):
        yield [Cell(value=value) for value in row]


def _read_xlsx(data):
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception as error:  # openpyxl raises many kinds for a broken file
        raise ImportFileError(
            _("The file could not be opened as an Excel workbook (.xlsx).")
        ) from error
    try:
        sheet = workbook.worksheets[0]
        for row in sheet.iter_rows():
            yield [_xlsx_cell(cell) for cell in row]
    finally:
        workbook.close()


def _xlsx_cell(cell):
    value = cell.value
    if cell.data_type == "f":
        return Cell(value=str(value), is_formula=True)
    if value is None:
        return Cell(value="")
    if hasattr(value, "date") and hasattr(value, "hour"):
        return Cell(value=value.date().isoformat())
    if hasattr(value, "isoformat"):
        return Cell(value=value.isoformat())
    if isinstance(value, float) and value.is_integer():
        return Cell(value=str(int(value)))
    return Cell(value=str(value))


def _rows_from_table(table):
    table = iter(table)
    header = next(table, None)
    if not header:
        raise ImportFileError(_("The file is empty. Start from the template."))
    names = [cell.value.strip().lower() for cell in header]
    unknown = [name for name in names if name and name not in COLUMN_NAMES]
    if unknown:
        raise ImportFileError(
            _("Unknown column(s): %(unknown)s. Use the template's columns: %(known)s.")
            % {"unknown": ", ".join(unknown), "known": ", ".join(COLUMN_NAMES)}
        )
    missing = [name for name in REQUIRED_COLUMNS if name not in names]
    if missing:
        raise ImportFileError(
            _("Missing column(s): %(missing)s.") % {"missing": ", ".join(missing)}
        )
    rows = []
    for number, cells in enumerate(table, start=2):
        if all(not cell.value.strip() for cell in cells):
            continue  # blank lines between entries are common on typed-up registers
        if len(rows) == MAX_ROWS:
            raise ImportFileError(
                _("The file has more than %(limit)s rows. Split it into smaller files.")
                % {"limit": f"{MAX_ROWS:,}"}
            )
        row = SheetRow(number=number)
        for name, cell in zip(names, cells, strict=False):
            if name:
                row.cells[name] = Cell(value=cell.value.strip(), is_formula=cell.is_formula)
        rows.append(row)
    return rows


def looks_like_formula(cell):
    if cell.is_formula:
        return True
    value = cell.value
    if value.startswith(FORMULA_STARTS):
        return True
    return value.startswith("-") and len(value) > 1 and not value[1].isdigit()
