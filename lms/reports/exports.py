"""CSV and XLSX exports that stream in constant memory and cannot smuggle in a formula.

Wagtail's SpreadsheetExportMixin is the base (its `list_export`, `export_headings`,
`custom_field_preprocess` and export buttons), but as shipped it holds the whole result:
ReportView counts the export queryset with len(), the CSV loop evaluates the queryset
into its cache, and the XLSX file is built in a BytesIO. Here rows come from
`values_list(...).iterator()` in chunks (a server-side cursor on PostgreSQL), CSV leaves
in batches through a StreamingHttpResponse, and the XLSX workbook (openpyxl write-only,
inline strings) is written to a temporary file that a FileResponse then sends. Each sheet
keeps its heading row frozen, with filter buttons over its rows.

Spreadsheet programs run a cell that starts with = + - @ (or a tab or carriage return)
as a formula, so such text gets a leading apostrophe (OWASP "CSV injection"), in both
formats.
"""

import csv
import datetime
import io
import tempfile

from django.db.models import QuerySet
from django.http import FileResponse, StreamingHttpResponse
from django.utils import timezone
from django.utils.encoding import force_str
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.utils import get_column_letter
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.coreutils import multigetattr

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")
XLSX_MAX_ROWS = 1_048_576  # per sheet, the heading row included
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def neutralise(value):
    """Text a spreadsheet would run as a formula, made inert by a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def csv_value(value):
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return (timezone.localtime(value) if timezone.is_aware(value) else value).isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, bool | int | float):
        return value
    return neutralise(force_str(value))


def xlsx_value(value):
    if isinstance(value, datetime.datetime):
        # Excel has no time zones: write the local (Pakistan) time the screens show.
        return timezone.localtime(value).replace(tzinfo=None) if timezone.is_aware(value) else value
    if value is None or isinstance(value, datetime.date | bool | int | float):
        return value
    return ILLEGAL_CHARACTERS_RE.sub("", neutralise(force_str(value)))


def filter_rows(sheet, columns, rows):
    """Filter buttons on the heading row, over every row written (the heading included)."""
    sheet.auto_filter.ref = f"A1:{get_column_letter(columns)}{rows}"


class StreamingSpreadsheetExportMixin(SpreadsheetExportMixin):
    """`list_export` names columns: value lookups when exporting a queryset (read with
    `values_list`, so add computed columns as annotations in `get_export_queryset`), or
    attributes when exporting a list of objects. `custom_field_preprocess` turns a raw
    value into what the cell shows (a label for a code, say)."""

    export_chunk_size = 2000
    csv_rows_per_chunk = 500

    def get_export_queryset(self, queryset):
        return queryset

    def export_rows(self, queryset):
        if isinstance(queryset, QuerySet):
            return (
                self.get_export_queryset(queryset)
                .values_list(*self.list_export)
                .iterator(chunk_size=self.export_chunk_size)
            )
        return ([multigetattr(item, field) for field in self.list_export] for item in queryset)

    def export_headings_row(self, queryset):
        model_queryset = queryset if isinstance(queryset, QuerySet) else None
        return [
            force_str(self.export_headings[field])
            if field in self.export_headings
            else self.get_heading(model_queryset, field)
            for field in self.list_export
        ]

    def _converters(self, export_format):
        base = csv_value if export_format == self.FORMAT_CSV else xlsx_value
        converters = []
        for field in self.list_export:
            custom = self.custom_field_preprocess.get(field, {}).get(export_format)
            if custom:
                converters.append(lambda value, custom=custom, base=base: base(custom(value)))
            else:
                converters.append(base)
        return converters

    def stream_csv(self, queryset):
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        # A byte-order mark, so spreadsheet programs read the file as UTF-8 (Urdu text).
        buffer.write("\ufeff")
        writer.writerow([csv_value(h) for h in self.export_headings_row(queryset)])
        converters = self._converters(self.FORMAT_CSV)
        for count, row in enumerate(self.export_rows(queryset), start=1):
            writer.writerow(
                [convert(value) for convert, value in zip(converters, row, strict=True)]
            )
            if count % self.csv_rows_per_chunk == 0:
                yield buffer.getvalue()
                buffer.seek(0)
                buffer.truncate()
        yield buffer.getvalue()

    def write_csv_response(self, queryset):
        response = StreamingHttpResponse(
            self.stream_csv(queryset), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = f'attachment; filename="{self.get_filename()}.csv"'
        return response

    def write_xlsx(self, queryset, output):
        workbook = Workbook(write_only=True)
        headings = [xlsx_value(h) for h in self.export_headings_row(queryset)]
        converters = self._converters(self.FORMAT_XLSX)
        sheet, rows_in_sheet, sheets = None, XLSX_MAX_ROWS, 0
        for row in self.export_rows(queryset):
            if rows_in_sheet == XLSX_MAX_ROWS:  # a sheet is full: continue on the next one
                if sheet is not None:
                    filter_rows(sheet, len(headings), rows_in_sheet)
                sheets += 1
                sheet, rows_in_sheet = self.start_sheet(workbook, sheets, headings), 1
            sheet.append([convert(value) for convert, value in zip(converters, row, strict=True)])
            rows_in_sheet += 1
        if sheet is None:
            sheet, rows_in_sheet = self.start_sheet(workbook, 1, headings), 1
        filter_rows(sheet, len(headings), rows_in_sheet)
        workbook.save(output)

    def start_sheet(self, workbook, number, headings):
        sheet = workbook.create_sheet(self.sheet_title(number))
        # The headings stay in view while scrolling; a write-only sheet takes this only
        # before its first row.
        sheet.freeze_panes = "A2"
        sheet.append(headings)
        return sheet

    def sheet_title(self, number):
        title = force_str(self.export_sheet_title)[:25]
        return title if number == 1 else f"{title} ({number})"

    export_sheet_title = "Export"

    def write_xlsx_response(self, queryset):
        output = tempfile.TemporaryFile()  # noqa: SIM115 (the FileResponse closes it)
        try:
            self.write_xlsx(queryset, output)
            output.seek(0)
        except BaseException:
            output.close()
            raise
        return FileResponse(
            output,
            as_attachment=True,
            content_type=XLSX_CONTENT_TYPE,
            filename=f"{self.get_filename()}.xlsx",
        )
