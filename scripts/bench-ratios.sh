#!/usr/bin/env bash
# Throughput of every kind of page against a bare Django view and a static file, in one
# run, on PostgreSQL with Redis and gunicorn with production settings (docs/metingen.md).
# Usage: scripts/bench-ratios.sh [--practices N] [--duration S] [--rounds R] [--compare-early-hit]
# (default 10000 practices, 5 s per row, 3 rounds: each row shows its median run and the
# median of its ratios per round, so changes in the load of a shared machine cancel out)
# Environment: BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/jos_bench_<N>),
# BENCH_REDIS_URL (default redis://127.0.0.1:6379/3, keys under the prefix "bench<N>"),
# WEB_CONCURRENCY (default 5 sync workers). The database gets the demo content plus N bench
# practices when it does not have them yet; the portal's own database is not touched.
set -euo pipefail
cd "$(dirname "$0")/.."
COMMAND_LINE="scripts/bench-ratios.sh $*"
N=10000
DURATION=5
ROUNDS=3
COMPARE=()
while [ $# -gt 0 ]; do
  case "$1" in
    --practices) N="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --rounds) ROUNDS="$2"; shift 2 ;;
    --compare-early-hit) COMPARE=(--late-hit-url http://127.0.0.1:8813); shift ;;
    *) echo "Onbekende optie: $1" >&2; exit 2 ;;
  esac
done
PY=.venv/bin/python
PG_URL="${BENCH_PG_URL:-postgres://postgres@127.0.0.1:5432/jos_bench_$N}"
export DATABASE_URL="$PG_URL"
export REDIS_URL="${BENCH_REDIS_URL:-redis://127.0.0.1:6379/3}"
export CACHE_KEY_PREFIX="${BENCH_CACHE_KEY_PREFIX:-bench$N}"

$PY - "$PG_URL" <<'PYEOF'
import sys, psycopg
from urllib.parse import urlsplit
url = urlsplit(sys.argv[1]); name = url.path.lstrip("/")
try:
    with psycopg.connect(sys.argv[1].replace("/" + name, "/postgres"), autocommit=True) as c:
        if not c.execute("SELECT 1 FROM pg_database WHERE datname=%s", [name]).fetchone():
            c.execute(f'CREATE DATABASE "{name}"')
except psycopg.OperationalError as error:
    sys.exit(f"PostgreSQL niet bereikbaar op {sys.argv[1]}: {error}")
PYEOF

# Data preparation with the bench settings (no secrets needed).
prep() { DJANGO_SETTINGS_MODULE=jos_portal.settings.bench $PY manage.py "$@"; }
prep migrate --no-input -v0
HAVE=$(prep shell --no-imports -c "from practices.models import Practice; print(Practice.objects.filter(slug__startswith='bench-').count())" | tail -n 1)
if [ "$HAVE" != "$N" ]; then
  echo "Database voorbereiden: demo-inhoud en $N praktijkvoorbeelden (eenmalig, duurt even)..."
  prep load_demo_data >/dev/null
  prep generate_bench_data --clear --practices "$N"
fi

# Two servers with production settings (plain HTTP on loopback, as in
# scripts/serve-local-production.sh): one with the page cache, one without.
if [ ! -s .local-secret-key ]; then
  $PY -c "import secrets; print(secrets.token_urlsafe(64))" > .local-secret-key
  chmod 600 .local-secret-key
fi
export SECRET_KEY="$(cat .local-secret-key)"
export DJANGO_SETTINGS_MODULE=jos_portal.settings.bench_server
export ALLOWED_HOSTS=127.0.0.1,localhost SECURE_SSL_REDIRECT=0 SECURE_HSTS_SECONDS=0
export WEB_CONCURRENCY="${WEB_CONCURRENCY:-5}"
$PY manage.py collectstatic --no-input -v0
LOGS=$(mktemp -d)
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT
GUNICORN_BIND=127.0.0.1:8811 PAGE_CACHE_SECONDS=600 .venv/bin/gunicorn -c gunicorn.conf.py \
  >"$LOGS/cached.log" 2>&1 &
PIDS+=($!)
GUNICORN_BIND=127.0.0.1:8812 PAGE_CACHE_SECONDS=0 .venv/bin/gunicorn -c gunicorn.conf.py \
  >"$LOGS/uncached.log" 2>&1 &
PIDS+=($!)
PORTS="8811 8812"
if [ ${#COMPARE[@]} -gt 0 ]; then
  # Page-cache hits through the whole middleware stack, as before PageCacheHitMiddleware.
  GUNICORN_BIND=127.0.0.1:8813 PAGE_CACHE_SECONDS=600 BENCH_LATE_PAGE_CACHE_HIT=1 \
    .venv/bin/gunicorn -c gunicorn.conf.py >"$LOGS/late-hit.log" 2>&1 &
  PIDS+=($!)
  PORTS="$PORTS 8813"
fi
for port in $PORTS; do
  for _ in $(seq 1 120); do
    if $PY -c "import urllib.request as u; u.urlopen('http://127.0.0.1:$port/healthz', timeout=2)" 2>/dev/null; then
      break
    fi
    sleep 0.5
  done
done
echo "Servers draaien (logboeken in $LOGS)."
# The measuring client runs with the bench settings: it only reads which practice to open.
DJANGO_SETTINGS_MODULE=jos_portal.settings.bench $PY manage.py bench_ratios \
  --cached-url http://127.0.0.1:8811 --uncached-url http://127.0.0.1:8812 \
  --duration "$DURATION" --rounds "$ROUNDS" --command-line "$COMMAND_LINE" "${COMPARE[@]}"
