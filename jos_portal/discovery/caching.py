"""Cached aggregates of the discovery pages, made stale by any change to content.

Every save or delete of a record, tag link, coverage row or page bumps one version
number (signals connected in apps.py); cache keys include it, so a published, edited,
unpublished or deleted item shows up or disappears on the next request. Cached values
are plain data and model instances of published records only.
"""

from django.core.cache import cache
from django.utils.translation import get_language

VERSION_KEY = "discovery:version"
TIMEOUT = 600
# Apps whose records or links appear on topic, region and search pages.
WATCHED_APPS = {
    "practices",
    "workshops",
    "publications",
    "taxonomy",
    "core",
    "wagtailcore",
    "taggit",
    "discovery",
}


def bump(sender, **kwargs):
    """Signal receiver (post_save, post_delete, m2m_changed): content changed."""
    action = kwargs.get("action")
    if action is not None and not action.startswith("post_"):
        return
    if getattr(getattr(sender, "_meta", None), "app_label", "") not in WATCHED_APPS:
        return
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 1, None)


def cached(name, *parts, compute):
    """compute() cached under the content version, the interface language and parts."""
    version = cache.get_or_set(VERSION_KEY, 1, None)
    key = f"discovery:{name}:{version}:{get_language()}:" + ":".join(str(p) for p in parts)
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, TIMEOUT)
    return value
