import uuid
from datetime import timedelta

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from curriculum.models import LessonPlanPage, ModulePage
from lms.scoping import ScopedQuerySet, current_jail_ids
from lms.validators import NO_NAMES_HELP, GuardedText, reject_identity_numbers

from .people import Instructor
from .places import ClassGroup, Jail

MAX_PER_BAND = 100
AGE_BANDS = [
    ("children_10_13", _("Children aged 10–13")),
    ("children_14_15", _("Children aged 14–15")),
    ("children_16_17", _("Children aged 16–17")),
]


def headcount_field(label):
    return models.PositiveSmallIntegerField(
        label,
        default=0,
        validators=[
            MaxValueValidator(
                MAX_PER_BAND,
                _("At most %(limit)d children per age band.") % {"limit": MAX_PER_BAND},
            )
        ],
    )


class SessionLog(GuardedText, models.Model):
    """One delivery, or non-delivery, of one lesson to one class group.

    What was taught is kept as it was on the day: the lesson's revision, code and title,
    and the translation keys of the lesson and its module (so an Urdu delivery counts as
    the same lesson). Later edits or unpublishing of the lesson never rewrite history.
    Children appear only as counts per age band.
    """

    class Status(models.TextChoices):
        DELIVERED = "delivered", _("Delivered")
        PARTLY = "partly", _("Partly delivered")
        NOT_HELD = "not_held", _("Not held")

    class Reason(models.TextChoices):
        LOCKDOWN = "lockdown", _("Lockdown")
        COURT_DAY = "court_day", _("Court day")
        STAFF_SHORTAGE = "staff_shortage", _("Staff shortage")
        CHILDREN_TRANSFERRED = "children_transferred", _("Children transferred")
        INSTRUCTOR_ABSENT = "instructor_absent", _("Instructor absent")
        OTHER = "other", _("Other")

    jail = models.ForeignKey(
        Jail, verbose_name=_("jail"), on_delete=models.PROTECT, related_name="session_logs"
    )
    instructor = models.ForeignKey(
        Instructor,
        verbose_name=_("instructor"),
        on_delete=models.PROTECT,
        related_name="session_logs",
    )
    class_group = models.ForeignKey(
        ClassGroup,
        verbose_name=_("class group"),
        on_delete=models.PROTECT,
        related_name="session_logs",
    )
    lesson = models.ForeignKey(
        LessonPlanPage,
        verbose_name=_("lesson"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="session_logs",
        help_text=_("The lesson plan taught (in whichever language)."),
    )
    lesson_revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("lesson revision delivered"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    lesson_key = models.UUIDField(_("lesson translation key"), editable=False)
    lesson_code = models.CharField(_("lesson code"), max_length=20, editable=False)
    lesson_title = models.CharField(_("lesson title"), max_length=255, editable=False)
    module_key = models.UUIDField(_("module translation key"), editable=False)
    steps_planned = models.PositiveSmallIntegerField(
        _("steps in the lesson"), default=0, editable=False
    )

    delivered_on = models.DateField(_("date"))
    minutes = models.PositiveSmallIntegerField(
        _("minutes taught"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(600)],
        help_text=_("Leave empty if the session was not held."),
    )
    children_10_13 = headcount_field(AGE_BANDS[0][1])
    children_14_15 = headcount_field(AGE_BANDS[1][1])
    children_16_17 = headcount_field(AGE_BANDS[2][1])
    children_total = models.GeneratedField(
        expression=F("children_10_13") + F("children_14_15") + F("children_16_17"),
        output_field=models.PositiveIntegerField(),
        db_persist=True,
        verbose_name=_("children present"),
    )
    status = models.CharField(_("status"), max_length=12, choices=Status.choices)
    not_held_reason = models.CharField(
        _("reason not held"), max_length=24, choices=Reason.choices, blank=True
    )
    not_held_detail = models.CharField(
        _("other reason"),
        max_length=200,
        blank=True,
        validators=[reject_identity_numbers],
        help_text=NO_NAMES_HELP,
    )
    steps_done = models.JSONField(
        _("activity steps done"),
        default=list,
        blank=True,
        help_text=_("Stable ids of the lesson's activity steps that were carried out."),
    )
    steps_done_count = models.PositiveSmallIntegerField(default=0, editable=False)
    adaptations = models.TextField(
        _("adaptations"), blank=True, validators=[reject_identity_numbers], help_text=NO_NAMES_HELP
    )
    notes = models.TextField(
        _("notes"), blank=True, validators=[reject_identity_numbers], help_text=NO_NAMES_HELP
    )

    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    recorded_at = models.DateTimeField(_("recorded at"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    client_key = models.UUIDField(
        _("submission key"),
        default=uuid.uuid4,
        unique=True,
        editable=False,
        help_text=_("Sent with each form; the same key twice returns the first log."),
    )
    version = models.PositiveIntegerField(default=1, editable=False)

    objects = ScopedQuerySet.as_manager()
    jail_lookup = "jail"
    free_text_fields = ("not_held_detail", "adaptations", "notes")

    class Meta:
        verbose_name = _("session log")
        verbose_name_plural = _("session logs")
        ordering = ["-delivered_on", "-recorded_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["class_group", "lesson_key", "delivered_on"],
                name="one_log_per_group_lesson_day",
            ),
            models.CheckConstraint(
                condition=Q(children_10_13__lte=MAX_PER_BAND)
                & Q(children_14_15__lte=MAX_PER_BAND)
                & Q(children_16_17__lte=MAX_PER_BAND),
                name="headcount_band_bounds",
            ),
            models.CheckConstraint(
                condition=~Q(status="not_held") | ~Q(not_held_reason=""),
                name="not_held_needs_reason",
            ),
        ]
        indexes = [
            models.Index(fields=["jail", "delivered_on"]),
            # The reports' figures over a period read only these columns, so PostgreSQL
            # answers them from this index alone (an index-only scan), never the table.
            # It starts with delivered_on, so it also serves what a plain date index did.
            models.Index(
                fields=[
                    "delivered_on",
                    "jail",
                    "status",
                    "lesson_key",
                    "not_held_reason",
                    "children_total",
                    "steps_done_count",
                    "steps_planned",
                    "module_key",
                    "id",
                ],
                name="sessionlog_period_figures",
            ),
        ]

    def __str__(self):
        return f"{self.lesson_code} · {self.class_group.label} · {self.delivered_on.isoformat()}"

    def save(self, *args, **kwargs):
        self.count_steps()
        # One transaction with the roll-up refresh that post_save triggers (lms.progress.rollups).
        with transaction.atomic():
            super().save(*args, **kwargs)
        self.stored_place = (self.jail_id, self.delivered_on)

    def count_steps(self):
        self.steps_done_count = len(self.steps_done or [])

    def get_constraints(self):
        # Model validation leaves out the check constraints: they repeat rules that the
        # fields' validators and SessionLogForm report beside the field, and the database
        # enforces them on every write. Django would build and run a query for each of
        # them on every form (two a row in an import), and building them alone was a
        # quarter of the time an import spent checking a row.
        return [
            (model, [c for c in constraints if not isinstance(c, models.CheckConstraint)])
            for model, constraints in super().get_constraints()
        ]

    def clean_fields(self, exclude=None):
        # A class group, lesson or instructor chosen in a form is the record just read
        # from the choices the user may pick; Django would read each again to check that
        # it exists (three queries a row in an import).
        chosen = {
            field.name
            for field in self._meta.concrete_fields
            if field.is_relation
            and field.is_cached(self)
            and field.get_cached_value(self) is not None
        }
        super().clean_fields(exclude={*(exclude or ()), *chosen})

    @classmethod
    def from_db(cls, db, field_names, values):
        # Where the log was when loaded: an edit that moves it to another jail or month
        # must refresh the roll-up of the month it left as well.
        log = super().from_db(db, field_names, values)
        log.stored_place = (log.__dict__.get("jail_id"), log.__dict__.get("delivered_on"))
        return log

    @staticmethod
    def owner_q(user, action):
        own = Q(instructor__user=user, jail__in=current_jail_ids(user))
        if action == "change":
            window = timedelta(days=settings.LMS_INSTRUCTOR_EDIT_DAYS)
            own &= Q(recorded_at__gte=timezone.now() - window)
        return own

    @property
    def is_held(self):
        return self.status != self.Status.NOT_HELD

    @property
    def fidelity(self):
        """Share of the lesson's steps done, or None when nothing could be done."""
        if not self.is_held or not self.steps_planned:
            return None
        return self.steps_done_count / self.steps_planned

    def snapshot_lesson(self):
        """Freeze what was taught: revision, code, title, keys, number of steps."""
        lesson = self.lesson
        self.lesson_revision_id = lesson.live_revision_id
        self.lesson_key = lesson.translation_key
        self.lesson_code = lesson.code
        self.lesson_title = lesson.title
        # Kept on the lesson object: an import saving many logs of one lesson asks once.
        if not hasattr(lesson, "module_translation_key"):
            module = ModulePage.objects.filter(path=lesson.path[: -lesson.steplen]).only(
                "translation_key"
            )
            lesson.module_translation_key = module.get().translation_key
        self.module_key = lesson.module_translation_key
        self.steps_planned = len(lesson.activity_steps)


class Observation(GuardedText, models.Model):
    """A supervisor's or trainer's scored observation of one logged session."""

    RUBRIC = [
        ("preparation", _("Preparation")),
        ("adherence", _("Adherence to the plan")),
        ("engagement", _("Engagement")),
        ("climate", _("Respectful climate")),
        ("time_management", _("Time management")),
    ]
    SCORE_HELP = _("1 = not yet, 2 = developing, 3 = good, 4 = excellent.")

    session = models.ForeignKey(
        SessionLog,
        verbose_name=_("session"),
        on_delete=models.PROTECT,
        related_name="observations",
    )
    observer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("observer"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    preparation = models.PositiveSmallIntegerField(
        _("preparation"),
        validators=[MinValueValidator(1), MaxValueValidator(4)],
        help_text=SCORE_HELP,
    )
    adherence = models.PositiveSmallIntegerField(
        _("adherence to the plan"),
        validators=[MinValueValidator(1), MaxValueValidator(4)],
        help_text=SCORE_HELP,
    )
    engagement = models.PositiveSmallIntegerField(
        _("engagement"),
        validators=[MinValueValidator(1), MaxValueValidator(4)],
        help_text=SCORE_HELP,
    )
    climate = models.PositiveSmallIntegerField(
        _("respectful climate"),
        validators=[MinValueValidator(1), MaxValueValidator(4)],
        help_text=SCORE_HELP,
    )
    time_management = models.PositiveSmallIntegerField(
        _("time management"),
        validators=[MinValueValidator(1), MaxValueValidator(4)],
        help_text=SCORE_HELP,
    )
    score_total = models.GeneratedField(
        expression=F("preparation")
        + F("adherence")
        + F("engagement")
        + F("climate")
        + F("time_management"),
        output_field=models.PositiveSmallIntegerField(),
        db_persist=True,
        verbose_name=_("total score"),
    )
    comments = models.TextField(
        _("comments"), blank=True, validators=[reject_identity_numbers], help_text=NO_NAMES_HELP
    )
    created_at = models.DateTimeField(_("recorded at"), default=timezone.now, editable=False)

    objects = ScopedQuerySet.as_manager()
    jail_lookup = "session__jail"
    free_text_fields = ("comments",)

    class Meta:
        verbose_name = _("observation")
        verbose_name_plural = _("observations")
        ordering = ["-session__delivered_on", "-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(preparation__range=(1, 4))
                & Q(adherence__range=(1, 4))
                & Q(engagement__range=(1, 4))
                & Q(climate__range=(1, 4))
                & Q(time_management__range=(1, 4)),
                name="observation_scores_1_to_4",
            )
        ]

    def __str__(self):
        return _("Observation of %(session)s") % {"session": self.session}

    def save(self, *args, **kwargs):
        # One transaction with the roll-up refresh that post_save triggers (lms.progress.rollups).
        with transaction.atomic():
            super().save(*args, **kwargs)
        self.stored_session_id = self.session_id

    @classmethod
    def from_db(cls, db, field_names, values):
        # The session when loaded: moving an observation refreshes both sessions' months.
        observation = super().from_db(db, field_names, values)
        observation.stored_session_id = observation.__dict__.get("session_id")
        return observation

    @staticmethod
    def owner_q(user, action):
        return Q(observer=user)

    @property
    def mean_score(self):
        return self.score_total / len(self.RUBRIC)
