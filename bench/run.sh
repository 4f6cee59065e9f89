#!/usr/bin/env bash
# The reports benchmark of docs/performance.md: build the national-scale databases and
# print every figure. Not part of `make test`; it takes about half an hour.
#
#   bench/run.sh              # PostgreSQL (2,000,000 logs) and SQLite (200,000 logs)
#   BENCH_REUSE=1 bench/run.sh   # measure again without rebuilding the databases
#
# Needs PostgreSQL at $PG_URL (default postgres://postgres@127.0.0.1:5432), psql and wrk.
set -euo pipefail
cd "$(dirname "$0")/.."

PG_URL=${PG_URL:-postgres://postgres@127.0.0.1:5432}
PG_DB=${BENCH_PG_DB:-reports_bench}
LOGS=${BENCH_LOGS:-2000000}
SQLITE_LOGS=${BENCH_SQLITE_LOGS:-200000}
SQLITE_FILE="$PWD/bench/out/bench.sqlite3"
PY=.venv/bin/python
mkdir -p bench/out
RESULTS="bench/out/results-$(date +%Y%m%d-%H%M%S).txt"

pg_admin() {  # one SQL statement against the server's postgres database
  "$PY" - "$PG_URL/postgres" "$1" <<'PY'
import sys
import psycopg
with psycopg.connect(sys.argv[1], autocommit=True, connect_timeout=5) as conn:
    conn.execute(sys.argv[2])
PY
}

build() {  # build <database url> <logs>
  DATABASE_URL="$1" DJANGO_SETTINGS_MODULE=lms.settings.dev "$PY" manage.py migrate --noinput -v0
  DATABASE_URL="$1" "$PY" bench/generate.py --logs "$2"
}

{
  echo "== machine: $(nproc) CPUs, $(free -g | awk '/Mem:/ {print $2}') GB; $(uptime)"
  export DATABASE_URL="$PG_URL/$PG_DB"
  if [ -z "${BENCH_REUSE:-}" ]; then
    pg_admin "DROP DATABASE IF EXISTS \"$PG_DB\" WITH (FORCE)"
    pg_admin "CREATE DATABASE \"$PG_DB\""
    echo "== PostgreSQL: building $LOGS logs"
    build "$DATABASE_URL" "$LOGS"
  fi
  echo "== PostgreSQL: dashboard"
  dashboard=$("$PY" bench/measure.py dashboard | tee /dev/stderr)
  p50=$(echo "$dashboard" | awk -F': ' '/^dashboard p50 ms/ {print $2}')
  echo "== PostgreSQL: the coverage matrix in psql"
  "$PY" bench/measure.py raw-sql --dashboard-ms "$p50"
  echo "== PostgreSQL: CSV export of every log"
  "$PY" bench/measure.py export
  echo "== PostgreSQL: lesson page under gunicorn + wrk"
  "$PY" bench/measure.py lesson-page

  export DATABASE_URL="sqlite:///$SQLITE_FILE"
  if [ -z "${BENCH_REUSE:-}" ]; then
    rm -f "$SQLITE_FILE"
    echo "== SQLite: building $SQLITE_LOGS logs"
    build "$DATABASE_URL" "$SQLITE_LOGS"
  fi
  echo "== SQLite: dashboard"
  "$PY" bench/measure.py dashboard
} 2>&1 | tee "$RESULTS"
echo "Figures saved in $RESULTS"
