"""Front-end delivery pages: "My jail", logging a session, history, paper registers.

Every query goes through `for_user`, so a record of another jail is a 404 here, never a
page; a record the user may see but no longer change (past the edit window) is a 403
that says why.
"""

import uuid

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import ModelLogEntry

from lms import audit, progress
from lms.filters import SessionHistoryFilter
from lms.forms import ALREADY_SAVED, DuplicateLogError, SessionLogForm, StaleEditError
from lms.models import ClassGroup, Instructor, Jail, SessionLog, TrainingRecord
from lms.scoping import ADD, CHANGE, scope_for
from lms.titles import steps_as_taught, with_lesson_titles, with_training_titles
from lms.typed_forms import initial_from, keeps_typed_form, take_typed_form

HISTORY_PER_PAGE = 25
RECENT_SESSIONS = 8
REGISTER_ROWS = 14


def instructor_profile(user):
    return Instructor.objects.filter(user=user, active=True).first()


def my_jail(request):
    """The instructor's week at a glance: coverage, what to teach next, recent sessions."""
    instructor = instructor_profile(request.user)
    jails = list(Jail.objects.for_user(request.user).filter(active=True)) if instructor else []
    if not jails:
        return render(request, "lms/no_jail.html", {"instructor": instructor}, status=200)

    logs = SessionLog.objects.filter(jail__in=jails)
    curriculum = progress.live_curriculum()
    coverage = progress.module_coverage(logs, curriculum)
    covered, total = progress.overall_coverage(coverage)
    groups = list(
        ClassGroup.objects.filter(jail__in=jails)
        .exclude(ends_on__lt=timezone.localdate())
        .select_related("jail")
    )
    recent = with_lesson_titles(logs.select_related("class_group")).order_by(
        "-delivered_on", "-recorded_at"
    )[:RECENT_SESSIONS]
    return render(
        request,
        "lms/my_jail.html",
        {
            "jails": jails,
            "coverage": coverage,
            "covered": covered,
            "total": total,
            "percent": round(100 * covered / total) if total else 0,
            "next_lessons": progress.next_lessons(groups, curriculum),
            "recent": recent,
            "training": training_progress(instructor),
            "title": _("My jail"),
        },
    )


def training_progress(instructor):
    records = TrainingRecord.objects.filter(instructor=instructor).order_by("attended_on")
    return list(
        with_training_titles(records).values(
            "shown_title", "status", "attended_on", "pre_score", "post_score"
        )
    )


@keeps_typed_form
def log_session(request):
    if scope_for(request.user, SessionLog, ADD) is None:
        raise PermissionDenied(_("Only instructors and coordinators log sessions."))
    instructor = instructor_profile(request.user)
    fixed_instructor = instructor if instructor and not request.user.is_superuser else None
    if request.method == "POST":
        form = SessionLogForm(request.POST, user=request.user, instructor=fixed_instructor)
        if form.is_valid():
            try:
                session_log = audit.save_created(form, request.user)
            except DuplicateLogError:
                form.full_clean()  # the rules now see the row that won the race
            else:
                messages.success(request, _("Session saved. Thank you."))
                return redirect("delivery:session_detail", pk=session_log.pk)
        if form.saved_twin is not None:
            return _saved_once(request, form.saved_twin)
    else:
        form = SessionLogForm(
            user=request.user,
            instructor=fixed_instructor,
            initial={"client_key": uuid.uuid4(), **_prefill(request)},
        )
        _restore_typed(request, form)
    return render(request, "lms/session_form.html", _form_context(request, form))


def _restore_typed(request, form):
    """Put back what the user typed before their session ended (lms.typed_forms)."""
    if (typed := take_typed_form(request)) is not None:
        form.initial.update(initial_from(form, typed))


def _prefill(request):
    """Links such as "log the next lesson for this group" pass the choices along."""
    return {
        name: request.GET[name]
        for name in ("class_group", "lesson", "delivered_on")
        if request.GET.get(name)
    }


def _saved_once(request, session_log):
    """A repeated submission (double click, resend on a bad connection) lands here."""
    if not SessionLog.objects.for_user(request.user).filter(pk=session_log.pk).exists():
        raise Http404
    messages.info(request, ALREADY_SAVED)
    return redirect("delivery:session_detail", pk=session_log.pk)


