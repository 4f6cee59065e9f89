"""The session-log form: every rule a session log must satisfy, wherever it is entered.

The instructor's "Log a session" page, the coordinators' admin screen and the paper-
register import all validate through `SessionLogForm`, so each rule is written once.
"""

from django import forms
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from curriculum.caching import live_step_choices
from curriculum.models import LessonPlanPage
from lms.models import Assignment, ClassGroup, Instructor, SessionLog

HELD = {SessionLog.Status.DELIVERED, SessionLog.Status.PARTLY}
STALE_EDIT = _(
    "Someone else changed this session log after you opened it. "
    "Your changes were not saved: reload to see theirs."
)
ALREADY_SAVED = _("This session was already saved; it was not saved twice.")


class StaleEditError(Exception):
    """Someone else saved the log after this form was opened."""


class DuplicateLogError(Exception):
    """The same class group, lesson and day was logged by a concurrent request."""


class RecordChoiceField(forms.ModelChoiceField):
    """A ModelChoiceField whose absurdly large ids are "not a valid choice".

    SQLite raises OverflowError for integers beyond 64 bits, which Django's field does
    not catch; a tampered or fuzzed form must get a message, never a server error.
    """

    known = None  # {pk: record} of the whole queryset, read once for many forms (an import)

    def to_python(self, value):
        if self.known is not None and value not in self.empty_values:
            try:
                return self.known[int(value)]
            except (KeyError, TypeError, ValueError):
                raise forms.ValidationError(
                    self.error_messages["invalid_choice"], code="invalid_choice"
                ) from None
        try:
            return super().to_python(value)
        except OverflowError as error:
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            ) from error


class LessonChoiceField(RecordChoiceField):
    def label_from_instance(self, lesson):
        return f"{lesson.code} · {lesson.title}"


def long_date(day):
    return date_format(day, "j F Y")


class FormChoices:
    """What a user may pick in the form: class groups, lessons, their steps, instructors;
    and the lookups its rules make, which an import answers from records read in bulk."""

    records = {}  # form field -> {pk: record}: the whole choice list, read once

    def __init__(self, user, editing=None):
        class_groups = ClassGroup.objects.for_user(user).filter(jail__active=True)
        lessons = LessonPlanPage.objects.live()
        if editing is not None and editing.pk:
            class_groups |= ClassGroup.objects.filter(pk=editing.class_group_id)
            if editing.lesson_id:
                lessons |= LessonPlanPage.objects.filter(pk=editing.lesson_id)
        self.class_groups = class_groups.select_related("jail").order_by("jail__name", "label")
        self.lessons = lessons.defer_streamfields().order_by("path")
        self.instructors = Instructor.objects.for_user(user).select_related("user")
        self.steps_by_lesson = live_step_choices(self.lessons)
        self.steps = [
            choice for lesson in self.lessons for choice in self.steps_by_lesson[lesson.pk]
        ]

    def is_assigned(self, instructor, jail, day):
        return Assignment.objects.covering(day).filter(instructor=instructor, jail=jail).exists()

    def logged(self, group, lesson_key, day):
        """The log of `group`, lesson and day, if there is one."""
        return SessionLog.objects.filter(
            class_group=group, lesson_key=lesson_key, delivered_on=day
        ).first()


