"""Turning spreadsheet rows into session logs through SessionLogForm, so an import follows
exactly the rules of the form, and reporting each row's outcome.

What the rules look up (class groups, lessons, instructors, assignments, the logs already
saved) is read in a few queries for the whole file, and the logs are saved in bulk with
one roll-up refresh per jail and month, so an import at the row limit takes seconds,
not the quarter of an hour that one set of queries per row took.
"""

import copy
import datetime
import uuid
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from wagtail.models import ModelLogEntry

from lms.forms import FormChoices, SessionLogForm
from lms.imports.reading import COLUMN_NAMES, looks_like_formula
from lms.models import Assignment, Instructor, Jail, SessionLog
from lms.progress import rollups
from lms.validators import identity_number_errors

# Form field -> the spreadsheet column a message belongs to.
FIELD_COLUMNS = {
    "instructor": "instructor",
    "class_group": "class_group",
    "lesson": "lesson_code",
    "delivered_on": "date",
    "status": "status",
    "minutes": "minutes",
    "children_10_13": "children_10_13",
    "children_14_15": "children_14_15",
    "children_16_17": "children_16_17",
    "not_held_reason": "reason",
    "not_held_detail": "reason_detail",
    "steps_done": "steps_done",
    "adaptations": "adaptations",
    "notes": "notes",
}
STATUS_WORDS = {
    "delivered": "delivered",
    "yes": "delivered",
    "held": "delivered",
    "partly": "partly",
    "partly delivered": "partly",
    "partial": "partly",
    "not held": "not_held",
    "not_held": "not_held",
    "no": "not_held",
}
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y")
# Checked as typed, whatever the form later keeps: the accepted file is stored until the
# import is confirmed, and a delivered session drops its reason_detail.
FREE_TEXT_COLUMNS = ("reason_detail", "adaptations", "notes")

CREATE, SKIP, ERROR = "create", "skip", "error"
# The columns a row matching a saved log is compared on (the others identify the log).
COMPARED_FIELDS = [
    name
    for name in SessionLogForm.Meta.fields
    if name not in ("class_group", "lesson", "delivered_on")
]
# Saved logs are looked up this many days of the file at a time.
DAYS_PER_QUERY = 500
BULK_BATCH = 500


@dataclass
class RowOutcome:
    number: int
    action: str
    errors: list = field(default_factory=list)  # (column, message)
    summary: str = ""
    existing: SessionLog | None = None
    differences: list = field(default_factory=list)  # (column, saved value, row's value)


@dataclass
class ImportCheck:
    outcomes: list
    audit_uuid: uuid.UUID = field(default_factory=uuid.uuid4)

    @property
    def errors(self):
        return [(o.number, column, message) for o in self.outcomes for column, message in o.errors]

    @property
    def to_create(self):
        return [o for o in self.outcomes if o.action == CREATE]

    @property
    def skipped(self):
        return [o for o in self.outcomes if o.action == SKIP]

    @property
    def ok(self):
        return not self.errors


class ImportChoices(FormChoices):
    """FormChoices for every row of one import: the choice lists, the assignments and
    the saved logs of the file's days are read once, and the form's rules look them up
    here instead of asking the database for each row."""

    def __init__(self, user, own_instructor):
        super().__init__(user)
        instructors = list(self.instructors)
        if own_instructor is not None:
            instructors.append(own_instructor)
        self.records = {
            "class_group": {group.pk: group for group in self.class_groups},
            "lesson": {lesson.pk: lesson for lesson in self.lessons},
            "instructor": {instructor.pk: instructor for instructor in instructors},
        }
        self.assignments = defaultdict(list)
        pks = {instructor.pk for instructor in instructors}
        for assignment in Assignment.objects.filter(instructor_id__in=pks):
            self.assignments[(assignment.instructor_id, assignment.jail_id)].append(assignment)
        self.saved = {}
        self.days_read = set()

    def is_assigned(self, instructor, jail, day):
        return any(a.covers(day) for a in self.assignments[(instructor.pk, jail.pk)])

    def read_logs(self, groups, days):
        """Read the saved logs of these class groups on these days."""
        days = sorted(set(days) - self.days_read)
        for start in range(0, len(days), DAYS_PER_QUERY):
            chunk = days[start : start + DAYS_PER_QUERY]
            logs = SessionLog.objects.filter(
                class_group__in=groups, delivered_on__in=chunk
            ).select_related("instructor__user")
            for log in logs:
                self.saved[(log.class_group_id, log.lesson_key, log.delivered_on)] = log
        self.days_read.update(days)

    def logged(self, group, lesson_key, day):
        if day not in self.days_read:
            return super().logged(group, lesson_key, day)
        return self.saved.get((group.pk, lesson_key, day))


