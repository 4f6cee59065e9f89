from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from curriculum.models import TrainingModulePage
from lms.scoping import ScopedQuerySet

from .people import Instructor


def assessment_score_field(label):
    return models.PositiveSmallIntegerField(
        label,
        null=True,
        blank=True,
        validators=[MaxValueValidator(100, _("Scores run from 0 to 100."))],
        help_text=_("0–100. Leave empty if the assessment was not taken."),
    )


class TrainingRecord(models.Model):
    """An instructor's attendance and assessment scores for one training module."""

    class Status(models.TextChoices):
        ATTENDED = "attended", _("Attended")
        COMPLETED = "completed", _("Completed")

    instructor = models.ForeignKey(
        Instructor,
        verbose_name=_("instructor"),
        on_delete=models.PROTECT,
        related_name="training_records",
    )
    training_module = models.ForeignKey(
        TrainingModulePage,
        verbose_name=_("training module"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="training_records",
    )
    module_key = models.UUIDField(_("training module translation key"), editable=False)
    module_title = models.CharField(_("training module title"), max_length=255, editable=False)
    attended_on = models.DateField(_("attended on"))
    status = models.CharField(_("status"), max_length=12, choices=Status.choices)
    pre_score = assessment_score_field(_("pre-assessment score"))
    post_score = assessment_score_field(_("post-assessment score"))
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    recorded_at = models.DateTimeField(_("recorded at"), default=timezone.now, editable=False)

    objects = ScopedQuerySet.as_manager()
    jail_lookup = "instructor__assignments__jail"

    class Meta:
        verbose_name = _("training record")
        verbose_name_plural = _("training records")
        ordering = ["-attended_on"]
        constraints = [
            models.UniqueConstraint(
                fields=["instructor", "module_key"], name="one_record_per_instructor_module"
            ),
            models.CheckConstraint(
                condition=(Q(pre_score__isnull=True) | Q(pre_score__lte=100))
                & (Q(post_score__isnull=True) | Q(post_score__lte=100)),
                name="assessment_scores_0_to_100",
            ),
        ]

    def __str__(self):
        return f"{self.instructor} · {self.module_title}"

    @staticmethod
    def owner_q(user, action):
        return Q(instructor__user=user)

    def snapshot_module(self):
        self.module_key = self.training_module.translation_key
        self.module_title = self.training_module.title
