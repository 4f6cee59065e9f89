from django.apps import apps
from django.core.management import call_command

from curriculum.models import LessonPlanPage, ModulePage, TrainingModulePage


def table_counts():
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if not model._meta.proxy and model._meta.managed
    }


def test_load_demo_builds_the_curriculum_and_is_idempotent(db, capsys):
    call_command("load_demo")
    first = table_counts()
    output = capsys.readouterr().out
    assert "coordinator" in output and "instructor.lahore" in output
    # Admin roles need a second factor; the demo says how to get one (demo only).
    assert "ECIPDEMOKEYNOTFORREALACCOUNTS234" in output and "manage.py demo_totp" in output

    modules = ModulePage.objects.live().order_by("path")
    assert [m.slug for m in modules][:3] == [
        "building-empathy",
        "maintaining-mental-health",
        "hygiene-care",
    ]
    for module in modules:
        assert LessonPlanPage.objects.child_of(module).live().count() >= 4
    assert sorted(TrainingModulePage.objects.values_list("day_number", flat=True)) == [1, 2, 3]
    for lesson in LessonPlanPage.objects.all():
        assert lesson.live_revision_id is not None
        assert lesson.step_minutes <= lesson.duration_minutes

    call_command("load_demo")
    assert table_counts() == first
