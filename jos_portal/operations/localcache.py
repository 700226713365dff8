"""Small per-process caches in front of Redis, safe under threads.

A value kept here sits under a key that holds the content version (or something else that
never changes its meaning), so a hit costs no round trip to the shared cache. Each entry
also remembers when it was stored and is dropped after ``max_age`` seconds, so nothing
lives longer in a process than it would in the shared cache. A lock guards every change
of order: an OrderedDict's ``move_to_end`` raises KeyError when another thread removed
the key in between.
"""

import threading
import time
from collections import OrderedDict

_all = []


class LocalCache:
    """The ``size`` entries used last, each for at most ``max_age`` seconds (a number, or
    a callable that answers it, e.g. to follow a setting)."""

    def __init__(self, size, max_age):
        self.size = size
        self.max_age = max_age
        self._entries = OrderedDict()
        self._lock = threading.Lock()
        _all.append(self)

    def get(self, key, default=None):
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return default
            max_age = self.max_age() if callable(self.max_age) else self.max_age
            if time.monotonic() - entry[0] >= max_age:
                del self._entries[key]
                return default
            self._entries.move_to_end(key)
            return entry[1]

    def set(self, key, value, age=0.0):
        """Keep ``value``; ``age``: how many seconds ago it was made (read elsewhere)."""
        with self._lock:
            self._entries[key] = (time.monotonic() - max(age, 0.0), value)
            self._entries.move_to_end(key)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)

    def clear(self):
        with self._lock:
            self._entries.clear()

    def __len__(self):
        return len(self._entries)

    def __contains__(self, key):
        return self.get(key) is not None


def clear_all():
    """Forget what every local cache of this process holds (tests, a cache flush)."""
    for local in _all:
        local.clear()
