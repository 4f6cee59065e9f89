import time

from django.core.management.base import BaseCommand, CommandError

from lms.models import MonthlyLessonDelivery, MonthlyObservations, MonthlySessions
from lms.progress import rollups


class Command(BaseCommand):
    help = (
        "Recompute the reports' monthly roll-ups from every session log and observation. "
        "Saving through the site keeps them in step; run this after loading logs in bulk "
        "(a restore, COPY, bulk_create) or if a report and the session-log export disagree."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--check",
            action="store_true",
            help="Only compare the roll-ups with the logs and report rows that differ; "
            "change nothing. Exits with an error if any differ.",
        )

    def handle(self, *args, check, **options):
        started = time.perf_counter()
        if check:
            differing = {
                model._meta.verbose_name_plural: rows
                for model, rows in rollups.differences().items()
                if rows
            }
            if differing:
                listed = ", ".join(f"{rows:,} {name}" for name, rows in differing.items())
                raise CommandError(
                    f"The roll-ups differ from the logs: {listed} rows. "
                    "Run manage.py rebuild_rollups."
                )
            self.stdout.write("The roll-ups match the logs.")
            return
        rollups.rebuild()
        counts = ", ".join(
            f"{model.objects.count():,} {model._meta.verbose_name_plural}"
            for model in (MonthlyLessonDelivery, MonthlySessions, MonthlyObservations)
        )
        self.stdout.write(f"Rebuilt {counts} in {time.perf_counter() - started:.1f} s.")
