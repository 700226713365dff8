"""Health endpoints for load balancers and orchestration, and security.txt (RFC 9116)."""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.core.files.storage import FileSystemStorage, default_storage
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor
from django.http import HttpResponse, JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

logger = logging.getLogger(__name__)


@never_cache
@require_GET
def healthz(request):
    """The process is up and answering; touches neither database nor cache."""
    return JsonResponse({"status": "ok"})


def _check_database():
    connection = connections[DEFAULT_DB_ALIAS]
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    executor = MigrationExecutor(connection)
    pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
    return {"database": "ok", "migrations": "ok" if not pending else f"{len(pending)} open"}


def _check_storage():
    """The object store answers (only when uploads live there; local disk is the process's
    own). A HEAD on a key that need not exist: a reachable store says 'no'."""
    if isinstance(default_storage, FileSystemStorage):
        return {}
    default_storage.exists("readyz")
    return {"storage": "ok"}


def task_queue():
    """Waiting tasks and the age of the oldest, with the database task backend; else None.
    Informative: a backlog says the worker is down or behind, not that this node is."""
    if "django_tasks_db" not in settings.TASKS["default"]["BACKEND"]:
        return None
    from django_tasks_db.models import DBTaskResult

    waiting = DBTaskResult.objects.ready()
    oldest = waiting.order_by("enqueued_at").values_list("enqueued_at", flat=True).first()
    return {
        "waiting": waiting.count(),
        "oldest_seconds": int((timezone.now() - oldest).total_seconds()) if oldest else 0,
    }


def _check_cache():
    key = "operations:readyz"
    cache.set(key, "1", 10)
    if cache.get(key) != "1":
        raise ConnectionError("cache gaf de geschreven waarde niet terug")
    return {"cache": "ok"}


@never_cache
@require_GET
def readyz(request):
    """Ready for traffic: database reachable, migrations applied, cache reachable, and the
    object store reachable when uploads live there. With the database task backend it also
    reports the task queue (waiting tasks, oldest in seconds), without failing on it.

    Answers 503 with the failing checks named (never the error text: it can hold hosts
    or credentials) so a load balancer takes the instance out until it recovers.
    """
    checks, ready = {}, True
    for name, check in (
        ("database", _check_database),
        ("cache", _check_cache),
        ("storage", _check_storage),
    ):
        try:
            result = check()
        except Exception as error:  # noqa: BLE001 - any failure means "not ready"
            logger.warning("readyz: %s niet bereikbaar (%s)", name, type(error).__name__)
            checks[name] = "fout"
            ready = False
            continue
        checks.update(result)
        if any(value != "ok" for value in result.values()):
            ready = False
    body = {"status": "ok" if ready else "niet gereed", "checks": checks}
    if checks.get("database") == "ok" and (queue := task_queue()) is not None:
        body["task_queue"] = queue
    return JsonResponse(body, status=200 if ready else 503)


@require_GET
def security_txt(request):
    """Where to report a vulnerability; the expiry moves along so it never lapses."""
    expires = (timezone.now() + timedelta(days=180)).replace(microsecond=0)
    lines = [
        f"Contact: {settings.SECURITY_CONTACT}",
        f"Expires: {expires.strftime('%Y-%m-%dT%H:%M:%SZ')}",
        "Preferred-Languages: nl, en",
        f"Canonical: {request.build_absolute_uri('/.well-known/security.txt')}",
    ]
    if settings.SECURITY_POLICY_URL:
        lines.append(f"Policy: {settings.SECURITY_POLICY_URL}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
