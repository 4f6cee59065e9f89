import time

from django.core.management.base import BaseCommand

from lms.models import MonthlyLessonDelivery, MonthlyObservations, MonthlySessions
from lms.progress import rollups


class Command(BaseCommand):
    help = (
        "Recompute the reports' monthly roll-ups from every session log and observation. "
        "Saving through the site keeps them in step; run this after loading logs in bulk "
        "(a restore, COPY, bulk_create) or if a report and the session-log export disagree."
    )

    def handle(self, *args, **options):
        started = time.perf_counter()
        rollups.rebuild()
        counts = ", ".join(
            f"{model.objects.count():,} {model._meta.verbose_name_plural}"
            for model in (MonthlyLessonDelivery, MonthlySessions, MonthlyObservations)
        )
        self.stdout.write(f"Rebuilt {counts} in {time.perf_counter() - started:.1f} s.")
