"""Forms of the coordinators' admin screens (Wagtail viewsets in lms/viewsets.py).

Session logs validate through lms.forms.SessionLogForm, so the admin enforces exactly
the rules the instructors' page does. The other forms add the rules that only the admin
needs: assignments that never overlap, a class group that keeps its logged sessions,
one training record per instructor and module. Who recorded a row is always the
signed-in user, never a form field.
"""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.forms.models import formfield_for_dbfield

from lms.forms import HELD, SessionLogForm, long_date
from lms.models import Instructor, Observation, SessionLog, TrainingRecord


def _period(assignment):
    until = long_date(assignment.ends_on) if assignment.ends_on else _("now")
    return _("%(jail)s (%(start)s – %(until)s)") % {
        "jail": assignment.jail,
        "start": long_date(assignment.starts_on),
        "until": until,
    }


class InstructorAdminForm(WagtailAdminModelForm):
    """An instructor and their jail assignments; an instructor serves one jail at a time."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "user" in self.fields:
            taken = Instructor.objects.exclude(pk=self.instance.pk).values("user_id")
            field = self.fields["user"]
            field.queryset = (
                get_user_model()
                .objects.filter(is_active=True)
                .exclude(pk__in=taken)
                .order_by("username")
            )
            field.label_from_instance = lambda user: (
                f"{user.get_full_name()} ({user.get_username()})"
                if user.get_full_name()
                else user.get_username()
            )
            field.help_text = _(
                "The psychologist's login account (Settings › Users). Accounts that already "
                "have an instructor profile are not listed."
            )

    def clean(self):
        data = super().clean()
        assignments = self.formsets.get("assignments")
        if assignments is not None and assignments.is_valid():
            self._check_overlaps(assignments)
        return data

    def _check_overlaps(self, formset):
        kept = [
            form
            for form in formset.forms
            if form.cleaned_data.get("starts_on") and not formset._should_delete_form(form)
        ]
        kept.sort(key=lambda form: form.instance.starts_on)
        for index, later in enumerate(kept):
            for earlier in kept[:index]:
                if earlier.instance.overlaps(later.instance):
                    message = _(
                        "Assignments may not overlap: %(earlier)s overlaps %(later)s. An "
                        "instructor serves one jail at a time: end the first assignment the "
                        "day before the next one starts."
                    ) % {"earlier": _period(earlier.instance), "later": _period(later.instance)}
                    later.add_error("starts_on", message)
                    self.add_error(None, message)
                    return


class ClassGroupAdminForm(WagtailAdminModelForm):
    """A class group may not move jail or shrink its dates away from its logged sessions."""

    def clean(self):
        data = super().clean()
        group = self.instance
        if group.pk is None:
            return data
        logs = SessionLog.objects.filter(class_group=group)
        jail = data.get("jail")
        if jail is not None and jail.pk != group.jail_id:
            count = logs.count()
            if count:
                self.add_error(
                    "jail",
                    _(
                        "%(count)d session(s) were logged for this group at %(jail)s, so it "
                        "cannot move to another jail. End this group and create a new one "
                        "at %(new)s instead."
                    )
                    % {"count": count, "jail": group.jail, "new": jail},
                )
        starts_on, ends_on = data.get("starts_on"), data.get("ends_on")
        if starts_on and "starts_on" not in self.errors:
            before = logs.filter(delivered_on__lt=starts_on).order_by("delivered_on")
            if first := before.first():
                self.add_error(
                    "starts_on",
                    _(
                        "%(count)d logged session(s) are before this date, the first on "
                        "%(day)s. Choose a start on or before that day, or correct those "
                        "logs first."
                    )
                    % {"count": before.count(), "day": long_date(first.delivered_on)},
                )
        if ends_on and "ends_on" not in self.errors:
            after = logs.filter(delivered_on__gt=ends_on).order_by("-delivered_on")
            if last := after.first():
                self.add_error(
                    "ends_on",
                    _(
                        "%(count)d logged session(s) are after this date, the last on "
                        "%(day)s. Choose an end on or after that day, or correct those "
                        "logs first."
                    )
                    % {"count": after.count(), "day": long_date(last.delivered_on)},
                )
        return data


class LessonStepsWidget(forms.CheckboxSelectMultiple):
    """Step checkboxes grouped by lesson; each knows its lesson, so the admin script
    (static/js/admin-session-steps.js) shows only the chosen lesson's steps."""

    def __init__(self, *args, step_lessons=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.step_lessons = step_lessons or {}

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        option["attrs"]["data-lesson"] = self.step_lessons.get(value, "")
        return option

    class Media:
        js = ["js/admin-session-steps.js"]


class SessionLogAdminForm(SessionLogForm, WagtailAdminModelForm):
    """SessionLogForm, with every rule it holds, in the shape Wagtail's admin expects.

    Wagtail passes the signed-in user as `for_user`; SessionLogForm bounds every choice
    by that user. The steps are grouped under their lesson, so the checklist reads
    lesson by lesson.
    """

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, user=for_user, for_user=for_user, **kwargs)
        self.fields["status"].choices = SessionLog.Status.choices  # no blank radio button
        lessons = [(lesson, lesson.step_choices()) for lesson in self.fields["lesson"].queryset]
        steps = self.fields["steps_done"]
        steps.widget = LessonStepsWidget(
            step_lessons={
                step_id: str(lesson.pk) for lesson, choices in lessons for step_id, _ in choices
            }
        )
        steps.choices = [
            (f"{lesson.code} · {lesson.title}", choices) for lesson, choices in lessons
        ]
        self.fields["steps_done"].help_text = _(
            "Tick the steps carried out, under the lesson chosen above. Steps of other "
            "lessons are refused; they are ignored for a session that was not held."
        )

    class Meta(SessionLogForm.Meta):
        formfield_callback = formfield_for_dbfield


