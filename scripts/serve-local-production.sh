#!/usr/bin/env bash
# Serve the portal with production settings and gunicorn on loopback, for load tests.
# Plain HTTP on 127.0.0.1, so the HTTPS redirect and HSTS are off; the secret key is a
# local throw-away one kept in .local-secret-key (never use this for a real deployment).
# DATABASE_URL and REDIS_URL are taken from the environment as usual (default SQLite).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
if [ ! -s .local-secret-key ]; then
  $PY -c "import secrets; print(secrets.token_urlsafe(64))" > .local-secret-key
  chmod 600 .local-secret-key
fi
export DJANGO_SETTINGS_MODULE=jos_portal.settings.production
export SECRET_KEY="$(cat .local-secret-key)"
export ALLOWED_HOSTS="${ALLOWED_HOSTS:-127.0.0.1,localhost}"
export SECURE_SSL_REDIRECT=0 SECURE_HSTS_SECONDS=0
export GUNICORN_BIND="${GUNICORN_BIND:-127.0.0.1:${PORT:-8001}}"
$PY manage.py collectstatic --no-input -v0
$PY manage.py migrate --no-input -v0
exec .venv/bin/gunicorn -c gunicorn.conf.py
