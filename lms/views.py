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
from wagtail.log_actions import log

from lms import progress
from lms.filters import SessionHistoryFilter
from lms.forms import DuplicateLogError, SessionLogForm, StaleEditError
from lms.models import ClassGroup, Instructor, Jail, SessionLog, TrainingRecord
from lms.scoping import ADD, CHANGE, scope_for
from lms.titles import steps_as_taught, with_lesson_titles, with_training_titles

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


def log_session(request):
    if scope_for(request.user, SessionLog, ADD) is None:
        raise PermissionDenied(_("Only instructors and coordinators log sessions."))
    instructor = instructor_profile(request.user)
    fixed_instructor = instructor if instructor and not request.user.is_superuser else None
    if request.method == "POST":
        key = _uuid_or_none(request.POST.get("client_key"))
        if saved := _saved_with_key(key):
            return _saved_once(request, saved)
        form = SessionLogForm(request.POST, user=request.user, instructor=fixed_instructor)
        if form.is_valid():
            try:
                session_log = form.save()
            except DuplicateLogError:
                form.full_clean()  # the rules now see the row that won the race
            else:
                log(instance=session_log, action="wagtail.create", user=request.user)
                messages.success(request, _("Session saved. Thank you."))
                return redirect("delivery:session_detail", pk=session_log.pk)
        # A twin of this very submission (double click, resend) may have been saved while
        # this one was being checked: that is a success, not a duplicate.
        if saved := _saved_with_key(key):
            return _saved_once(request, saved)
    else:
        form = SessionLogForm(
            user=request.user,
            instructor=fixed_instructor,
            initial={"client_key": uuid.uuid4(), **_prefill(request)},
        )
    return render(request, "lms/session_form.html", _form_context(request, form))


def _prefill(request):
    """Links such as "log the next lesson for this group" pass the choices along."""
    return {
        name: request.GET[name]
        for name in ("class_group", "lesson", "delivered_on")
        if request.GET.get(name)
    }


def _uuid_or_none(value):
    try:
        return uuid.UUID(str(value))
    except (TypeError, ValueError):
        return None


def _saved_with_key(key):
    return SessionLog.objects.filter(client_key=key).first() if key else None


def _saved_once(request, session_log):
    """A repeated submission (double click, resend on a bad connection) lands here."""
    if not SessionLog.objects.for_user(request.user).filter(pk=session_log.pk).exists():
        raise Http404
    messages.info(request, _("This session was already saved; it was not saved twice."))
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
            "title": session_log.shown_title,
        },
    )


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
                form.save()
            except StaleEditError as stale:
                form.add_error(None, str(stale))
            except DuplicateLogError:
                form.full_clean()  # the rules now see the row that won the race
            else:
                log(instance=session_log, action="wagtail.edit", user=request.user)
                messages.success(request, _("Changes saved."))
                return redirect("delivery:session_detail", pk=session_log.pk)
    else:
        form = SessionLogForm(instance=session_log, user=request.user, instructor=fixed_instructor)
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
