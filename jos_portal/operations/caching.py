"""Data behind pages (aggregates, lists, related records), cached until content changes.

Every save or delete of a record, tag link, coverage row or page bumps the portal's
content version (jos_portal.operations.pagecache, which the whole-page cache uses too);
cache keys include it, so a published, edited, unpublished or deleted item shows up or
disappears on the next request. Cached values
are plain data and model instances of published records only.
"""

from django.core.cache import cache
from django.utils.translation import get_language

from .pagecache import content_version

TIMEOUT = 600


def cached(name, *parts, compute):
    """compute() cached under the content version, the interface language and parts."""
    version = content_version()
    key = f"data:{name}:{version}:{get_language()}:" + ":".join(str(p) for p in parts)
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, TIMEOUT)
    return value
