"""Data behind pages (aggregates, lists, related records), cached until content changes.

Every save or delete of a record, tag link, coverage row or page bumps the portal's
content version (jos_portal.operations.pagecache, which the whole-page cache uses too);
cache keys include it, so a published, edited, unpublished or deleted item shows up or
disappears on the next request. Cached values
are plain data and model instances of published records only.
"""

import pickle
import time

from django.core.cache import cache
from django.utils.translation import get_language

from .localcache import LocalCache
from .pagecache import content_version

TIMEOUT = 600


def cached(name, *parts, compute, local=False):
    """compute() cached under the content version, the interface language and parts.

    ``local``: also keep a copy in this process (pickled, so every request gets its own
    objects), for values a page reads on every request: a repeat costs no round trip.
    The copy expires when the shared entry would (TIMEOUT after it was computed).
    """
    version = content_version()
    key = f"data:{name}:{version}:{get_language()}:" + ":".join(str(p) for p in parts)
    if not local:
        value = cache.get(key)
        if value is None:
            value = compute()
            cache.set(key, value, TIMEOUT)
        return value
    data = _local.get(key)
    if data is None:
        # The shared entry holds (when it was computed, pickled value).
        found = cache.get("local-" + key)
        if isinstance(found, tuple) and len(found) == 2:
            made, data = found
        else:
            made = time.time()
            data = pickle.dumps(compute(), pickle.HIGHEST_PROTOCOL)
            cache.set("local-" + key, (made, data), TIMEOUT)
        _local.set(key, data, age=time.time() - made)
    return pickle.loads(data)  # noqa: S301 - bytes this site pickled itself


_local = LocalCache(256, max_age=lambda: TIMEOUT)
