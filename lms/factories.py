"""Factories for delivery records, shared by the tests, the demo loader and benchmarks."""

import datetime

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from lms import roles
from lms.models import (
    Assignment,
    ClassGroup,
    Instructor,
    Jail,
    Observation,
    SessionLog,
    TrainingRecord,
)


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"user{n}")
    first_name = factory.Sequence(lambda n: f"Name{n}")
    password = factory.django.Password("correct-horse-battery-9")

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    @factory.post_generation
    def role(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.add(Group.objects.get(name=extracted))


class JailFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"District Jail {n}")
    district = factory.Sequence(lambda n: f"District {n}")
    kind = Jail.Kind.DISTRICT

    class Meta:
        model = Jail
        django_get_or_create = ("name",)


class InstructorFactory(factory.django.DjangoModelFactory):
    """An instructor; `jail=...` assigns them there (since a year ago, or `jail__since`)."""

    user = factory.SubFactory(UserFactory, role=roles.INSTRUCTORS)

    class Meta:
        model = Instructor
        skip_postgeneration_save = True

    @factory.post_generation
    def jail(self, create, extracted, since=None, **kwargs):
        if create and extracted is not None:
            starts_on = since or timezone.localdate() - datetime.timedelta(days=365)
            Assignment.objects.create(instructor=self, jail=extracted, starts_on=starts_on)


class ClassGroupFactory(factory.django.DjangoModelFactory):
    jail = factory.SubFactory(JailFactory)
    label = factory.Sequence(lambda n: f"Group {n}")
    starts_on = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=365))

    class Meta:
        model = ClassGroup


class SessionLogFactory(factory.django.DjangoModelFactory):
    """A delivered session; pass `lesson`, `class_group` and `instructor`."""

    jail = factory.LazyAttribute(lambda o: o.class_group.jail)
    delivered_on = factory.LazyFunction(timezone.localdate)
    status = SessionLog.Status.DELIVERED
    minutes = 45
    children_10_13 = 3
    children_14_15 = 5
    children_16_17 = 4
    recorded_by = factory.LazyAttribute(lambda o: o.instructor.user)

    class Meta:
        model = SessionLog

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        session_log = model_class(*args, **kwargs)
        session_log.snapshot_lesson()
        if session_log.status == SessionLog.Status.NOT_HELD:
            session_log.minutes = None
            session_log.children_10_13 = session_log.children_14_15 = 0
            session_log.children_16_17 = 0
            session_log.not_held_reason = session_log.not_held_reason or "lockdown"
        session_log.save()
        return session_log


class ObservationFactory(factory.django.DjangoModelFactory):
    preparation = 3
    adherence = 3
    engagement = 3
    climate = 4
    time_management = 3

    class Meta:
        model = Observation


class TrainingRecordFactory(factory.django.DjangoModelFactory):
    attended_on = factory.LazyFunction(timezone.localdate)
    status = TrainingRecord.Status.COMPLETED
    recorded_by = factory.LazyAttribute(lambda o: o.instructor.user)

    class Meta:
        model = TrainingRecord

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        record = model_class(*args, **kwargs)
        record.snapshot_module()
        record.save()
        return record
