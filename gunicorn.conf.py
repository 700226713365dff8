"""Gunicorn settings for production (``gunicorn -c gunicorn.conf.py``); all from the environment.

Sync workers: the portal does short database-bound requests, and a worker that hangs
is killed after TIMEOUT seconds instead of holding a slot. Access log goes to stdout
(the portal's own JSON request line carries status and duration; this one the client).
"""

import multiprocessing
import os

wsgi_app = "jos_portal.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "20"))
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "5"))
# Recycle workers now and then so a slow leak never grows unbounded. Under even load the
# workers reach the limit together; with a jitter of 10% they all restarted within two
# seconds in the load test and every queued request waited for cold workers (50 time-outs
# in 60 s). A jitter of half the limit spreads the restarts over minutes.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "10000"))
max_requests_jitter = int(os.environ.get("GUNICORN_MAX_REQUESTS_JITTER", "5000"))
# Load Django once in the master: a (re)started worker is forked ready instead of
# importing Wagtail and the portal itself (seconds on a busy machine). Django opens no
# database connection while loading, so no connection is shared between workers.
preload_app = os.environ.get("GUNICORN_PRELOAD", "1") == "1"
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# No client address in the access log (privacy): method, path, status, size, duration.
# The path without its query string, and with an alert's token masked
# (jos_portal/operations/accesslog.py).
access_log_format = '"%(m)s %(U)s %(H)s" %(s)s %(b)s %(M)sms'
logger_class = "jos_portal.operations.accesslog.AccessLogger"
# Heartbeat files in memory, not on a possibly slow disk (gunicorn creates them with
# mkstemp, so a shared directory is safe here).
SHM = "/dev/shm"  # noqa: S108
worker_tmp_dir = SHM if os.path.isdir(SHM) else None
# Proxies whose X-Forwarded-Proto gunicorn believes: the portal's TRUSTED_PROXIES unless
# FORWARDED_ALLOW_IPS says otherwise.
forwarded_allow_ips = (
    os.environ.get("FORWARDED_ALLOW_IPS") or os.environ.get("TRUSTED_PROXIES") or "127.0.0.1"
)
# gunicorn's control socket (for ``gunicornc``) has one default path per user, so a second
# instance on the machine would take it over and the first would delete it on exit. Off,
# unless GUNICORN_CONTROL_SOCKET names a path for this instance.
control_socket = os.environ.get("GUNICORN_CONTROL_SOCKET", "")
control_socket_disable = not control_socket


def post_fork(server, worker):
    """Belt and braces for preload_app: a worker never inherits the master's connections."""
    if preload_app:
        from django.db import connections

        connections.close_all()


def child_exit(server, worker):
    """With PROMETHEUS_MULTIPROC_DIR, a stopped worker's live gauges stop counting."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(worker.pid)
