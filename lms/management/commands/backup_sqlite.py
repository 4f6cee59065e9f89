from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connections
from django.utils import timezone

from lms.backups import sqlite_file_row_counts, sqlite_online_copy


class Command(BaseCommand):
    help = (
        "Copy the SQLite database to a file while the site keeps running (SQLite's online "
        "backup API). For PostgreSQL use pg_dump; see docs/operations.md."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            help="file to write (default: backups/ecip-YYYYMMDD-HHMMSS.sqlite3)",
        )
        parser.add_argument("--database", default="default", help="database alias")

    def handle(self, *args, output, database, **options):
        connection = connections[database]
        if connection.vendor != "sqlite":
            raise CommandError(
                f"backup_sqlite copies SQLite databases; this one is {connection.vendor}. "
                "Use pg_dump as docs/operations.md describes."
            )
        if output is None:
            stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
            output = settings.BASE_DIR / "backups" / f"ecip-{stamp}.sqlite3"
            output.parent.mkdir(exist_ok=True)
        connection.ensure_connection()
        path = sqlite_online_copy(connection.connection, output)
        counts = sqlite_file_row_counts(path)
        self.stdout.write(
            f"Backed up to {path} ({path.stat().st_size:,} bytes, {len(counts)} tables, "
            f"{sum(counts.values()):,} rows)."
        )
