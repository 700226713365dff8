"""Prometheus metrics on /metrics, for the monitoring of the operator only.

Counted per request (in RequestLogMiddleware): requests by method and status class,
latency by kind of page, page-cache hits and misses; read at each scrape: the task queue.
Nothing identifies a visitor (no path, no address). The endpoint answers only to the
addresses in ``METRICS_ALLOWED_IPS`` (the client address as the lock-out sees it) and is a
404 for everyone else.

Under gunicorn every worker counts for itself; with ``PROMETHEUS_MULTIPROC_DIR`` set (an
empty folder, emptied at each start) a scrape adds up all workers (prometheus_client's
multiprocess mode, see gunicorn.conf.py).
"""

import ipaddress
import os

from django.conf import settings
from django.http import Http404, HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
)

from .clientip import client_ip, trusted_networks

METHODS = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"}
REQUESTS = Counter(
    "jos_http_requests_total", "Requests by method and status class", ["method", "status"]
)
LATENCY = Histogram(
    "jos_http_request_duration_seconds",
    "Time to answer a request, by kind of page",
    ["kind"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)
PAGE_CACHE = Counter("jos_page_cache_total", "Page-cache lookups by result", ["result"])


def kind_of(path):
    for prefix, kind in (
        ("/admin/", "admin"),
        ("/api/", "api"),
        ("/static/", "static"),
        ("/documenten/", "document"),
    ):
        if path.startswith(prefix):
            return kind
    return "page"


def observe(request, response, seconds):
    if request.path == "/metrics":
        return
    method = request.method if request.method in METHODS else "other"
    REQUESTS.labels(method, f"{response.status_code // 100}xx").inc()
    LATENCY.labels(kind_of(request.path)).observe(seconds)
    result = response.get("X-Cache")
    if result in ("hit", "miss"):
        PAGE_CACHE.labels(result).inc()


def _task_queue_lines():
    from .views import task_queue

    queue = task_queue()
    if queue is None:
        return b""
    return (
        "# HELP jos_task_queue_waiting Tasks waiting for the worker\n"
        "# TYPE jos_task_queue_waiting gauge\n"
        f"jos_task_queue_waiting {queue['waiting']}\n"
        "# HELP jos_task_queue_oldest_seconds Age of the oldest waiting task\n"
        "# TYPE jos_task_queue_oldest_seconds gauge\n"
        f"jos_task_queue_oldest_seconds {queue['oldest_seconds']}\n"
    ).encode()


def allowed(request):
    try:
        address = ipaddress.ip_address(client_ip(request))
    except ValueError:
        return False
    networks = trusted_networks(tuple(settings.METRICS_ALLOWED_IPS))
    return any(address in network for network in networks)


@never_cache
@require_GET
def metrics_view(request):
    if not allowed(request):
        raise Http404
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
    else:
        registry = REGISTRY
    body = generate_latest(registry) + _task_queue_lines()
    return HttpResponse(body, content_type=CONTENT_TYPE_LATEST)
