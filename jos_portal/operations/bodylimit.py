"""Refuse a request body that is too large (413) before anything reads or stores it.

Django caps form fields (``DATA_UPLOAD_MAX_MEMORY_SIZE``) but writes uploaded files to a
temporary file whatever their size, and CSRF checking already parses the body. This
middleware looks only at ``Content-Length``, so a 200 MB body is turned away before one
byte of it is read. The limits follow the uploads the portal accepts:

- logged-in users in the admin: the largest document or image upload plus
  ``REQUEST_BODY_OVERHEAD`` for the other fields of the form;
- the public submission form: its attachment limit plus the same overhead;
- everything else (the login pages included): ``REQUEST_BODY_MAX_BYTES``.

The proxy in front should cap bodies too (nginx ``client_max_body_size``; see
docs/beveiliging.md), so a slow upload never reaches a worker.
"""

from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest
from django.template.loader import render_to_string
from django.urls import Resolver404, resolve, reverse

# URL names of public views that accept an upload, and the setting with its file limit.
UPLOAD_VIEWS = {"practices:submit": "SUBMISSION_MAX_ATTACHMENT_BYTES"}


def content_length(request):
    """The announced body length (0 when there is none), or None when the header is not a
    length at all (Django would fail on it with a 500)."""
    value = request.META.get("CONTENT_LENGTH") or "0"
    if not (value.isascii() and value.isdigit()):
        return None
    return int(value)


def body_limit(request):
    """The largest body this request may carry."""
    if request.path_info.startswith(reverse("wagtailadmin_home")):
        if request.user.is_authenticated:
            largest = max(
                settings.WAGTAILDOCS_MAX_UPLOAD_SIZE, settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
            )
            return largest + settings.REQUEST_BODY_OVERHEAD
        return settings.REQUEST_BODY_MAX_BYTES
    try:
        view_name = resolve(request.path_info).view_name
    except Resolver404:
        return settings.REQUEST_BODY_MAX_BYTES
    if view_name in UPLOAD_VIEWS:
        return getattr(settings, UPLOAD_VIEWS[view_name]) + settings.REQUEST_BODY_OVERHEAD
    return settings.REQUEST_BODY_MAX_BYTES


class RequestBodyLimitMiddleware:
    """Sits after the authentication middleware (the admin limit is for logged-in users)
    and before anything that reads ``request.POST``."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        length = content_length(request)
        if length is None:
            return HttpResponseBadRequest("Ongeldige Content-Length.", content_type="text/plain")
        # Most requests have no body or a small one: no URL lookup for them.
        if length > settings.REQUEST_BODY_MAX_BYTES and length > body_limit(request):
            return HttpResponse(
                render_to_string("413.html"),
                status=413,
            )
        return self.get_response(request)
