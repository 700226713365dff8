"""Whole-page cache for anonymous visitors, invalidated by any change to public content.

Every public page here shows records of several kinds (a practice appears on its list,
its detail, its topic, region and factor pages, the home page, search, feeds and the
sitemap), so the cache keys carry one *content version*. Saving, publishing,
unpublishing or deleting anything visitors can see bumps it, and every cached page is
stale at once: never a stale page, at the price of rebuilding pages after each edit
(edits are rare, reads are many). Editors (anyone with a session cookie) and the admin,
including previews, never get or fill cached pages. Responses that set a cookie, carry
a CSP nonce, are private or streaming are not stored.

Two middleware share the work. ``PageCacheHitMiddleware`` sits high in the stack, after
the logging, security, CSP, WhiteNoise and CORS middleware and the scheduled-publishing
turn, and answers a hit there: a hit skips sessions, CSRF, authentication, the second
factor and messages, which do nothing for a request without a session or messages cookie
and without a body (see HIT_SKIPS), and gets the response-side work of the locale, common
and conditional-GET middleware it passes (HIT_RUNS), so it leaves with the same headers as
before. ``AnonymousPageCacheMiddleware`` sits deeper and stores the pages the first one
missed, under the key it already computed.
"""

import hashlib
import logging
import pickle
import time
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils.cache import get_max_age, patch_response_headers, set_response_etag
from django.utils.module_loading import import_string
from django.utils.translation import get_language

from .bodylimit import content_length
from .localcache import LocalCache
from .release import release

logger = logging.getLogger(__name__)

# One content version per release of the code: a deploy (new templates, new names of the
# hashed static files) starts a fresh version, so nothing the previous code cached (pages,
# fragments, data, ETags) is served by the new code, and Last-Modified moves with it.
VERSION_KEY = f"pages:content-version:{release()}"
CHANGED_KEY = "pages:content-changed-at"
# Saves that only touch an editor's draft, lock or comments: nothing visitors see changes.
DRAFT_ONLY_FIELDS = {
    "latest_revision",
    "latest_revision_created_at",
    "draft_title",
    "has_unpublished_changes",
    "wagtail_admin_comments",
    "locked",
    "locked_at",
    "locked_by",
}
# Apps whose every model is public content (pages, records, vocabularies, settings).
CONTENT_APPS = {
    "core",
    "taxonomy",
    "discovery",
    "practices",
    "workshops",
    "publications",
    "stories",
    "events",
    "scan",
    "taggit",
    "wagtaildocs",
    "wagtailredirects",
}
# Models elsewhere that change what visitors see.
CONTENT_MODELS = {
    "wagtailcore.page",
    "wagtailcore.site",
    "wagtailcore.pageviewrestriction",
    "wagtailcore.collectionviewrestriction",
    # Their groups (a restriction "only for these groups" changes who may see what).
    "wagtailcore.pageviewrestriction_groups",
    "wagtailcore.collectionviewrestriction_groups",
    "wagtailimages.image",
    # Editors' picks shown on the search page.
    "wagtailsearchpromotions.query",
    "wagtailsearchpromotions.searchpromotion",
}
CACHED_TYPES = ("text/html", "application/atom+xml", "application/xml", "text/xml")
EXCLUDED_PREFIXES = ("/admin/", "/documenten/", "/static/", "/media/", "/healthz", "/readyz")


def _fresh_version():
    # Starts from the clock, so a version after a cache flush or a deploy is above every
    # earlier one and an ETag handed out before can never match by accident. What visitors
    # get may have changed: Last-Modified moves on too.
    now = time.time()
    cache.set(CHANGED_KEY, now, None)
    return int(now * 1000)


# The version a GET request already read (set by CachedSiteMiddleware for the rest of the
# request): the data and fragment caches of one page then share one read of it.
_request_version = ContextVar("pagecache_request_version", default=None)


def content_version():
    known = _request_version.get()
    if known is not None:
        return known
    return cache.get_or_set(VERSION_KEY, _fresh_version, None)


@contextmanager
def version_for_request(version):
    """Within the block, content_version() answers ``version`` without asking the cache."""
    token = _request_version.set(version)
    try:
        yield
    finally:
        _request_version.reset(token)


def content_changed_at():
    """When public content last changed (seconds since the epoch), for Last-Modified.

    Unknown after a cache flush: then "now", which is never too early.
    """
    return cache.get_or_set(CHANGED_KEY, time.time, None)


