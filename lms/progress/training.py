"""Training completion: instructors who completed every live training module / instructors.

Instructors are counted where they serve on the selection's reference day (the end of the
period, or today), so a transferred instructor counts at their new jail. A record counts
if it is marked completed on or before that day; attendance alone does not count.
"""

from dataclasses import dataclass, field

from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce

from lms.models import Assignment, TrainingRecord

from .curriculum import live_training_module_keys
from .numbers import share


@dataclass
class Training:
    required: int  # live training modules; 0 means there is nothing to complete
    instructors: set = field(default_factory=set)
    trained: set = field(default_factory=set)

    @property
    def share(self):
        if not self.required:
            return None
        return share(len(self.trained), len(self.instructors))

    def add(self, instructor_id, modules_done):
        self.instructors.add(instructor_id)
        if self.required and modules_done >= self.required:
            self.trained.add(instructor_id)


def modules_completed(selection, instructor_ref, keys):
    """A subquery: how many of `keys` the referenced instructor has completed."""
    return Coalesce(
        Subquery(
            TrainingRecord.objects.for_user(selection.user)
            .filter(
                instructor_id=instructor_ref,
                status=TrainingRecord.Status.COMPLETED,
                module_key__in=keys,
                attended_on__lte=selection.reference_day,
            )
            .order_by()
            .values("instructor_id")
            .annotate(n=Count("module_key", distinct=True))
            .values("n")
        ),
        0,
    )


def training_by_jail(selection, jail_ids, keys=None):
    """({jail id: Training}, overall Training) for the instructors serving at those jails.

    One query, one row per serving instructor and jail (bounded by the number of
    instructors, not of records). Overall, an instructor serving two jails counts once.
    """
    keys = live_training_module_keys() if keys is None else keys
    rows = (
        Assignment.objects.covering(selection.reference_day)
        .filter(jail_id__in=jail_ids, instructor__active=True)
        .annotate(modules_done=modules_completed(selection, OuterRef("instructor_id"), keys))
        .values_list("jail_id", "instructor_id", "modules_done")
    )
    by_jail = {}
    overall = Training(len(keys))
    for jail_id, instructor_id, modules_done in rows:
        by_jail.setdefault(jail_id, Training(len(keys))).add(instructor_id, modules_done)
        overall.add(instructor_id, modules_done)
    return by_jail, overall
