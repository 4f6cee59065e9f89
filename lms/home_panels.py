"""What each role should do next, shown on the home page (the `ecip_home_panels` hook).

home.models.HomePage calls the hook; registering it here keeps `home` free of any import
of `lms`.
"""

from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from wagtail.models import TaskState, WorkflowState

from lms import progress
from lms.models import Instructor, Jail, SessionLog
from lms.roles import roles_for


def role_panels(request, home_page):
    roles = roles_for(request.user)
    parts = []
    if roles.is_instructor:
        parts.append(instructor_panel(request))
    if roles.is_trainer:
        parts.append(trainer_panel(request))
    if roles.is_reviewer:
        parts.append(reviewer_panel(request))
    # Each part is a rendered (auto-escaped) template, so the joined whole is safe HTML.
    return mark_safe("".join(part for part in parts if part))


def instructor_panel(request):
    instructor = Instructor.objects.filter(user=request.user, active=True).first()
    jails = list(Jail.objects.for_user(request.user).filter(active=True)) if instructor else []
    if not jails:
        return render_to_string("lms/panels/no_jail.html", request=request)
    coverage = progress.module_coverage(SessionLog.objects.filter(jail__in=jails))
    covered, total = progress.overall_coverage(coverage)
    last = SessionLog.objects.filter(jail__in=jails).order_by("-delivered_on").first()
    return render_to_string(
        "lms/panels/instructor.html",
        {"jails": jails, "covered": covered, "total": total, "last": last},
        request=request,
    )


def trainer_panel(request):
    in_review = (
        WorkflowState.objects.active()
        .filter(requested_by=request.user)
        .select_related("current_task_state__task")
        .order_by("-created_at")[:10]
    )
    return render_to_string(
        "lms/panels/trainer.html", {"in_review": list(in_review)}, request=request
    )


def reviewer_panel(request):
    waiting = TaskState.objects.reviewable_by(request.user).count()
    return render_to_string("lms/panels/reviewer.html", {"waiting": waiting}, request=request)