def bump_content_version(**kwargs):
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, _fresh_version(), None)
    cache.set(CHANGED_KEY, time.time(), None)


def _is_content(sender):
    meta = getattr(sender, "_meta", None)
    if meta is None:
        return False
    if meta.app_label in CONTENT_APPS or meta.label_lower in CONTENT_MODELS:
        return True
    # Page types of any app (a Page subclass saves under its own class).
    return any(parent._meta.label_lower == "wagtailcore.page" for parent in meta.get_parent_list())


def _on_change(sender, **kwargs):
    action = kwargs.get("action")  # m2m_changed: count each change once, after it
    if action is not None and not action.startswith("post_"):
        return
    update_fields = kwargs.get("update_fields")
    if update_fields and set(update_fields) <= DRAFT_ONLY_FIELDS:
        return
    if _is_content(sender):
        bump_content_version()
        _bump_again_after_commit()


def _bump_after_commit():
    bump_content_version()


def _bump_again_after_commit():
    """Bump once more when the surrounding transaction commits: a visitor whose page was
    built between the save and the commit read the old rows, and cached them under the
    new version; the second bump makes that entry unreachable. One callback per
    transaction, however many rows it saves; outside a transaction on_commit runs it at
    once (a harmless second bump)."""
    connection = transaction.get_connection()
    if connection.in_atomic_block and any(
        entry[1] is _bump_after_commit for entry in connection.run_on_commit
    ):
        return
    transaction.on_commit(_bump_after_commit)


def connect_signals():
    from wagtail.signals import page_published, page_unpublished, post_page_move

    post_save.connect(_on_change, dispatch_uid="pagecache-save")
    post_delete.connect(_on_change, dispatch_uid="pagecache-delete")
    m2m_changed.connect(_on_change, dispatch_uid="pagecache-m2m")
    page_published.connect(bump_content_version, dispatch_uid="pagecache-published")
    page_unpublished.connect(bump_content_version, dispatch_uid="pagecache-unpublished")
    post_page_move.connect(bump_content_version, dispatch_uid="pagecache-moved")


def _cache_key(request, version):
    raw = f"{version}|{request.get_host()}|{request.get_full_path()}|{get_language()}"
    return "pages:" + hashlib.sha256(raw.encode()).hexdigest()


# The content version this process saw last: a guess that lets a lookup read the
# version and the page stored under it in one round trip to the cache.
_last_version = None


def lookup(request):
    """(key, cached response or None) for this request under the current content version.

    Usually one round trip: the version and the page under the version this process saw
    last, read together (Redis MGET, one consistent read). When the version has moved on,
    a second read under the new one. Never a page of an older version.
    """
    global _last_version
    version = None
    guess = _last_version
    if guess is not None:
        guess_key = _cache_key(request, guess)
        local = _local_pages.get(guess_key)
        if local is not None and time.monotonic() - local[0] < LOCAL_PAGE_SECONDS:
            # This process has the page of that version: only the version is read.
            version = cache.get(VERSION_KEY)
            if version == guess:
                return guess_key, pickle.loads(local[1])  # noqa: S301 - our own bytes
        else:
            found = cache.get_many([VERSION_KEY, guess_key])
            version = found.get(VERSION_KEY)
            if version == guess:
                return guess_key, _remember(guess_key, found.get(guess_key))
    if version is None:
        version = content_version()
    _last_version = version
    key = _cache_key(request, version)
    return key, _remember(key, cache.get(key))


# Pages this process served last, pickled, by key. A key holds the content version, so
# the page under it never changes: a repeat hit reads only the version from the cache
# (a few bytes) instead of the whole page, and unpickles its own copy. A copy is used for
# LOCAL_PAGE_SECONDS after it was read, so a page that expired in the shared cache (pages
# that change with the clock, such as the next events) lives at most that much longer.
LOCAL_PAGES = 64
LOCAL_PAGE_SECONDS = 10
# Thread-safe (a lock around every change of order); the age is checked in lookup(), so
# a test can shorten LOCAL_PAGE_SECONDS. The cache's own limit is only a backstop.
_local_pages = LocalCache(LOCAL_PAGES, max_age=24 * 3600)


def _remember(key, response):
    if response is not None:
        _local_pages.set(key, (time.monotonic(), pickle.dumps(response, pickle.HIGHEST_PROTOCOL)))
    return response


def _timeout():
    return getattr(settings, "PAGE_CACHE_SECONDS", 600)


