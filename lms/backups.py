"""Backups: a consistent online copy of a SQLite database, and row counts to check a restore.

PostgreSQL is backed up with its own tools (pg_dump -Fc / pg_restore); docs/operations.md
has the commands and the restore drill that row counts support.
"""

import os
import sqlite3
from contextlib import closing
from pathlib import Path

from django.db import connections


def row_counts(using="default"):
    """{table: rows} for every table in the database, Django's and third-party apps' alike."""
    connection = connections[using]
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        tables = sorted(connection.introspection.table_names(cursor))
        counts = {}
        for table in tables:
            cursor.execute(f"SELECT COUNT(*) FROM {quote(table)}")
            counts[table] = cursor.fetchone()[0]
    return counts


def sqlite_online_copy(source, destination):
    """Copy the open sqlite3 connection `source` to the file `destination`, consistently.

    SQLite's backup API copies every page in one step under a read lock, so the copy is
    one committed state of the database even while the site keeps writing (writers wait
    for the copy, at most their busy timeout). The copy is checked with
    `PRAGMA integrity_check`, then moved into place, so a half-written file never carries
    the backup's name.
    """
    destination = Path(destination)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    with closing(sqlite3.connect(partial)) as target:
        source.backup(target)
        (verdict,) = target.execute("PRAGMA integrity_check").fetchone()
    if verdict != "ok":
        partial.unlink()
        raise sqlite3.DatabaseError(f"The copy failed SQLite's integrity check: {verdict}")
    os.replace(partial, destination)
    return destination


def sqlite_file_row_counts(path):
    """row_counts() for a SQLite file that is not Django's database (a backup, say)."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
        tables = [
            name
            for (name,) in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        return {t: db.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables}
