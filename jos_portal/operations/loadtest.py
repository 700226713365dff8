"""A bounded load test against a running portal: N simulated users for T seconds.

Each user loops over a weighted mix of public pages (home, practice list with filters,
detail, search, topic, region, publication, factor map) with keep-alive connections, and
the run reports requests per second, p50/p95/p99 and every error. Loopback only: the
target must be 127.0.0.1 or localhost, so nobody load-tests a server by accident.
"""

import http.client
import inspect
import itertools
import random
import statistics
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


@dataclass
class Result:
    timings: dict = field(default_factory=dict)  # kind -> [ms]
    errors: list = field(default_factory=list)  # (kind, url, status or error)
    by_cache: dict = field(default_factory=dict)  # "hit"/"miss" -> [ms]
    bytes: int = 0

    def add(self, kind, ms, size):
        self.timings.setdefault(kind, []).append(ms)
        self.bytes += size


def percentile(values, fraction):
    ordered = sorted(values)
    if not ordered:
        return 0.0
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def check_loopback(base_url):
    parts = urlsplit(base_url)
    if parts.scheme != "http" or parts.hostname not in LOOPBACK:
        raise ValueError("Alleen http://127.0.0.1 of http://localhost als doel.")
    return parts.hostname, parts.port or 80


def drive(base_url, pick, record, users=50, duration=60.0, timeout=10.0, seed=1):
    """Run ``users`` keep-alive clients for ``duration`` seconds.

    ``pick(rng)`` gives the next (kind, url); ``record(kind, url, outcome, started, ms,
    body)`` is called for every request, where outcome is the HTTP status or, when the
    request failed on the wire, the exception's class name (started is time.monotonic()).
    A ``record`` that takes a ``cache`` keyword also gets the page cache's answer
    (``X-Cache``: "hit", "miss" or "" when the response did not go through it).
    """
    wants_cache = "cache" in inspect.signature(record).parameters
    host, port = check_loopback(base_url)
    stop_at = time.monotonic() + duration

    def user(number):
        rng = random.Random(seed * 1000 + number)  # noqa: S311 - a reproducible mix
        connection = http.client.HTTPConnection(host, port, timeout=timeout)
        while time.monotonic() < stop_at:
            kind, url = pick(rng)
            started = time.monotonic()
            try:
                connection.request("GET", url, headers={"Accept-Encoding": "identity"})
                response = connection.getresponse()
                body = response.read()
                outcome = response.status
                cache_state = (response.getheader("X-Cache") or "").lower()
                if response.getheader("Connection", "").lower() == "close":
                    connection.close()
            except (OSError, http.client.HTTPException) as error:
                connection.close()
                connection = http.client.HTTPConnection(host, port, timeout=timeout)
                record(kind, url, type(error).__name__, started, _ms(started), b"")
                continue
            extra = {"cache": cache_state} if wants_cache else {}
            record(kind, url, outcome, started, _ms(started), body, **extra)
        connection.close()

    threads = [threading.Thread(target=user, args=(n,), daemon=True) for n in range(users)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(duration + timeout + 5)
    return time.monotonic() - started


def _ms(started):
    return (time.monotonic() - started) * 1000


def run(base_url, paths, users=50, duration=60.0, timeout=10.0, seed=1, unique_share=0.0):
    """Drive ``users`` threads over the weighted ``paths`` [(kind, url, weight)].

    ``unique_share`` of the requests get a query parameter never used before (``_u=``),
    so they miss the page cache and are built from the database, like the long tail of
    searches and filter combinations a real audience sends."""
    result, lock = Result(), threading.Lock()
    kinds = [(kind, url) for kind, url, _w in paths]
    weights = [w for _k, _u, w in paths]
    counter = itertools.count()

    def pick(rng):
        kind, url = rng.choices(kinds, weights)[0]
        if unique_share and rng.random() < unique_share:
            url += ("&" if "?" in url else "?") + f"_u={next(counter)}"
        return kind, url

    def record(kind, url, outcome, started, ms, body, cache=""):
        with lock:
            if isinstance(outcome, str) or outcome >= 400:
                result.errors.append((kind, url, outcome))
            else:
                result.add(kind, ms, len(body))
                if cache in ("hit", "miss"):
                    result.by_cache.setdefault(cache, []).append(ms)

    elapsed = drive(base_url, pick, record, users, duration, timeout, seed)
    return result, elapsed


def summary(result, elapsed):
    """Lines of text with the figures, overall and per kind of page."""
    everything = [ms for values in result.timings.values() for ms in values]
    total = len(everything) + len(result.errors)
    lines = [
        f"{total} requests in {elapsed:.1f} s: {total / elapsed:.1f} req/s, "
        f"{len(result.errors)} fouten",
        f"{'soort':18} {'aantal':>7} {'p50':>8} {'p95':>8} {'p99':>8}",
    ]
    rows = sorted(result.timings.items()) + [("alles", everything)]
    rows += [
        (f"paginacache: {state}", result.by_cache[state])
        for state in ("hit", "miss")
        if state in result.by_cache
    ]
    for kind, values in rows:
        lines.append(
            f"{kind:18} {len(values):7} {statistics.median(values) if values else 0:7.1f}ms "
            f"{percentile(values, 0.95):7.1f}ms {percentile(values, 0.99):7.1f}ms"
        )
    for kind, url, problem in result.errors[:10]:
        lines.append(f"fout: {kind} {url} -> {problem}")
    return lines


def throughput(base_url, url, users=8, duration=5.0):
    """Requests per second for one URL (for the cached page vs static file ratio)."""
    result, elapsed = run(base_url, [("x", url, 1)], users=users, duration=duration)
    return len(result.timings.get("x", [])) / elapsed, result
