"""Secrets in URL paths (the token of an alert link) never reach a log or an error report.

A URL argument named in ``SECRET_URL_KWARGS`` is replaced by ``MASK`` wherever a path is
written down: the JSON request line, gunicorn's access line (through the WSGI environ,
``ENVIRON_KEY``), Django's "Not Found: /path" warnings and the URL and messages of an
error report. The route decides what is secret, so no other path segment is touched.
"""

import logging
import re
from urllib.parse import unquote

from django.conf import settings
from django.urls import Resolver404, resolve
from django.utils import translation

SECRET_URL_KWARGS = frozenset({"token"})
MASK = "…"
# The masked path for gunicorn's access log, left in the WSGI environ by the request log.
ENVIRON_KEY = "jos.log_path"
# A path in free text (a log message, an error text, a URL in a report).
PATH_IN_TEXT = re.compile(r"(\bhttps?://[^/\s\"'<>]+|(?<![\w/.]))(/[^\s\"'<>?#]*)")


def _secret_values(match):
    if match is None:
        return set()
    return {str(v) for k, v in match.kwargs.items() if k in SECRET_URL_KWARGS and v}


def _replace(path, values):
    if not values:
        return path
    return "/".join(MASK if unquote(part) in values else part for part in path.split("/"))


def _resolve_any_language(path):
    """The match of ``path`` under every language prefix (/en/...) the site has."""
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            try:
                match = resolve(unquote(path))
            except (Resolver404, ValueError):
                continue
        if _secret_values(match):
            return match
    return None


def mask_path(path):
    """``path`` with its secret segments masked, found by resolving it."""
    if not path:
        return path
    return _replace(path, _secret_values(_resolve_any_language(path)))


def masked_path(request):
    """The request's path with its secret segments masked; uses the match Django already
    made when there is one."""
    match = getattr(request, "resolver_match", None)
    if match is not None:
        return _replace(request.path, _secret_values(match))
    return mask_path(request.path)


def mask_text(text):
    """Every path in a piece of text with its secret segments masked."""
    if not isinstance(text, str) or "/" not in text:
        return text
    return PATH_IN_TEXT.sub(lambda found: found.group(1) + mask_path(found.group(2)), text)


class MaskSecretPaths(logging.Filter):
    """For Django's request loggers ("Not Found: /path", "Bad Request: /path") and the
    development server's request line: paths in the message are masked before any
    handler (or Sentry's breadcrumb) sees them."""

    def filter(self, record):
        request = getattr(record, "request", None)
        path = getattr(request, "path", None)
        if isinstance(record.args, tuple):
            masked = masked_path(request) if path else None
            record.args = tuple(
                masked if path and arg == path else mask_text(arg) for arg in record.args
            )
        if isinstance(record.msg, str):
            record.msg = mask_text(record.msg)
        return True
