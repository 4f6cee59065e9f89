"""Turning spreadsheet rows into session logs through SessionLogForm, so an import follows
exactly the rules of the form, and reporting each row's outcome."""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _

from lms.forms import DuplicateLogError, FormChoices, SessionLogForm
from lms.imports.reading import COLUMN_NAMES, looks_like_formula
from lms.models import Instructor, Jail, SessionLog
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


@dataclass
class RowOutcome:
    number: int
    action: str
    errors: list = field(default_factory=list)  # (column, message)
    summary: str = ""
    existing: SessionLog | None = None


@dataclass
class ImportCheck:
    outcomes: list

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


class RowChecker:
    """Checks rows for one importing user; lookups are loaded once per import."""

    def __init__(self, user):
        self.user = user
        self.own_instructor = Instructor.objects.filter(user=user, active=True).first()
        self.choices = FormChoices(user)
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
        return ImportCheck([self.check_row(row) for row in rows])

    def check_row(self, row):
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

        identity = (group.pk, lesson.translation_key, day)
        if identity in self.seen:
            outcome.errors.append(
                (
                    "",
                    _("Same class group, lesson and date as row %(row)d.")
                    % {"row": self.seen[identity]},
                )
            )
            return outcome
        self.seen[identity] = row.number
        existing = SessionLog.objects.filter(
            class_group=group, lesson_key=lesson.translation_key, delivered_on=day
        ).first()
        if existing:
            return self._skip(outcome, existing)

        form = SessionLogForm(
            self._form_data(row, instructor, group, lesson, day, status, steps),
            user=self.user,
            instructor=instructor if self.own_instructor else None,
            choices=self.choices,
        )
        if not form.is_valid():
            if (
                form.duplicate_of is not None
                and list(form.errors) == ["__all__"]
                and not outcome.errors
            ):
                # Saved a moment ago by a simultaneous import of the same rows.
                return self._skip(outcome, form.duplicate_of)
            for field_name, messages in form.errors.items():
                column = FIELD_COLUMNS.get(field_name, "")
                if column not in flagged:  # the form's check would say it again
                    outcome.errors.extend((column, str(message)) for message in messages)
        if outcome.errors:
            return outcome
        outcome.action = CREATE
        outcome.summary = f"{lesson.code} · {group.label} · {day.isoformat()}"
        self.forms[row.number] = form
        return outcome

    def _skip(self, outcome, existing):
        outcome.action = SKIP
        outcome.existing = existing
        outcome.summary = _("Already recorded as log #%(pk)d; skipped.") % {"pk": existing.pk}
        return outcome

    def _free_text(self, row, outcome):
        """Add the identity-number errors of the row's text cells; return their columns."""
        cells = {column: row.get(column) for column in FREE_TEXT_COLUMNS}
        errors = identity_number_errors(cells)
        for column, error in errors.items():
            outcome.errors.extend((column, message) for message in error.messages)
        return set(errors)

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

    def _form_data(self, row, instructor, group, lesson, day, status, steps):
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

    A row that a simultaneous import of the same file saved first is skipped, not
    doubled: each row is saved in its own savepoint inside the one transaction.
    """
    checker = RowChecker(user)
    result = checker.check(rows)
    if not result.ok:
        return result, []
    created = []
    with transaction.atomic():
        for outcome in result.to_create:
            try:
                created.append(checker.forms[outcome.number].save())
            except DuplicateLogError:
                outcome.action = SKIP
                outcome.summary = _("Saved by another import a moment ago; skipped.")
    return result, created