class SessionLogForm(forms.ModelForm):
    instructor = RecordChoiceField(queryset=Instructor.objects.none(), label=_("Instructor"))
    lesson = LessonChoiceField(queryset=LessonPlanPage.objects.none(), label=_("Lesson"))
    steps_done = forms.MultipleChoiceField(
        label=_("Activity steps done"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Tick each step of the lesson plan you carried out."),
    )
    client_key = forms.UUIDField(widget=forms.HiddenInput, required=False)
    # Text, not a number: a missing or mangled version is the edit-conflict rule's to
    # explain (clean), not a "whole number" error on a field nobody can see.
    expected_version = forms.CharField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = SessionLog
        fields = [
            "instructor",
            "class_group",
            "lesson",
            "delivered_on",
            "status",
            "minutes",
            "children_10_13",
            "children_14_15",
            "children_16_17",
            "not_held_reason",
            "not_held_detail",
            "steps_done",
            "adaptations",
            "notes",
        ]
        field_classes = {"class_group": RecordChoiceField}
        widgets = {
            "delivered_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "status": forms.RadioSelect,
            "adaptations": forms.Textarea(attrs={"rows": 3}),
            "notes": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, user, instructor=None, choices=None, **kwargs):
        """`user` records the log, and every choice is bounded by what they may see;
        `instructor` fixes who taught (an instructor logging their own session);
        `choices` reuses one `FormChoices` across many forms (an import)."""
        super().__init__(*args, **kwargs)
        self.user = user
        self.duplicate_of = None
        self.saved_twin = None
        if self.instance.pk is not None:
            self.fields["expected_version"].initial = self.instance.version
            self.fields["steps_done"].initial = self.instance.steps_done
        else:
            self.fields["delivered_on"].initial = timezone.localdate()
        self.choices = choices = choices or FormChoices(user, editing=self.instance)
        self.fields["class_group"].queryset = choices.class_groups
        self.fields["lesson"].queryset = choices.lessons
        self.fields["steps_done"].choices = choices.steps
        for name, records in choices.records.items():
            self.fields[name].known = records
        if instructor is not None:
            self.fields["instructor"].queryset = Instructor.objects.filter(pk=instructor.pk)
            self.fields["instructor"].initial = instructor.pk
            self.fields["instructor"].widget = forms.HiddenInput()
            if choices.records:
                self.fields["instructor"].known = {instructor.pk: instructor}
        else:
            self.fields["instructor"].queryset = choices.instructors
        self.fields["not_held_reason"].required = False
        self.fields["status"].choices = SessionLog.Status.choices  # no blank radio button
        self.fields["class_group"].empty_label = _("Choose a class group")
        self.fields["not_held_reason"].choices = [
            ("", _("Choose a reason")),
            *SessionLog.Reason.choices,
        ]

    def non_field_errors(self):
        """Also the errors of fields the page does not show (the instructor fixed for an
        instructor, the submission key, the version), under their label: a message
        nobody can see beside its field would leave "correct the marked fields" with
        nothing marked."""
        errors = self.error_class(
            list(super().non_field_errors()), error_class="nonfield", renderer=self.renderer
        )
        for field in self.hidden_fields():
            errors.extend(f"{field.label}: {error}" for error in field.errors)
        return errors

    def clean_expected_version(self):
        value = self.cleaned_data.get("expected_version", "")
        return int(value) if value.isdigit() else None

    # Each rule adds its error to the field it is about, so the message sits beside it.

    def clean(self):
        data = super().clean()
        if self._is_a_saved_submission(data.get("client_key")):
            return data
        if self.instance.pk is not None:
            self._check_version(data.get("expected_version"))
        day = data.get("delivered_on")
        group = data.get("class_group")
        lesson = data.get("lesson")
        instructor = data.get("instructor")
        status = data.get("status")

        if day:
            self._check_date(day, group)
        if lesson is not None:
            self._check_lesson(lesson)
        if day and group and instructor:
            self._check_assignment(day, group, instructor)
        if status:
            self._check_status_details(data, status)
            self._check_headcount(data, status)
        if lesson is not None and status:
            self._check_steps(data, lesson, status)
        if day and group and lesson is not None and not self.errors:
            self._check_duplicate(day, group, lesson)
        return data

    def _is_a_saved_submission(self, key):
        """The submission guard: a form posted twice (double click, resend on a bad
        connection) is one submission, whichever copy arrives second. The copy that
        finds the first one's log gets `saved_twin`, which every view shows as saved."""
        if self.instance.pk is not None or key is None:
            return False
        self.saved_twin = SessionLog.objects.filter(client_key=key).first()
        if self.saved_twin is None:
            return False
        self.add_error(None, forms.ValidationError(ALREADY_SAVED, code="already_saved"))
        return True

    def _check_version(self, expected):
        """An edit says which version of the log it started from; another version means
        someone else saved meanwhile, and saving would overwrite their correction."""
        if expected is None:
            message = _(
                "This form does not say which version of the session log it changes, so "
                "saving it could overwrite someone else's correction. Your changes were "
                "not saved: reload the log and make them again."
            )
        elif expected != self.instance.version:
            message = STALE_EDIT
        else:
            return
        self.add_error(None, forms.ValidationError(message, code="stale"))

    def _check_date(self, day, group):
        today = timezone.localdate()
        if day > today:
            self.add_error(
                "delivered_on",
                _("The date cannot be in the future (today is %(today)s).")
                % {"today": long_date(today)},
            )
        elif group is not None and not group.meets_on(day):
            if group.ends_on:
                message = _("%(group)s met from %(start)s to %(end)s; %(day)s is outside that.")
            else:
                message = _("%(group)s started on %(start)s; %(day)s is before that.")
            self.add_error(
                "delivered_on",
                message
                % {
                    "group": group.label,
                    "start": long_date(group.starts_on),
                    "end": long_date(group.ends_on) if group.ends_on else "",
                    "day": long_date(day),
                },
            )

    def _check_lesson(self, lesson):
        unchanged = self.instance.pk and self.instance.lesson_id == lesson.pk
        if not lesson.live and not unchanged:
            self.add_error(
                "lesson",
                _("%(lesson)s is not published, so it cannot be logged. Choose a live lesson.")
                % {"lesson": f"{lesson.code} {lesson.title}"},
            )

    def _check_assignment(self, day, group, instructor):
        if not instructor.active:
            self.add_error("instructor", _("This instructor is inactive and cannot log sessions."))
            return
        if not self.choices.is_assigned(instructor, group.jail, day):
            self.add_error(
                "instructor",
                _("%(instructor)s was not assigned to %(jail)s on %(day)s.")
                % {"instructor": instructor, "jail": group.jail, "day": long_date(day)},
            )

    def _check_status_details(self, data, status):
        if status in HELD:
            # A reason only makes sense for a session that did not happen.
            data["not_held_reason"] = ""
            data["not_held_detail"] = ""
            minutes = data.get("minutes")
            if not minutes:
                self.add_error("minutes", _("Enter how many minutes were taught (at least 1)."))
            return
        data["minutes"] = None
        reason = data.get("not_held_reason")
        if not reason:
            self.add_error("not_held_reason", _("Choose why the session was not held."))
        elif reason == SessionLog.Reason.OTHER and not data.get("not_held_detail", "").strip():
            self.add_error("not_held_detail", _("Describe the other reason in a few words."))
        elif reason != SessionLog.Reason.OTHER:
            data["not_held_detail"] = ""

    def _check_headcount(self, data, status):
        counts = [data.get(name) for name in ("children_10_13", "children_14_15", "children_16_17")]
        if any(count is None for count in counts):
            return  # each band's own error is already shown
        total = sum(counts)
        if status in HELD and total < 1:
            self.add_error(
                "children_10_13",
                _("A session that took place had at least one child: enter the headcount."),
            )
        if status == SessionLog.Status.NOT_HELD and total > 0:
            self.add_error(
                "children_10_13",
                _("A session that was not held reached no children: set every count to 0."),
            )

    def _check_steps(self, data, lesson, status):
        if status not in HELD:
            data["steps_done"] = []
            return
        lesson_steps = {step_id for step_id, _label in self.choices.steps_by_lesson[lesson.pk]}
        strays = [step for step in data.get("steps_done", []) if step not in lesson_steps]
        if strays:
            self.add_error(
                "steps_done",
                _(
                    "Only steps of %(lesson)s can be ticked; %(count)d ticked step(s) belong to "
                    "another lesson."
                )
                % {"lesson": lesson.code, "count": len(strays)},
            )

    def _check_duplicate(self, day, group, lesson):
        existing = self.choices.logged(group, lesson.translation_key, day)
        if existing and existing.pk == self.instance.pk:
            existing = None
        key = self.cleaned_data.get("client_key")
        if existing and key is not None and existing.client_key == key:
            # The other copy of this very submission saved it a moment ago.
            self._is_a_saved_submission(key)
            return
        if existing:
            self.duplicate_of = existing
            self.add_error(
                None,
                forms.ValidationError(
                    _("%(lesson)s was already logged for %(group)s on %(day)s (log #%(pk)d).")
                    % {
                        "lesson": lesson.code,
                        "group": group.label,
                        "day": long_date(day),
                        "pk": existing.pk,
                    },
                    code="duplicate",
                ),
            )

    def save(self, commit=True):
        """Save atomically; an edit only lands if nobody saved the log in between."""
        log = super().save(commit=False)
        log.jail = log.class_group.jail
        log.steps_done = self.cleaned_data.get("steps_done", [])
        if not log.pk:
            log.recorded_by = self.user
            if self.cleaned_data.get("client_key"):
                log.client_key = self.cleaned_data["client_key"]
        if not log.pk or "lesson" in self.changed_data:
            log.snapshot_lesson()
        if not commit:
            return log
        with transaction.atomic():
            if log.pk:
                # Checked again here, at the last moment: clean() may have run before a
                # simultaneous save of the same log.
                expected = self.cleaned_data["expected_version"]
                bumped = SessionLog.objects.filter(pk=log.pk, version=expected).update(
                    version=F("version") + 1
                )
                if not bumped:
                    raise StaleEditError(str(STALE_EDIT))
                log.version = expected + 1
            try:
                with transaction.atomic():
                    log.save()
            except IntegrityError as error:
                raise DuplicateLogError(str(error)) from error
        return log
