"""Training completion: instructors who completed every live training module / instructors.

Instructors are counted where they serve on the selection's reference day (the end of the
period, or today), so a transferred instructor counts at their new jail. A record counts
if it is marked completed on or before that day; attendance alone does not count.
"""

from dataclasses import dataclass, field

from django.db.models import Count, F, Func, OuterRef, Subquery
from django.db.models.functions import Coalesce

from lms.models import Assignment, TrainingRecord

from .curriculum import live_training_modules
from .numbers import share


@dataclass
class Training:
    required: int  # live training modules; 0 means there is nothing to complete
    instructors: set = field(default_factory=set)
    trained: set = field(default_factory=set)

    @property
    def instructor_count(self):
        return len(self.instructors)

    @property
    def trained_count(self):
        return len(self.trained)

    @property
    def share(self):
        if not self.required:
            return None
        return share(len(self.trained), len(self.instructors))

    def add(self, instructor_id, modules_done):
        self.instructors.add(instructor_id)
        if self.required and modules_done >= self.required:
            self.trained.add(instructor_id)


def modules_required():
    """A subquery: how many live training modules there are."""
    count = Func(F("pk"), function="COUNT")
    return Coalesce(Subquery(live_training_modules().order_by().annotate(n=count).values("n")), 0)


def modules_completed(selection, instructor_ref):
    """A subquery: how many live training modules the referenced instructor completed."""
    return Coalesce(
        Subquery(
            TrainingRecord.objects.for_user(selection.user)
            .filter(
                instructor_id=instructor_ref,
                status=TrainingRecord.Status.COMPLETED,
                module_key__in=live_training_modules().values("translation_key"),
                attended_on__lte=selection.reference_day,
            )
            .order_by()
            .values("instructor_id")
            .annotate(n=Count("module_key", distinct=True))
            .values("n")
        ),
        0,
    )


def training_by_jail(selection, jail_ids):
    """({jail id: Training}, overall Training) for the instructors serving at those jails.

    One query, one row per serving instructor and jail (bounded by the number of
    instructors, not of records). Overall, an instructor serving two jails counts once.
    """
    rows = list(
        Assignment.objects.covering(selection.reference_day)
        .filter(jail_id__in=jail_ids, instructor__active=True)
        .annotate(
            required=modules_required(),
            modules_done=modules_completed(selection, OuterRef("instructor_id")),
        )
        .values_list("jail_id", "instructor_id", "required", "modules_done")
    )
    required = rows[0][2] if rows else 0
    by_jail = {}
    overall = Training(required)
    for jail_id, instructor_id, _required, modules_done in rows:
        by_jail.setdefault(jail_id, Training(required)).add(instructor_id, modules_done)
        overall.add(instructor_id, modules_done)
    return by_jail, overall