@dataclass
class ParsedRow:
    outcome: RowOutcome
    row: object
    instructor: Instructor
    group: object
    lesson: object
    day: datetime.date
    status: str
    steps: list
    flagged: set  # columns whose identity-number errors are already listed

    @property
    def identity(self):
        return (self.group.pk, self.lesson.translation_key, self.day)


class RowChecker:
    """Checks rows for one importing user; lookups are loaded once per import."""

    def __init__(self, user):
        self.user = user
        self.own_instructor = (
            Instructor.objects.filter(user=user, active=True).select_related("user").first()
        )
        self.choices = ImportChoices(user, self.own_instructor)
        self.jails = {jail.name.lower(): jail for jail in Jail.objects.for_user(user)}
        self.groups = {
            (group.jail_id, group.label.lower()): group for group in self.choices.class_groups
        }
        source_lessons = self.choices.lessons.filter(locale__language_code=settings.LANGUAGE_CODE)
        self.lessons = {lesson.code.upper(): lesson for lesson in source_lessons}
        self.instructors = {
            instructor.user.get_username().lower(): instructor
            for instructor in self.choices.instructors
        }
        self.seen = {}
        self.forms = {}

    def check(self, rows):
        parsed = [self.parse_row(row) for row in rows]
        found = [p for p in parsed if isinstance(p, ParsedRow)]
        self.choices.read_logs({p.group for p in found}, {p.day for p in found})
        return ImportCheck([self.check_row(p) if isinstance(p, ParsedRow) else p for p in parsed])

    def parse_row(self, row):
        """The row's own values looked up, or its outcome if they are wrong."""
        outcome = RowOutcome(number=row.number, action=ERROR)
        formulas = [c for c in COLUMN_NAMES if c in row.cells and looks_like_formula(row.cells[c])]
        for column in formulas:
            outcome.errors.append((column, _("Formulas are not accepted; type the value itself.")))
        if formulas:
            return outcome

        jail = self._jail(row, outcome)
        instructor = self._instructor(row, outcome)
        group = self._group(row, jail, outcome) if jail else None
        lesson = self._lesson(row, outcome)
        day = self._date(row, outcome)
        status = self._status(row, outcome)
        missing = bool(outcome.errors)
        flagged = self._free_text(row, outcome)
        if missing:
            return outcome  # without these there is nothing to check the rest against
        steps = self._steps(row, lesson, outcome)
        return ParsedRow(outcome, row, instructor, group, lesson, day, status, steps, flagged)

    def check_row(self, parsed):
        outcome, group, lesson, day = parsed.outcome, parsed.group, parsed.lesson, parsed.day
        identity = parsed.identity
        if identity in self.seen:
            outcome.errors.append(
                (
                    "",
                    _("Same class group, lesson and date as row %(row)d.")
                    % {"row": self.seen[identity]},
                )
            )
            return outcome
        self.seen[identity] = parsed.row.number

        existing = self.choices.logged(group, lesson.translation_key, day)
        form = SessionLogForm(
            self._form_data(parsed),
            user=self.user,
            instructor=parsed.instructor if self.own_instructor else None,
            choices=self.choices,
        )
        valid = form.is_valid()
        if existing:
            # Not saved again, but compared, so a corrected value does not vanish unnoticed.
            return self._skip(outcome, existing, form, lesson)
        if not valid:
            for field_name, messages in form.errors.items():
                column = FIELD_COLUMNS.get(field_name, "")
                if column not in parsed.flagged:  # the form's check would say it again
                    outcome.errors.extend((column, str(message)) for message in messages)
        if outcome.errors:
            return outcome
        outcome.action = CREATE
        outcome.summary = f"{lesson.code} · {group.label} · {day.isoformat()}"
        self.forms[outcome.number] = form
        return outcome

    def _skip(self, outcome, existing, form, lesson):
        outcome.action = SKIP
        outcome.existing = existing
        outcome.differences = self._differences(existing, form, lesson)
        if outcome.differences:
            outcome.summary = _(
                "Already recorded as log #%(pk)d; skipped. The saved log differs from this "
                "row; to change it, edit the log:"
            ) % {"pk": existing.pk}
        else:
            outcome.summary = _("Already recorded as log #%(pk)d; skipped.") % {"pk": existing.pk}
        return outcome

    def _free_text(self, row, outcome):
        """Add the identity-number errors of the row's text cells; return their columns."""
        cells = {column: row.get(column) for column in FREE_TEXT_COLUMNS}
        errors = identity_number_errors(cells)
        for column, error in errors.items():
            outcome.errors.extend((column, message) for message in error.messages)
        return set(errors)

    def _differences(self, existing, form, lesson):
        """(column, saved value, row's value) for each compared value that differs, as
        the form would store it; a value the form refuses is shown as typed."""
        differences = []
        for name in COMPARED_FIELDS:
            saved = self._shown(name, getattr(existing, name), lesson)
            if name in form.cleaned_data:
                typed = self._shown(name, form.cleaned_data[name], lesson)
            elif name in form.errors:
                typed = str(form.data.get(name, ""))
            else:
                continue
            if typed != saved:
                differences.append((FIELD_COLUMNS[name], saved, typed))
        return differences

    def _shown(self, name, value, lesson):
        if value is None or value == "":
            return ""
        if name == "steps_done":
            numbers = {
                step_id: str(number)
                for number, (step_id, _label) in enumerate(
                    self.choices.steps_by_lesson[lesson.pk], start=1
                )
            }
            return ", ".join(numbers.get(step, "?") for step in value)
        if name == "status":
            return str(SessionLog.Status(value).label)
        if name == "not_held_reason":
            return str(SessionLog.Reason(value).label)
        return Truncator(str(value)).chars(80)

    def _jail(self, row, outcome):
        name = row.get("jail").lower()
        if self.own_instructor:
            own = [j for j in self.jails.values() if j.active]
            if name and name not in {j.name.lower() for j in own}:
                outcome.errors.append(("jail", _("You can only import sessions of your own jail.")))
                return None
            if len(own) == 1 or not name:
                return own[0] if own else None
            return self.jails[name]
        if not name:
            outcome.errors.append(("jail", _("Enter the jail's name.")))
            return None
        jail = self.jails.get(name)
        if jail is None:
            outcome.errors.append(
                ("jail", _("No jail is called '%(name)s'.") % {"name": row.get("jail")})
            )
        return jail

    def _instructor(self, row, outcome):
        if self.own_instructor:
            username = row.get("instructor").lower()
            if username and username != self.user.get_username().lower():
                outcome.errors.append(
                    ("instructor", _("You can only import your own sessions; leave this empty."))
                )
            return self.own_instructor
        username = row.get("instructor").lower()
        if not username:
            outcome.errors.append(("instructor", _("Enter the instructor's username.")))
            return None
        instructor = self.instructors.get(username)
        if instructor is None:
            outcome.errors.append(
                (
                    "instructor",
                    _("No instructor has the username '%(name)s'.")
                    % {"name": row.get("instructor")},
                )
            )
        return instructor

    def _group(self, row, jail, outcome):
        label = row.get("class_group")
        group = self.groups.get((jail.pk, label.lower()))
        if group is None:
            outcome.errors.append(
                (
                    "class_group",
                    _("%(jail)s has no class group '%(label)s'.") % {"jail": jail, "label": label},
                )
            )
        return group

    def _lesson(self, row, outcome):
        code = row.get("lesson_code").upper()
        lesson = self.lessons.get(code)
        if lesson is None:
            outcome.errors.append(
                ("lesson_code", _("No published lesson has the code '%(code)s'.") % {"code": code})
            )
        return lesson

    def _date(self, row, outcome):
        text = row.get("date")
        for date_format in DATE_FORMATS:
            try:
                return datetime.datetime.strptime(text, date_format).date()
            except ValueError:
                continue
        outcome.errors.append(
            (
                "date",
                _("'%(text)s' is not a date; write it as 2026-03-31 or 31/03/2026.")
                % {"text": text},
            )
        )
        return None

    def _status(self, row, outcome):
        status = STATUS_WORDS.get(row.get("status").lower())
        if status is None:
            outcome.errors.append(
                (
                    "status",
                    _("Status must be delivered, partly or not held (or yes / partly / no)."),
                )
            )
        return status

    def _steps(self, row, lesson, outcome):
        text = row.get("steps_done")
        if not text:
            return []
        steps = [step.id for step in lesson.activity_steps]
        chosen = []
        for part in text.replace(";", ",").split(","):
            part = part.strip()
            if not part:
                continue
            if not part.isdigit() or not 1 <= int(part) <= len(steps):
                outcome.errors.append(
                    (
                        "steps_done",
                        _("'%(part)s' is not a step of %(code)s, which has steps 1 to %(count)d.")
                        % {"part": part, "code": lesson.code, "count": len(steps)},
                    )
                )
                return []
            chosen.append(steps[int(part) - 1])
        return chosen

    def _form_data(self, parsed):
        row, instructor, group, lesson = parsed.row, parsed.instructor, parsed.group, parsed.lesson
        day, status, steps = parsed.day, parsed.status, parsed.steps
        reason = row.get("reason").lower().replace(" ", "_")
        return {
            "instructor": instructor.pk,
            "class_group": group.pk,
            "lesson": lesson.pk,
            "delivered_on": day.isoformat(),
            "status": status,
            "minutes": row.get("minutes"),
            "children_10_13": row.get("children_10_13") or "0",
            "children_14_15": row.get("children_14_15") or "0",
            "children_16_17": row.get("children_16_17") or "0",
            "not_held_reason": reason,
            "not_held_detail": row.get("reason_detail"),
            "steps_done": steps,
            "adaptations": row.get("adaptations"),
            "notes": row.get("notes"),
        }


