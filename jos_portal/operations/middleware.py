"""One structured log line per request: method, route, status and duration.

Privacy: no IP address, no query string (it can hold a search term or an e-mail
address typed into a form), no user name; the user is only "editor" or "anonymous". The
secret token of an alert link is masked in the path (operations/logmask.py), here and in
gunicorn's access line, which takes the masked path from the WSGI environ.
"""

import json
import logging
import sys
import time

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.views import defaults

from . import metrics
from .logmask import ENVIRON_KEY, masked_path

logger = logging.getLogger("jos.requests")


class RequestLogMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        response = self.get_response(request)
        seconds = time.perf_counter() - started
        duration_ms = seconds * 1000
        metrics.observe(request, response, seconds)
        user = getattr(request, "user", None)
        path = masked_path(request)
        request.META[ENVIRON_KEY] = path
        record = {
            "method": request.method,
            "path": path[:300],
            "status": response.status_code,
            "ms": round(duration_ms, 1),
            "user": "editor" if user is not None and user.is_authenticated else "anonymous",
        }
        level = logging.ERROR if response.status_code >= 500 else logging.INFO
        logger.log(level, json.dumps(record, ensure_ascii=False), extra={"request_data": record})
        return response


class DatabaseUnavailableMiddleware:
    """A friendly 503 with Retry-After when the database cannot be reached, not a 500.

    The connection timeout (settings) keeps this fast; Django's connection health checks
    reconnect by themselves once the database is back, so no restart is needed.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not is_unreachable(exception):
            return None
        return database_unavailable(request, exception)


# SQLSTATE classes of a database that is away or overloaded: connection exception (08),
# insufficient resources (53, "too many connections"), operator intervention (57: shutdown,
# statement timeout).
UNAVAILABLE_SQLSTATES = ("08", "53", "57")
# SQLite reports a missing file, a lock held too long or a failing disk as OperationalError,
# but also a query on a column or table that does not exist: that is a bug, not an outage.
SQLITE_UNAVAILABLE = ("unable to open", "database is locked", "disk i/o", "readonly database")


def is_unreachable(exception):
    """Whether a database error means "not reachable now" (a 503 with Retry-After) rather
    than a bug (a 500 that reaches the error report)."""
    if not isinstance(exception, OperationalError | InterfaceError):
        return False
    cause = exception.__cause__
    if type(cause).__module__ == "sqlite3":
        message = str(cause).lower()
        return any(fragment in message for fragment in SQLITE_UNAVAILABLE)
    sqlstate = getattr(cause, "sqlstate", None) or getattr(cause, "pgcode", None)
    if sqlstate:
        return sqlstate.startswith(UNAVAILABLE_SQLSTATES)
    return True  # no code: the driver could not talk to the server at all


def database_unavailable(request, exception):
    """The friendly 503 page, logged without the error text (it can name hosts)."""
    logging.getLogger("jos.database").error(
        "Database onbereikbaar bij %s %s (%s)",
        request.method,
        masked_path(request)[:300],
        type(exception).__name__,
    )
    response = HttpResponse(render_to_string("503.html"), status=503)
    response["Retry-After"] = "30"
    response["Cache-Control"] = "no-store"
    return response


def server_error(request):
    """handler500: a database error raised outside a view (by the session middleware
    for a logged-in editor, say) also gets the friendly 503 instead of a 500."""
    exception = sys.exc_info()[1]
    if is_unreachable(exception):
        return database_unavailable(request, exception)
    return defaults.server_error(request)


# Wagtail's preview panel shows these admin views in a frame of the edit screen itself.
ADMIN_PREVIEW_URL_NAMES = {"preview_on_add", "preview_on_edit", "workflow_preview"}


class AdminPreviewFrameMiddleware:
    """Let the admin's own edit screen frame its preview (``SAMEORIGIN``); every other
    response keeps ``X-Frame-Options: DENY`` and no other site may frame a preview.

    Listed after Django's ``XFrameOptionsMiddleware``, so it sets the header first and
    Django's middleware leaves it alone. Wagtail renders a preview by sending a made-up
    request for the public URL through the whole middleware stack, so the preview also
    arrives with the public site's ``frame-ancestors 'none'``: that becomes ``'self'``.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        match = getattr(request, "resolver_match", None)
        if (
            match is not None
            and match.url_name in ADMIN_PREVIEW_URL_NAMES
            and request.path.startswith("/admin/")
        ):
            response["X-Frame-Options"] = "SAMEORIGIN"
            policy = response.get("Content-Security-Policy")
            if policy:
                response["Content-Security-Policy"] = policy.replace(
                    "frame-ancestors 'none'", "frame-ancestors 'self'"
                )
        return response
