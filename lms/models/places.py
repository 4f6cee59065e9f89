from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from lms.scoping import ScopedQuerySet
from lms.validators import GuardedText, reject_identity_numbers


class Jail(GuardedText, models.Model):
    """A prison where ECIP lessons are taught; every delivery record belongs to one."""

    class Kind(models.TextChoices):
        CENTRAL = "central", _("Central jail")
        DISTRICT = "district", _("District jail")
        JUVENILE = "juvenile", _("Borstal or juvenile jail")

    name = models.CharField(_("name"), max_length=120, unique=True)
    district = models.CharField(
        _("district"), max_length=60, db_index=True, help_text=_("e.g. Lahore, Kasur.")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("Inactive jails keep their history but take no new sessions."),
    )

    objects = ScopedQuerySet.as_manager()
    jail_lookup = "pk"
    free_text_fields = ("name", "district")

    class Meta:
        verbose_name = _("jail")
        verbose_name_plural = _("jails")
        ordering = ["name"]

    def __str__(self):
        return self.name


class ClassGroup(GuardedText, models.Model):
    """Children taught together in one jail: a label and dates, never who they are."""

    jail = models.ForeignKey(
        Jail, verbose_name=_("jail"), on_delete=models.PROTECT, related_name="class_groups"
    )
    label = models.CharField(
        _("label"),
        max_length=60,
        validators=[reject_identity_numbers],
        help_text=_("A neutral label such as 'Barrack 2 morning group'. No children's names."),
    )
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(
        _("ends on"), null=True, blank=True, help_text=_("Leave empty while the group meets.")
    )

    objects = ScopedQuerySet.as_manager()
    jail_lookup = "jail"
    free_text_fields = ("label",)

    class Meta:
        verbose_name = _("class group")
        verbose_name_plural = _("class groups")
        ordering = ["jail__name", "label"]
        constraints = [
            models.UniqueConstraint(fields=["jail", "label"], name="unique_class_group_label"),
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True) | Q(ends_on__gte=models.F("starts_on")),
                name="class_group_ends_after_start",
            ),
        ]

    def __str__(self):
        return f"{self.label} ({self.jail})"

    def clean(self):
        if self.ends_on and self.starts_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The end date must not be before the start.")})

    def meets_on(self, day):
        return self.starts_on <= day and (self.ends_on is None or day <= self.ends_on)