def run_import(user, rows):
    """Check every row, then save all of them or none. Returns (ImportCheck, created logs).

    The logs are inserted in bulk, each with its audit entry, and each jail's months of
    roll-ups are recomputed once, all in one transaction. A row that a simultaneous
    import or form saved since the check makes the bulk insert fail; then the rows are
    saved one at a time, each in its own savepoint, and that one is skipped, not doubled.
    """
    checker = RowChecker(user)
    result = checker.check(rows)
    if not result.ok:
        return result, []
    # Always in one order, so two imports of overlapping rows wait for each other rather
    # than each holding a row the other needs.
    outcomes = sorted(result.to_create, key=lambda o: _identity(checker.forms[o.number]))
    logs = []
    for outcome in outcomes:
        log = checker.forms[outcome.number].save(commit=False)
        log.count_steps()
        logs.append(log)
    with transaction.atomic():
        try:
            with transaction.atomic():
                created = SessionLog.objects.bulk_create(
                    [copy.copy(log) for log in logs], batch_size=BULK_BATCH
                )
        except IntegrityError:
            created = _save_one_by_one(outcomes, logs)
        rollups.refresh({(log.jail_id, log.delivered_on) for log in created})
        _audit(created, user, result.audit_uuid)
    return result, created


def _identity(form):
    data = form.cleaned_data
    return (data["class_group"].pk, str(data["lesson"].translation_key), data["delivered_on"])


def _save_one_by_one(outcomes, logs):
    created = []
    for outcome, log in zip(outcomes, logs, strict=True):
        try:
            with transaction.atomic():
                log.save()
        except IntegrityError:
            outcome.action = SKIP
            outcome.summary = _("Saved by another import a moment ago; skipped.")
        else:
            created.append(log)
    return created


def _audit(created, user, audit_uuid):
    """A creation entry for each log, as the form writes one, tied to the import's entry
    by their shared uuid; in bulk, a query per 500 logs rather than one per log."""
    content_type = ContentType.objects.get_for_model(SessionLog)
    now = timezone.now()
    ModelLogEntry.objects.bulk_create(
        [
            ModelLogEntry(
                content_type=content_type,
                label=str(log),
                action="wagtail.create",
                timestamp=now,
                data={},
                user=user,
                uuid=audit_uuid,
                object_id=str(log.pk),
            )
            for log in created
        ],
        batch_size=BULK_BATCH,
    )
