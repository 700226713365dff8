#!/usr/bin/env bash
# Benchmark the practice pages at N practices on SQLite and, when reachable, PostgreSQL.
# Usage: scripts/bench.sh [N]   (default 10000). Uses separate databases (bench.sqlite3,
# jos_bench); the portal's own database is not touched.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-10000}"
PY=.venv/bin/python
export DJANGO_SETTINGS_MODULE=jos_portal.settings.bench

run() {
  $PY manage.py migrate --no-input -v0
  $PY manage.py load_demo_data >/dev/null
  $PY manage.py generate_bench_data --clear --practices "$N"
  $PY manage.py bench_practices
  $PY manage.py bench_discovery
}

echo "== SQLite"
DATABASE_URL="sqlite:///$PWD/bench.sqlite3" run

PG_URL="${BENCH_PG_URL:-postgres://postgres@127.0.0.1:5432/jos_bench}"
if $PY - "$PG_URL" <<'PYEOF'
import sys, psycopg
from urllib.parse import urlsplit
url = urlsplit(sys.argv[1]); name = url.path.lstrip("/")
try:
    with psycopg.connect(sys.argv[1].replace("/" + name, "/postgres"), autocommit=True) as c:
        if not c.execute("SELECT 1 FROM pg_database WHERE datname=%s", [name]).fetchone():
            c.execute(f'CREATE DATABASE "{name}"')
except psycopg.OperationalError:
    sys.exit(1)
PYEOF
then
  echo; echo "== PostgreSQL"
  DATABASE_URL="$PG_URL" run
else
  echo; echo "PostgreSQL niet bereikbaar op $PG_URL; alleen SQLite gemeten."
fi
