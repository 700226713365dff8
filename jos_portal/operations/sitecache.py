"""Wagtail's site lookup and the site settings, from the cache instead of the database.

Every public request asks which Site it is for (one query) and most pages read the site
settings for the header and footer (one query per settings model). Both change only when
an editor changes a site or its settings, and those saves bump the content version
(jos_portal.operations.pagecache). So for GET and HEAD requests outside the admin this
middleware takes both from the cache under that version, in one round trip, and hands
them to Wagtail the way Wagtail caches them on the request itself. On a miss Wagtail
looks them up as usual (lazily, and only what the page uses) and the middleware keeps
the result. After a change the next request reads the database again.

It sits after CommonMiddleware (only hosts in ALLOWED_HOSTS get a cache key) and after the
page cache and the revalidation middleware, so a cached page or a 304 costs nothing here.
"""

import pickle

from django.apps import apps
from django.core.cache import cache

from wagtail.contrib.settings.models import BaseSiteSetting

from .localcache import LocalCache
from .pagecache import (
    EXCLUDED_PREFIXES,
    VERSION_KEY,
    _request_version,
    content_version,
    version_for_request,
)

TIMEOUT = 600
NO_SITE = "none"
# Not for the admin (editors' previews), files, health checks or the API (no Wagtail page).
SKIPPED_PREFIXES = (*EXCLUDED_PREFIXES, "/api/")


def _settings_models():
    return [
        model
        for model in apps.get_models()
        if issubclass(model, BaseSiteSetting) and not model._meta.abstract
    ]


# The site's root page in its specific form, pickled, per content version: Wagtail's
# router starts every page lookup from ``site.root_page.specific`` (a query each time);
# each request unpickles its own copy (a few dozen microseconds).
_roots = LocalCache(8, max_age=TIMEOUT)


def _specific_root(site, version):
    key = (version, site.root_page_id)
    data = _roots.get(key)
    if data is None:
        root = site.root_page.specific
        _roots.set(key, pickle.dumps(root, pickle.HIGHEST_PROTOCOL))
        return root
    return pickle.loads(data)  # noqa: S301 - bytes this process pickled itself


class CachedSiteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.models = _settings_models()
        # The content version this process saw last: the version and the entries under
        # it are read together, one round trip instead of two while it holds.
        self.last_version = None

    def keys(self, request, version):
        prefix = f"site:{version}:{request.get_host()}:{request.get_port()}"
        keys = {"_wagtail_site": f"{prefix}:site"}
        keys.update(
            (model.get_cache_attr_name(), f"{prefix}:{model._meta.label_lower}")
            for model in self.models
        )
        return keys

    def lookup(self, request):
        """(version, {attribute: key}, {key: value found}) for this request."""
        guess = self.last_version
        if guess is not None and _request_version.get() is None:
            keys = self.keys(request, guess)
            found = cache.get_many([VERSION_KEY, *keys.values()])
            if found.pop(VERSION_KEY, None) == guess:
                return guess, keys, found
        version = content_version()
        self.last_version = version
        keys = self.keys(request, version)
        return version, keys, cache.get_many(list(keys.values()))

    def __call__(self, request):
        if request.method not in ("GET", "HEAD") or request.path.startswith(SKIPPED_PREFIXES):
            return self.get_response(request)
        version, keys, found = self.lookup(request)
        for attr, key in keys.items():
            if key in found:
                value = found[key]
                if attr == "_wagtail_site":
                    value = None if value == NO_SITE else value
                    if value is not None:
                        value.root_page = _specific_root(value, version)
                else:
                    value._request = request  # as Wagtail's for_request does, for page URLs
                setattr(request, attr, value)
        # The page's data and fragment caches use the same version (one read of it).
        with version_for_request(version):
            response = self.get_response(request)
        # What Wagtail looked up itself this time (lazily, as without this middleware) is
        # kept for the next request. The key's version was read before the lookup, so a
        # change during the request can only make the entry newer than its key.
        fresh = {
            key: getattr(request, attr)
            for attr, key in keys.items()
            if key not in found and hasattr(request, attr)
        }
        for value in fresh.values():
            # Page URLs a setting resolved depend on the request's language: not kept.
            if isinstance(value, BaseSiteSetting):
                value._page_url_cache = {}
        if fresh:
            if fresh.get(keys["_wagtail_site"], NO_SITE) is None:
                fresh[keys["_wagtail_site"]] = NO_SITE
            cache.set_many(fresh, TIMEOUT)
        return response