def _form_context(request, form, session_log=None):
    lessons = list(
        form.fields["lesson"].queryset.filter(locale__language_code=request.LANGUAGE_CODE)
    )
    if session_log and session_log.lesson and session_log.lesson not in lessons:
        lessons.append(session_log.lesson)
    modules = {m.path: m for m in _modules_for(lessons)}
    grouped = {}
    for lesson in lessons:
        module = modules.get(lesson.path[: -lesson.steplen])
        grouped.setdefault(module, []).append(lesson)
    chosen = set(form["steps_done"].value() or [])
    steps = form.choices.steps_by_lesson
    return {
        "form": form,
        "session_log": session_log,
        "lesson_groups": list(grouped.items()),
        "lesson_steps": [
            (lesson, [(sid, label, sid in chosen) for sid, label in steps[lesson.pk]])
            for lesson in lessons
        ],
        "selected_lesson": str(form["lesson"].value() or ""),
        "duplicate_of": form.duplicate_of,
        "title": _("Edit session log") if session_log else _("Log a session"),
    }


def _modules_for(lessons):
    from curriculum.models import ModulePage

    paths = {lesson.path[: -lesson.steplen] for lesson in lessons}
    return ModulePage.objects.filter(path__in=paths).only("title", "path")


def session_history(request):
    logs = (
        with_lesson_titles(SessionLog.objects.for_user(request.user))
        .select_related("class_group", "jail", "instructor__user")
        .order_by("-delivered_on", "-recorded_at")
    )
    filterset = SessionHistoryFilter(request.GET or None, queryset=logs, user=request.user)
    page = Paginator(filterset.qs, HISTORY_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "lms/session_history.html",
        {
            "filter": filterset,
            "page_obj": page,
            "can_log": scope_for(request.user, SessionLog, ADD) is not None,
            "editable_ids": set(
                SessionLog.objects.for_user(request.user, CHANGE)
                .filter(pk__in=[log.pk for log in page])
                .values_list("pk", flat=True)
            ),
            "title": _("Session history"),
        },
    )


def session_detail(request, pk):
    session_log = get_object_or_404(
        with_lesson_titles(SessionLog.objects.for_user(request.user)).select_related(
            "class_group", "jail", "instructor__user", "recorded_by", "lesson"
        ),
        pk=pk,
    )
    return render(
        request,
        "lms/session_detail.html",
        {
            "log": session_log,
            "delivered_steps": steps_as_taught(session_log),
            "can_edit": SessionLog.objects.for_user(request.user, CHANGE).filter(pk=pk).exists(),
            "observations": session_log.observations.select_related("observer"),
            # The page is scoped by for_user above, so its history is the reader's to see.
            "history": ModelLogEntry.objects.for_instance(session_log)
            .select_related("user")
            .order_by("-timestamp", "-pk"),
            "title": session_log.shown_title,
        },
    )


@keeps_typed_form
def edit_session(request, pk):
    session_log = get_object_or_404(SessionLog.objects.for_user(request.user), pk=pk)
    if not SessionLog.objects.for_user(request.user, CHANGE).filter(pk=pk).exists():
        raise PermissionDenied(
            _(
                "This log can no longer be changed here: instructors may correct their own "
                "logs for %(days)d days. Ask a coordinator to correct it."
            )
            % {"days": _edit_days()}
        )
    instructor = instructor_profile(request.user)
    fixed_instructor = session_log.instructor if instructor else None
    if request.method == "POST":
        form = SessionLogForm(
            request.POST, instance=session_log, user=request.user, instructor=fixed_instructor
        )
        if form.is_valid():
            try:
                audit.save_edited(form, request.user)
            except StaleEditError as stale:
                form.add_error(None, str(stale))
            except DuplicateLogError:
                form.full_clean()  # the rules now see the row that won the race
            else:
                messages.success(request, _("Changes saved."))
                return redirect("delivery:session_detail", pk=session_log.pk)
    else:
        form = SessionLogForm(instance=session_log, user=request.user, instructor=fixed_instructor)
        _restore_typed(request, form)
    return render(request, "lms/session_form.html", _form_context(request, form, session_log))


def _edit_days():
    from django.conf import settings

    return settings.LMS_INSTRUCTOR_EDIT_DAYS


def blank_register(request, pk):
    """A printable paper register for a class group, with the next lessons filled in."""
    group = get_object_or_404(
        ClassGroup.objects.for_user(request.user).select_related("jail"), pk=pk
    )
    [(_group, upcoming, done_count)] = progress.next_lessons([group])
    curriculum = progress.live_curriculum()
    ordered = [lesson for module in curriculum for lesson in module.lessons]
    start = ordered.index(upcoming[1]) if upcoming else len(ordered)
    planned = ordered[start : start + REGISTER_ROWS]
    rows = planned + [None] * (REGISTER_ROWS - len(planned))
    return render(
        request,
        "lms/blank_register.html",
        {
            "group": group,
            "rows": rows,
            "done_count": done_count,
            "reasons": SessionLog.Reason.choices,
            "title": _("Session register"),
            "log_url": reverse("delivery:log_session") + f"?class_group={group.pk}",
        },
    )
