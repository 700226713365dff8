"""ETag and Last-Modified for feeds, calendars, exports and the sitemap.

The validators cost one or two cache reads, no query: the ETag is the public content
version (jos_portal.operations.pagecache, bumped when anything visitors can see is saved,
published, unpublished or deleted; not by a draft, lock or comment on an existing record)
with a digest of the URL and language, and Last-Modified is the time of that bump. A
client or CDN that revalidates gets 304 Not Modified before the view builds anything.

Conservative by design: any public change makes every feed and export "modified", also
when it does not appear in that particular one; so is creating a new draft record (its
first save is an ordinary save). Never the other way round.
"""

import datetime
import hashlib

from django.conf import settings
from django.utils.cache import get_conditional_response
from django.utils.decorators import method_decorator
from django.utils.http import http_date
from django.utils.translation import get_language
from django.views.decorators.http import condition

from .pagecache import content_changed_at, content_version


def content_etag(request, *args, **kwargs):
    raw = f"{get_language()}|{request.get_full_path()}"
    digest = hashlib.sha256(raw.encode()).hexdigest()[:16]
    # Weak: the same content, not necessarily the same bytes (an .xlsx has a timestamp).
    return f'W/"{content_version()}-{digest}"'


def content_last_modified(request, *args, **kwargs):
    return datetime.datetime.fromtimestamp(content_changed_at(), tz=datetime.UTC)


content_conditional = condition(etag_func=content_etag, last_modified_func=content_last_modified)
# For the feed and calendar routes of pages (stories, events).
content_conditional_method = method_decorator(content_conditional)


class ConditionalContentMiddleware:
    """``condition`` for the views named in ``settings.CONDITIONAL_VIEWS`` (the domain apps'
    feeds and exports, which do not import this shell module).

    ``"practices:list?format"`` means: that view, only when the query string asks for an
    export with ``format``. A 304 is answered before the view runs; a 200 gets the headers.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        validators = getattr(request, "_content_validators", None)
        if validators is not None and response.status_code in (200, 304):
            etag, last_modified = validators
            response.headers.setdefault("ETag", etag)
            response.headers.setdefault("Last-Modified", http_date(last_modified))
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method not in ("GET", "HEAD") or not self.applies(request):
            return None
        etag = content_etag(request)
        last_modified = int(content_last_modified(request).timestamp())
        request._content_validators = (etag, last_modified)
        return get_conditional_response(request, etag=etag, last_modified=last_modified)

    def applies(self, request):
        match = request.resolver_match
        names = getattr(settings, "CONDITIONAL_VIEWS", ())
        if match is None:
            return False
        if match.view_name in names:
            return True
        return f"{match.view_name}?format" in names and bool(request.GET.get("format"))
