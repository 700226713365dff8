"""A Redis cache that degrades to "no cache" when Redis is down, instead of a 500, and
clears only its own keys.

Every read then misses and every write is dropped, so pages are built from the database
(slower, but correct). One warning per minute at most says so in the log.

After a failure the cache is skipped for ``SKIP_SECONDS`` before Redis is tried again:
a page makes a dozen cache calls, and paying a refused connection (or, on a dead
network, the 0.5 s socket time-out) for each of them made pages three times slower than
no cache at all in the fault test.

Clearing deletes only the keys under this site's key prefix and version (found with SCAN,
deleted in batches), never the whole Redis database: other sites, a second portal on the
same Redis or the live site next to a restore test keep their keys.
"""

import logging
import re
import time

from django.core.cache import DEFAULT_CACHE_ALIAS, caches
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache, RedisCacheClient

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)
FAILURES = (RedisConnectionError, RedisTimeoutError, OSError)
SKIP_SECONDS = 2.0
SCAN_BATCH = 1000
_last_warning = 0.0
# Per Redis location, the monotonic time until which it is skipped (per process: the
# cache objects themselves are per thread).
_skip_until = {}


def _warn(operation, error):
    global _last_warning
    now = time.monotonic()
    if now - _last_warning > 60:
        _last_warning = now
        logger.warning(
            "Cache onbereikbaar (%s bij %s); pagina's worden zonder cache gebouwd.",
            type(error).__name__,
            operation,
        )


def own_keys_pattern(cache):
    """A SCAN pattern for every key this cache writes (its prefix and version), with the
    pattern's special characters in the prefix escaped."""
    return re.sub(r"([\\*?\[\]])", r"\\\1", cache.make_key("")) + "*"


def delete_own_keys(cache):
    """Delete this cache's keys from Redis and nothing else; the number deleted."""
    client = cache._cache.get_client(write=True)
    deleted, batch = 0, []
    for key in client.scan_iter(match=own_keys_pattern(cache), count=SCAN_BATCH):
        batch.append(key)
        if len(batch) >= SCAN_BATCH:
            deleted += client.delete(*batch)
            batch = []
    if batch:
        deleted += client.delete(*batch)
    return deleted


def clear_site_cache(alias=DEFAULT_CACHE_ALIAS):
    """Forget what this site cached: on Redis only its own keys, elsewhere (process
    memory, files) the whole cache, which belongs to this site alone."""
    cache = caches[alias]
    if isinstance(cache, RedisCache) and not isinstance(cache, ResilientRedisCache):
        delete_own_keys(cache)
    else:
        cache.clear()


class Unreachable(Exception):
    """Redis failed just now or is being skipped."""


class ReusingRedisCacheClient(RedisCacheClient):
    """Django's client, keeping one redis-py client per connection pool.

    Django makes a new ``redis.Redis`` for every cache call, and its constructor fills a
    table of ~160 response callbacks: about 0.1 ms per call, as much as a whole page-cache
    hit spends in its own code. A ``redis.Redis`` is safe to share between threads (it
    takes a connection from the pool per command), and the pool reconnects after a fork.
    """

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        clients = self.__dict__.setdefault("_clients", {})
        client = clients.get(id(pool))
        if client is None:
            client = clients[id(pool)] = self._client(connection_pool=pool)
        return client


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusingRedisCacheClient

    def _call(self, operation, call, always=False):
        """call() unless Redis is being skipped (``always`` tries anyway); Unreachable
        when it fails."""
        location = tuple(self._servers)
        if not always and time.monotonic() < _skip_until.get(location, 0.0):
            raise Unreachable
        try:
            return call()
        except FAILURES as error:
            _skip_until[location] = time.monotonic() + SKIP_SECONDS
            _warn(operation, error)
            raise Unreachable from error

    def _safely(self, operation, default, call):
        try:
            return self._call(operation, call)
        except Unreachable:
            return default

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._safely(
            "add", False, lambda: super(__class__, self).add(key, value, timeout, version)
        )

    def get(self, key, default=None, version=None):
        return self._safely(
            "get", default, lambda: super(__class__, self).get(key, default, version)
        )

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self._safely("set", None, lambda: super(__class__, self).set(key, value, timeout, version))

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._safely(
            "touch", False, lambda: super(__class__, self).touch(key, timeout, version)
        )

    def delete(self, key, version=None):
        return self._safely("delete", False, lambda: super(__class__, self).delete(key, version))

    def get_many(self, keys, version=None):
        return self._safely("get_many", {}, lambda: super(__class__, self).get_many(keys, version))

    def has_key(self, key, version=None):
        return self._safely("has_key", False, lambda: super(__class__, self).has_key(key, version))

    def incr(self, key, delta=1, version=None):
        # A missing key raises ValueError and callers then set it; an unreachable cache
        # raises the same, so those callers need no second error path. Never skipped: the
        # content version is bumped with incr, and a bump dropped by this process's skip
        # window would leave the other workers serving pages from before the change.
        try:
            return self._call(
                "incr", lambda: super(__class__, self).incr(key, delta, version), always=True
            )
        except Unreachable as error:
            raise ValueError("cache onbereikbaar") from error

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._safely(
            "set_many", list(data), lambda: super(__class__, self).set_many(data, timeout, version)
        )

    def delete_many(self, keys, version=None):
        self._safely("delete_many", None, lambda: super(__class__, self).delete_many(keys, version))

    def clear(self):
        """Delete this site's keys only (see the module docstring), not ``FLUSHDB``."""
        return self._safely("clear", False, lambda: delete_own_keys(self) >= 0)
