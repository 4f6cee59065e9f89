"""What reading a hostile import file costs now (docs/performance.md, docs/security.md).

    .venv/bin/python bench/import_limits.py

For each hostile workbook of tests/security/test_uploads.py (the same builders), and for
a legitimate workbook at the row limit: its size on disk, the refusal (or the number of
rows read), the seconds `read_rows` took and its peak of Python memory (tracemalloc,
which also slows Python down, so the seconds are printed from a second, untraced run).
"""

import io
import os
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.test")
MB = 1024 * 1024


def legitimate_workbook():
    from openpyxl import Workbook

    from lms.imports.reading import COLUMN_NAMES, MAX_ROWS

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(COLUMN_NAMES)
    for n in range(MAX_ROWS):
        sheet.append(
            ["", "", "Barrack 2 morning", "EMP-01", f"2026-01-{1 + n % 28:02d}", "delivered",
             40, 3, 4, 2, "", "", "1,2", f"adapted {n} " * 20, f"note {n} " * 40]
        )  # fmt: skip
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def read(data):
    from lms.imports.reading import ImportFileError, read_rows

    try:
        return f"{len(read_rows('register.xlsx', data))} rows read"
    except ImportFileError as error:
        return f"refused: {error}"


def measure(name, data):
    tracemalloc.start()
    try:
        outcome = read(data)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    started = time.monotonic()
    read(data)
    seconds = time.monotonic() - started
    print(f"{name}: {len(data) / 1024:,.0f} KB on disk; {seconds:.2f} s; peak {peak / MB:.1f} MB")
    print(f"  {outcome}", flush=True)


def main():
    import django

    django.setup()
    from tests.security.test_uploads import HOSTILE_WORKBOOKS

    print("load average:", " ".join(f"{x:.2f}" for x in os.getloadavg()))
    for name, (build, _message) in HOSTILE_WORKBOOKS.items():
        measure(name, build())
    measure("legitimate, 10,000 rows with notes", legitimate_workbook())


if __name__ == "__main__":
    main()