def cacheable_request(request):
    return (
        _timeout() > 0
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES  # a page may show flashed messages
        and not request.path.startswith(EXCLUDED_PREFIXES)
        and len(request.get_full_path()) <= 2000
    )


# Between PageCacheHitMiddleware and AnonymousPageCacheMiddleware, every middleware is in
# one of these two sets (a test holds MIDDLEWARE to it), so a new one gets a decision.
# Run on a hit, in MIDDLEWARE order: they change the response of a cached page
# (Content-Language and Vary, Content-Length, 304 to a revalidation).
LOCALE = "django.middleware.locale.LocaleMiddleware"
HIT_RUNS = {
    LOCALE,
    "django.middleware.common.CommonMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
}
# Skipped on a hit: nothing to do for a GET/HEAD without a body, a session cookie or a
# messages cookie that no view handles. The session is never read (no Vary: Cookie),
# a CSRF cookie is only set when a view asks for a token, the user stays anonymous and
# unread, the body limit has no body to refuse, the second factor guards the admin
# (never cached), and there are no messages to show or store.
HIT_SKIPS = {
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "jos_portal.operations.bodylimit.RequestBodyLimitMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "jos_portal.accounts.middleware.RequireTwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
}
HIT_MIDDLEWARE = "jos_portal.operations.pagecache.PageCacheHitMiddleware"
STORE_MIDDLEWARE = "jos_portal.operations.pagecache.AnonymousPageCacheMiddleware"


def _the_hit(request):
    return request._page_cache_hit


class PageCacheHitMiddleware:
    """Answer a page-cache hit before the middleware an anonymous hit does not need.

    Placed after ScheduledPublishingMiddleware (which may make every page stale first)
    and before the session middleware; the outer logging, security, CSP and CORS
    middleware still see the cached response on its way out.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        between = []
        if HIT_MIDDLEWARE in settings.MIDDLEWARE and STORE_MIDDLEWARE in settings.MIDDLEWARE:
            start = settings.MIDDLEWARE.index(HIT_MIDDLEWARE) + 1
            between = settings.MIDDLEWARE[start : settings.MIDDLEWARE.index(STORE_MIDDLEWARE)]
        runs = [path for path in between if path in HIT_RUNS]
        self.serve_hit = _the_hit
        for path in reversed(runs):
            self.serve_hit = import_string(path)(self.serve_hit)
        # The language is part of the key; the locale middleware decides it (from the path).
        self.locale = import_string(LOCALE)(_the_hit) if LOCALE in runs else None

    def __call__(self, request):
        if not cacheable_request(request) or content_length(request) != 0:
            return self.get_response(request)
        if self.locale is not None:
            self.locale.process_request(request)
        key, cached = lookup(request)
        if cached is None:
            request._page_cache_key = key  # looked up and missed: the store only stores
            return self.get_response(request)
        cached["X-Cache"] = "hit"
        request._page_cache_hit = cached
        return self.serve_hit(request)


class AnonymousPageCacheMiddleware:
    """Serve and store whole pages for anonymous GET/HEAD requests.

    Sits after the session, locale and auth middleware, so cached responses still pass
    the outer security, CSP and logging middleware on their way out. When
    PageCacheHitMiddleware already looked the page up and missed, it only stores.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    @property
    def timeout(self):
        return _timeout()

    def cacheable_request(self, request):
        return cacheable_request(request)

    def __call__(self, request):
        if not self.cacheable_request(request):
            return self.get_response(request)
        key = getattr(request, "_page_cache_key", None)
        if key is None:
            key = _cache_key(request, content_version())
            cached = cache.get(key)
            if cached is not None:
                cached["X-Cache"] = "hit"
                return cached
        response = self.get_response(request)
        if self.cacheable_response(request, response):
            patch_response_headers(response, cache_timeout=min(self.timeout, 60))
            if request.method == "GET" and not response.has_header("ETag"):
                # The ETag the conditional-GET middleware would otherwise hash from the
                # body on every hit (the same value, computed once).
                set_response_etag(response)
            cache.set(key, response, self.timeout)
            response["X-Cache"] = "miss"
        return response

    def cacheable_response(self, request, response):
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        if getattr(request, "_csp_nonce", None):  # a nonce must never be shared
            return False
        if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):  # a form with a per-visitor token
            return False
        if not response.get("Content-Type", "").startswith(CACHED_TYPES):
            return False
        cache_control = response.get("Cache-Control", "")
        if "private" in cache_control or "no-store" in cache_control:
            return False
        return get_max_age(response) != 0
