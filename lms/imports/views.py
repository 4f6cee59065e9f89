"""Upload a paper register typed into a spreadsheet: preview every row, then import all
rows or none."""

import csv
import io
import string
import time
from pathlib import Path

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.crypto import get_random_string
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.log_actions import log

from lms.imports.checking import RowChecker, run_import
from lms.imports.reading import COLUMN_NAMES, MAX_BYTES, ImportFileError, read_rows
from lms.models import SessionLog
from lms.scoping import ADD, scope_for
from lms.validators import safe_file_name

TOKEN_SALT = "lms.imports"
TOKEN_MAX_AGE = 60 * 60
IMPORT_ACTION = "lms.import_sessions"


class UploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Register file (.csv or .xlsx)"),
        help_text=gettext_lazy("At most 5 MB and 10,000 rows. Start from the template."),
    )


def upload_dir():
    path = Path(settings.MEDIA_ROOT) / "private" / "imports"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _require_import_permission(user):
    if scope_for(user, SessionLog, ADD) is None:
        raise PermissionDenied(_("Only instructors and coordinators import session registers."))


def import_sessions(request):
    _require_import_permission(request.user)
    if request.method == "POST":
        form = UploadForm(request.POST, request.FILES)
        if form.is_valid():
            upload = form.cleaned_data["file"]
            if upload.size > MAX_BYTES:
                form.add_error(
                    "file", _("The file is larger than 5 MB. Split it into smaller files.")
                )
            else:
                data = upload.read()
                try:
                    rows = read_rows(upload.name, data)
                except ImportFileError as error:
                    form.add_error("file", str(error))
                else:
                    return _preview(request, upload.name, data, rows)
    else:
        form = UploadForm()
    return render(
        request,
        "lms/import_upload.html",
        {"form": form, "columns": COLUMN_NAMES, "title": _("Import a session register")},
    )


def _preview(request, name, data, rows):
    _forget_stale_uploads()
    # The name is shown, signed into the token and written to the audit log: only a
    # name the identity-number rule lets through goes any further than this line.
    name_kept = safe_file_name(name)
    if name_kept != name:
        messages.info(
            request,
            _(
                "The file's name held enough digits to be a CNIC or B-form number, so it is "
                "recorded as %(name)s."
            )
            % {"name": name_kept},
        )
    result = RowChecker(request.user).check(rows)
    token = None
    if result.ok:
        # Only a file that can be imported is kept (in the backed-up private folder),
        # under a name of letters alone so that not even chance digits add up to 13.
        stored = get_random_string(24, string.ascii_lowercase) + Path(name_kept).suffix.lower()
        (upload_dir() / stored).write_bytes(data)
        token = signing.dumps(
            {"file": stored, "name": name_kept, "user": request.user.pk}, salt=TOKEN_SALT
        )
    return render(
        request,
        "lms/import_preview.html",
        {"result": result, "token": token, "file_name": name_kept, "title": _("Check the import")},
    )


def confirm_import(request):
    _require_import_permission(request.user)
    if request.method != "POST":
        return redirect("delivery:import_sessions")
    try:
        ticket = signing.loads(
            request.POST.get("token", ""), salt=TOKEN_SALT, max_age=TOKEN_MAX_AGE
        )
    except signing.BadSignature:
        messages.error(request, _("This preview has expired. Upload the file again."))
        return redirect("delivery:import_sessions")
    path = upload_dir() / ticket["file"]
    if ticket["user"] != request.user.pk or not path.exists():
        messages.error(request, _("This preview has expired. Upload the file again."))
        return redirect("delivery:import_sessions")
    try:
        rows = read_rows(ticket["name"], path.read_bytes())
    except ImportFileError as error:
        path.unlink(missing_ok=True)
        messages.error(request, str(error))
        return redirect("delivery:import_sessions")
    # The logs and the import's audit entry are saved together or not at all.
    with transaction.atomic():
        result, created = run_import(request.user, rows)
        if result.ok:
            log(
                instance=request.user,
                action=IMPORT_ACTION,
                user=request.user,
                data={"file": ticket["name"], "rows": len(rows), "created": len(created)},
                uuid=result.audit_uuid,
            )
    path.unlink(missing_ok=True)
    if not result.ok:
        # Something changed since the preview (someone logged a session meanwhile); the
        # file is refused now, so it is not kept for another try.
        return render(
            request,
            "lms/import_preview.html",
            {"result": result, "token": None, "file_name": ticket["name"]},
        )
    messages.success(
        request,
        _(
            "Imported %(created)d session(s) from %(name)s; "
            "%(skipped)d row(s) were already recorded."
        )
        % {"created": len(created), "name": ticket["name"], "skipped": len(result.skipped)},
    )
    return redirect("delivery:session_history")


def _forget_stale_uploads():
    cutoff = time.time() - 24 * 60 * 60
    for path in upload_dir().iterdir():
        if path.stat().st_mtime < cutoff:
            path.unlink(missing_ok=True)


def template_csv(request):
    _require_import_permission(request.user)
    buffer = io.StringIO()
    csv.writer(buffer).writerow(COLUMN_NAMES)
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="ecip-session-register.csv"'
    return response


def template_xlsx(request):
    from openpyxl import Workbook

    _require_import_permission(request.user)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Sessions"
    sheet.append(COLUMN_NAMES)
    notes = workbook.create_sheet("How to fill it in")
    for line in IMPORT_INSTRUCTIONS:
        notes.append([str(line)])
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(
        buffer.getvalue(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = 'attachment; filename="ecip-session-register.xlsx"'
    return response


IMPORT_INSTRUCTIONS = [
    gettext_lazy("One row per session, on the first sheet. Keep the column names."),
    gettext_lazy(
        "jail and instructor (username): coordinators only; instructors leave them empty."
    ),
    gettext_lazy("class_group: the group's label as shown in ECIP. lesson_code: e.g. EMP-01."),
    gettext_lazy("date: 2026-03-31 or 31/03/2026. status: delivered, partly or not held."),
    gettext_lazy("children_10_13, children_14_15, children_16_17: counts only, never names."),
    gettext_lazy(
        "reason (when not held): lockdown, court day, staff shortage, children "
        "transferred, instructor absent or other, with reason_detail for other."
    ),
    gettext_lazy("steps_done: the numbers of the lesson steps done, e.g. 1,2,4."),
    gettext_lazy("No formulas. Nothing is saved unless every row is correct."),
]
