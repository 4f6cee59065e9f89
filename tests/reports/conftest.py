"""A small delivery history whose every figure is computed by hand in docs/reports.md terms.

Today is T. The default period is the six months up to T; one log (T-300) falls outside it.

Curriculum: "Building empathy" has EMP-01 (2 steps) and EMP-02 (1 step, also in Urdu) live,
and EMP-03 (1 step), taught at Lahore and unpublished since; "Hygiene care" has HYG-01
(1 step). The training programme has two live days and one draft day.

Jails and instructors: Ayesha serves Lahore; Imran serves Kasur; Omar served Lahore until
T-31 and Kasur from T-30; Bahawalpur (juvenile) has no instructor and no log; Sialkot is
inactive, with one log taught by an instructor with no assignment.

    log  jail      who     lesson        day    status        steps  children
    l1   Lahore    Ayesha  EMP-01        T-10   delivered     2/2    12
    l2   Lahore    Ayesha  EMP-01        T-20   partly        1/2     6
    l3   Lahore    Omar    EMP-02 (ur)   T-50   partly        0/1     3
    l4   Lahore    Ayesha  HYG-01        T-5    not held: lockdown
    l5   Lahore    Ayesha  EMP-03        T-60   delivered     1/1    12
    l6   Lahore    Ayesha  HYG-01        T-300  delivered     1/1    12   (outside the period)
    k1   Kasur     Imran   EMP-01        T-3    delivered     2/2    12
    k2   Kasur     Omar    HYG-01        T-15   delivered     1/1    10
    k3   Kasur     Imran   EMP-02        T-25   not held: court day
    k4   Kasur     Imran   EMP-02        T-26   not held: staff shortage
    s1   Sialkot   Sana    HYG-01        T-100  delivered     1/1    12

Observations (total of five 1-4 scores): l1 16, l2 10, k1 20, l6 5 (outside the period).
Training: Ayesha completed both days; Imran completed day 1 and only attended day 2;
Omar completed day 1, and day 2 at T-1.
"""

import datetime
from types import SimpleNamespace

import pytest
from django.utils import timezone
from wagtail.models import Locale

from curriculum.factories import LessonPlanPageFactory, TrainingModulePageFactory, step_block
from lms import roles
from lms.factories import (
    ClassGroupFactory,
    InstructorFactory,
    JailFactory,
    ObservationFactory,
    SessionLogFactory,
    TrainingRecordFactory,
)
from lms.models import Assignment, Jail, TrainingRecord
from tests.conftest import publish


def days_ago(n):
    return timezone.localdate() - datetime.timedelta(days=n)


def steps_of(lesson, count):
    return [step_id for step_id, _label in lesson.step_choices()[:count]]


@pytest.fixture
def history(delivery, curriculum, make_user, coordinator):
    emp1, emp2, hyg1 = curriculum.lessons
    emp3 = publish(
        LessonPlanPageFactory(
            parent=curriculum.modules[0],
            title="Saying sorry",
            code="EMP-03",
            body=[step_block("Apology letters", 15)],
        )
    )
    urdu = Locale.objects.get_or_create(language_code="ur")[0]
    emp2_ur = emp2.copy_for_translation(urdu, copy_parents=True)
    emp2_ur.title = "بات کاٹے بغیر سننا"
    emp2_ur = publish(emp2_ur)

    lahore, kasur = delivery.lahore, delivery.kasur
    bahawalpur = JailFactory(
        name="Borstal Jail Bahawalpur", district="Bahawalpur", kind=Jail.Kind.JUVENILE
    )
    sialkot = JailFactory(name="Closed Jail Sialkot", district="Sialkot", active=False)
    ayesha, imran = delivery.instructor, delivery.kasur_instructor
    omar_user = make_user("instructor.omar", roles.INSTRUCTORS, first_name="Omar")
    omar = InstructorFactory(user=omar_user)
    Assignment.objects.create(
        instructor=omar, jail=lahore, starts_on=days_ago(365), ends_on=days_ago(31)
    )
    Assignment.objects.create(instructor=omar, jail=kasur, starts_on=days_ago(30))
    sana = InstructorFactory(user=make_user("instructor.sana", roles.INSTRUCTORS))
    sialkot_group = ClassGroupFactory(jail=sialkot, label="Sialkot group")

    def log(group, lesson, instructor, day, status="delivered", steps=0, bands=(3, 5, 4), **kw):
        return SessionLogFactory(
            class_group=group,
            lesson=lesson,
            instructor=instructor,
            delivered_on=days_ago(day),
            status=status,
            steps_done=steps_of(lesson, steps),
            children_10_13=bands[0],
            children_14_15=bands[1],
            children_16_17=bands[2],
            **kw,
        )

    g, k = delivery.group, delivery.kasur_group
    logs = SimpleNamespace(
        l1=log(g, emp1, ayesha, 10, steps=2),
        l2=log(g, emp1, ayesha, 20, "partly", steps=1, bands=(2, 2, 2)),
        l3=log(g, emp2_ur, omar, 50, "partly", steps=0, bands=(1, 1, 1)),
        l4=log(g, hyg1, ayesha, 5, "not_held", not_held_reason="lockdown"),
        l5=log(g, emp3, ayesha, 60, steps=1),
        l6=log(g, hyg1, ayesha, 300, steps=1),
        k1=log(k, emp1, imran, 3, steps=2),
        k2=log(k, hyg1, omar, 15, steps=1, bands=(4, 3, 3)),
        k3=log(k, emp2, imran, 25, "not_held", not_held_reason="court_day"),
        k4=log(k, emp2, imran, 26, "not_held", not_held_reason="staff_shortage"),
        s1=log(sialkot_group, hyg1, sana, 100, steps=1),
    )
    emp3.unpublish()

    observer = coordinator
    ObservationFactory(session=logs.l1, observer=observer)  # 3+3+3+4+3 = 16
    ObservationFactory(
        session=logs.l2,
        observer=observer,
        preparation=2,
        adherence=2,
        engagement=2,
        climate=2,
        time_management=2,
    )
    ObservationFactory(
        session=logs.k1,
        observer=observer,
        preparation=4,
        adherence=4,
        engagement=4,
        climate=4,
        time_management=4,
    )
    ObservationFactory(
        session=logs.l6,
        observer=observer,
        preparation=1,
        adherence=1,
        engagement=1,
        climate=1,
        time_management=1,
    )

    day1 = curriculum.training_day
    day2 = publish(TrainingModulePageFactory(parent=curriculum.programme, day_number=2))
    TrainingModulePageFactory(parent=curriculum.programme, day_number=3, live=False)  # draft
    completed, attended = TrainingRecord.Status.COMPLETED, TrainingRecord.Status.ATTENDED
    for instructor, module, status, day in [
        (ayesha, day1, completed, 200),
        (ayesha, day2, completed, 199),
        (imran, day1, completed, 200),
        (imran, day2, attended, 199),
        (omar, day1, completed, 200),
        (omar, day2, completed, 1),
    ]:
        TrainingRecordFactory(
            instructor=instructor, training_module=module, status=status, attended_on=days_ago(day)
        )

    return SimpleNamespace(
        curriculum=curriculum,
        modules=curriculum.modules,
        emp1=emp1,
        emp2=emp2,
        emp2_ur=emp2_ur,
        emp3=emp3,
        hyg1=hyg1,
        lahore=lahore,
        kasur=kasur,
        bahawalpur=bahawalpur,
        sialkot=sialkot,
        ayesha=ayesha,
        imran=imran,
        omar=omar,
        sana=sana,
        logs=logs,
        coordinator=coordinator,
        instructor_user=delivery.user,
    )
