import json

from django.core.management.base import BaseCommand

from lms.backups import row_counts


class Command(BaseCommand):
    help = (
        "Print the number of rows in every table as JSON: run it before a backup and on "
        "the restored copy, and compare (docs/operations.md, restore drill)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--database", default="default", help="database alias")

    def handle(self, *args, database, **options):
        self.stdout.write(json.dumps(row_counts(database), indent=1, sort_keys=True))
