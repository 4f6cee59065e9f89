from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel

from lms.scoping import ScopedQuerySet

from .places import Jail


class Instructor(ClusterableModel):
    """A prison psychologist who teaches ECIP lessons; one per user account.

    Which jail they serve is not a field: it is their assignment history, so a transfer
    ends one assignment and starts another, and every past session keeps the jail it was
    taught in.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user account"),
        on_delete=models.PROTECT,
        related_name="instructor_profile",
    )
    active = models.BooleanField(
        _("active"), default=True, help_text=_("Inactive instructors cannot log sessions.")
    )

    objects = ScopedQuerySet.as_manager()
    jail_lookup = "assignments__jail"

    panels = [
        FieldPanel("user"),
        FieldPanel("active"),
        InlinePanel("assignments", heading=_("Jail assignments"), label=_("assignment")),
    ]

    class Meta:
        verbose_name = _("instructor")
        verbose_name_plural = _("instructors")
        ordering = ["user__first_name", "user__last_name", "user__username"]

    def __str__(self):
        return self.user.get_full_name() or self.user.get_username()

    @staticmethod
    def owner_q(user, action):
        return Q(user=user)

    def jails_on(self, day):
        return Jail.objects.filter(
            pk__in=self.assignments.covering(day).values("jail_id")
        ).order_by("name")


class AssignmentQuerySet(models.QuerySet):
    def covering(self, day):
        return self.filter(starts_on__lte=day).filter(Q(ends_on__isnull=True) | Q(ends_on__gte=day))

    def current(self, today):
        return self.covering(today)


class Assignment(models.Model):
    """An instructor serving at a jail from one date to another (open-ended if current)."""

    instructor = ParentalKey(Instructor, on_delete=models.CASCADE, related_name="assignments")
    jail = models.ForeignKey(
        Jail, verbose_name=_("jail"), on_delete=models.PROTECT, related_name="assignments"
    )
    starts_on = models.DateField(_("from"))
    ends_on = models.DateField(
        _("until"), null=True, blank=True, help_text=_("Empty while the instructor serves here.")
    )

    objects = AssignmentQuerySet.as_manager()

    panels = [FieldRowPanel([FieldPanel("jail"), FieldPanel("starts_on"), FieldPanel("ends_on")])]

    class Meta:
        verbose_name = _("jail assignment")
        verbose_name_plural = _("jail assignments")
        ordering = ["-starts_on"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True) | Q(ends_on__gte=models.F("starts_on")),
                name="assignment_ends_after_start",
            )
        ]
        indexes = [models.Index(fields=["instructor", "starts_on"])]

    def __str__(self):
        until = self.ends_on.isoformat() if self.ends_on else _("now")
        return f"{self.jail} ({self.starts_on.isoformat()} – {until})"

    def covers(self, day):
        """The rule of `Assignment.objects.covering(day)`, for assignments already read."""
        return self.starts_on <= day and (self.ends_on is None or day <= self.ends_on)

    def clean(self):
        if self.ends_on and self.starts_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The end date must not be before the start.")})

    def overlaps(self, other):
        self_end = self.ends_on or date.max
        other_end = other.ends_on or date.max
        return self.starts_on <= other_end and other.starts_on <= self_end