SCORE_CHOICES = [
    (1, _("1 – not yet")),
    (2, _("2 – developing")),
    (3, _("3 – good")),
    (4, _("4 – excellent")),
]


def rubric_field(name):
    model_field = Observation._meta.get_field(name)
    return forms.TypedChoiceField(
        label=model_field.verbose_name.capitalize(),
        choices=SCORE_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
        help_text=model_field.help_text,
    )


class SessionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, session_log):
        return (
            f"{long_date(session_log.delivered_on)} · {session_log.lesson_code} "
            f"{session_log.lesson_title} · {session_log.class_group.label} "
            f"({session_log.jail.name})"
        )


class ObservationAdminForm(WagtailAdminModelForm):
    """A scored observation of a session that took place; the observer is whoever records it."""

    session = SessionChoiceField(
        queryset=SessionLog.objects.none(),
        label=_("Session observed"),
        help_text=_("Only sessions that took place can be observed; the newest come first."),
    )
    preparation = rubric_field("preparation")
    adherence = rubric_field("adherence")
    engagement = rubric_field("engagement")
    climate = rubric_field("climate")
    time_management = rubric_field("time_management")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        sessions = SessionLog.objects.for_user(self.for_user).filter(status__in=HELD)
        if self.instance.session_id:
            sessions |= SessionLog.objects.filter(pk=self.instance.session_id)
        self.fields["session"].queryset = sessions.select_related("class_group", "jail").order_by(
            "-delivered_on", "-recorded_at"
        )

    def clean_session(self):
        session = self.cleaned_data["session"]
        unchanged = session.pk == self.instance.session_id
        if session.status not in HELD and not unchanged:
            raise forms.ValidationError(
                _("This session was not held, so there is nothing to observe.")
            )
        return session

    def save(self, commit=True):
        if self.instance.pk is None:
            self.instance.observer = self.for_user
        return super().save(commit=commit)


class TrainingRecordAdminForm(WagtailAdminModelForm):
    """One record per instructor and training module (in any language)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "instructor" in self.fields:
            self.fields["instructor"].queryset = Instructor.objects.for_user(
                self.for_user
            ).select_related("user")

    def clean(self):
        data = super().clean()
        instructor, module = data.get("instructor"), data.get("training_module")
        if instructor and module:
            existing = (
                TrainingRecord.objects.filter(
                    instructor=instructor, module_key=module.translation_key
                )
                .exclude(pk=self.instance.pk)
                .first()
            )
            if existing:
                self.add_error(
                    "training_module",
                    _(
                        "%(instructor)s already has a record for %(module)s (attended on "
                        "%(day)s). Edit that record instead."
                    )
                    % {
                        "instructor": instructor,
                        "module": existing.module_title,
                        "day": long_date(existing.attended_on),
                    },
                )
        return data

    def save(self, commit=True):
        record = self.instance
        if record.pk is None:
            record.recorded_by = self.for_user
        if record.pk is None or "training_module" in self.changed_data:
            record.snapshot_module()
        return super().save(commit=commit)
