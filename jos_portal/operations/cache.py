"""A Redis cache that degrades to "no cache" when Redis is down, instead of a 500.

Every read then misses and every write is dropped, so pages are built from the database
(slower, but correct). One warning per minute at most says so in the log. A dead Redis
costs one refused connection per call (short timeouts are set in the settings).
"""

import logging
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)
FAILURES = (RedisConnectionError, RedisTimeoutError, OSError)
_last_warning = 0.0


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


class ResilientRedisCache(RedisCache):
    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().add(key, value, timeout, version)
        except FAILURES as error:
            _warn("add", error)
            return False

    def get(self, key, default=None, version=None):
        try:
            return super().get(key, default, version)
        except FAILURES as error:
            _warn("get", error)
            return default

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            super().set(key, value, timeout, version)
        except FAILURES as error:
            _warn("set", error)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().touch(key, timeout, version)
        except FAILURES as error:
            _warn("touch", error)
            return False

    def delete(self, key, version=None):
        try:
            return super().delete(key, version)
        except FAILURES as error:
            _warn("delete", error)
            return False

    def get_many(self, keys, version=None):
        try:
            return super().get_many(keys, version)
        except FAILURES as error:
            _warn("get_many", error)
            return {}

    def has_key(self, key, version=None):
        try:
            return super().has_key(key, version)
        except FAILURES as error:
            _warn("has_key", error)
            return False

    def incr(self, key, delta=1, version=None):
        # A missing key raises ValueError and callers then set it; an unreachable cache
        # raises the same, so those callers need no second error path.
        try:
            return super().incr(key, delta, version)
        except FAILURES as error:
            _warn("incr", error)
            raise ValueError("cache onbereikbaar") from error

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().set_many(data, timeout, version)
        except FAILURES as error:
            _warn("set_many", error)
            return list(data)

    def delete_many(self, keys, version=None):
        try:
            super().delete_many(keys, version)
        except FAILURES as error:
            _warn("delete_many", error)

    def clear(self):
        try:
            return super().clear()
        except FAILURES as error:
            _warn("clear", error)
            return False
