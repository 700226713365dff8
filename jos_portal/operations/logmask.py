"""Secrets in URL paths (the token of an alert link) never reach a log or an error report.

A URL argument named in ``SECRET_URL_KWARGS`` is replaced by ``MASK`` wherever a path is
written down: the JSON request line, gunicorn's access line (through the WSGI environ,
``ENVIRON_KEY``), Django's "Not Found: /path" warnings and the URL and messages of an
error report. The route decides what is secret, so no other path segment is touched.
"""

import logging
import re
from functools import lru_cache
from urllib.parse import unquote

from django.conf import settings
from django.urls import LocalePrefixPattern, Resolver404, URLResolver, get_resolver, resolve
from django.urls.resolvers import RoutePattern
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


@lru_cache(maxsize=1)
def _secret_route_prefixes():
    """The literal start of every route with a secret argument ("volgen/bevestigen/"),
    so that a path without one is never resolved a second time; None when a route is a
    regular expression (then every path is resolved)."""
    prefixes = []

    def walk(patterns, prefix):
        for entry in patterns:
            pattern = entry.pattern
            route = "" if isinstance(pattern, LocalePrefixPattern) else str(pattern)
            if isinstance(entry, URLResolver):
                if walk(entry.url_patterns, prefix + route) is None:
                    return None
                continue
            if not set(pattern.regex.groupindex) & SECRET_URL_KWARGS:
                continue
            if not isinstance(pattern, RoutePattern):
                return None
            prefixes.append((prefix + route).split("<", 1)[0])
        return prefixes

    found = walk(get_resolver().url_patterns, "")
    return None if found is None else tuple(found)


def _may_hold_a_secret(path):
    prefixes = _secret_route_prefixes()
    if prefixes is None:
        return True
    path = unquote(path).lstrip("/")
    language, _slash, rest = path.partition("/")
    return path.startswith(prefixes) or (
        language in dict(settings.LANGUAGES) and rest.startswith(prefixes)
    )


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
    """``path`` with its secret segments masked, found by resolving it (also without its
    trailing slash, which CommonMiddleware's redirect adds)."""
    if not path or not _may_hold_a_secret(path):
        return path
    match = _resolve_any_language(path)
    if match is None and not path.endswith("/"):
        match = _resolve_any_language(path + "/")
    return _replace(path, _secret_values(match))


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
