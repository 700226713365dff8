"""Throughput of each kind of page against a floor, measured side by side in one run.

Used by ``manage.py bench_ratios`` (``make bench-ratios``). The load generator is one
asyncio loop with C connections over plain sockets from the standard library: per request
it writes one prepared request line and reads the head and the body by Content-Length,
without http.client's header parsing. On a machine where the client shares the cores
with the server, a cheaper client takes less from the server, and it is the same client
for every row, so the ratios compare the server's work. The run reports how much CPU the
client itself used.

Loopback only, like the load test (``loadtest.check_loopback``).
"""

import asyncio
import itertools
import statistics
import time
from dataclasses import dataclass, field

from .loadtest import check_loopback, percentile


@dataclass
class RowResult:
    requests: int = 0
    errors: int = 0
    hits: int = 0
    bytes: int = 0
    elapsed: float = 0.0
    client_cpu: float = 0.0
    timings: list = field(default_factory=list)
    statuses: dict = field(default_factory=dict)

    @property
    def rate(self):
        return self.requests / self.elapsed if self.elapsed else 0.0

    @property
    def p50(self):
        return statistics.median(self.timings) if self.timings else 0.0

    @property
    def p95(self):
        return percentile(self.timings, 0.95)


async def _one(host, port, head, reader_writer):
    """One GET on an open connection (or a new one); returns (status, size, cache, keep)."""
    reader, writer = reader_writer
    writer.write(head)
    raw = await reader.readuntil(b"\r\n\r\n")
    status = int(raw[9:12])
    length, keep, cache_state = None, True, ""
    for line in raw.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        name = name.strip().lower()
        if name == b"content-length":
            length = int(value)
        elif name == b"connection" and value.strip().lower() == b"close":
            keep = False
        elif name == b"x-cache":
            cache_state = value.strip().lower().decode()
    if length is None:
        body = await reader.read()
        keep = False
    else:
        body = await reader.readexactly(length)
    return status, len(body), cache_state, keep


async def _drive(host, port, next_path, connections, duration, result, record):
    loop = asyncio.get_running_loop()
    stop_at = loop.time() + duration
    host_header = f"{host}:{port}".encode()

    async def client():
        conn = None
        while loop.time() < stop_at:
            path = next_path()
            head = (
                b"GET " + path.encode() + b" HTTP/1.1\r\nHost: " + host_header + b"\r\n"
                b"Accept-Encoding: identity\r\nUser-Agent: jos-bench\r\n\r\n"
            )
            started = time.perf_counter()
            try:
                if conn is None:
                    conn = await asyncio.open_connection(host, port)
                status, size, cache_state, keep = await _one(host, port, head, conn)
            except (OSError, asyncio.IncompleteReadError, ValueError):
                if conn is not None:
                    conn[1].close()
                conn = None
                if record:
                    result.errors += 1
                continue
            if not keep:
                conn[1].close()
                conn = None
            if record:
                result.requests += 1
                result.bytes += size
                result.timings.append((time.perf_counter() - started) * 1000)
                result.statuses[status] = result.statuses.get(status, 0) + 1
                if status != 200:
                    result.errors += 1
                if cache_state == "hit":
                    result.hits += 1
        if conn is not None:
            conn[1].close()

    await asyncio.gather(*(client() for _ in range(connections)))


def measure(base_url, paths, connections=10, duration=10.0, warmup=2.0):
    """Warm up, then drive ``connections`` clients for ``duration`` seconds over ``paths``
    (a list cycled in order, or a callable giving the next path). Returns a RowResult."""
    host, port = check_loopback(base_url)
    if callable(paths):
        next_path = paths
    else:
        cycle = itertools.cycle(paths)
        next_path = cycle.__next__
    result = RowResult()
    if warmup:
        asyncio.run(_drive(host, port, next_path, connections, warmup, result, False))
    cpu, wall = time.process_time(), time.perf_counter()
    asyncio.run(_drive(host, port, next_path, connections, duration, result, True))
    result.elapsed = time.perf_counter() - wall
    result.client_cpu = (time.process_time() - cpu) / result.elapsed
    return result


def ratio_value(rate, floor, kind):
    """rate / static for rows compared with the static file, bare / rate otherwise."""
    if not rate or not floor:
        return 0.0
    return rate / floor if kind == "static" else floor / rate


def ratio_text(value, kind):
    """'0.40 of static' for rows compared with the static file, '10.4× bare' otherwise."""
    if not value:
        return "-"
    return f"{value:.2f} of static" if kind == "static" else f"{value:.1f}× bare"


def table(rows):
    """Markdown lines for [(label, RowResult, ratio text, goal)]."""
    lines = [
        "| target | req/s | ratio | goal | p50 | p95 | errors | client CPU |",
        "| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: |",
    ]
    for label, result, ratio, goal in rows:
        lines.append(
            f"| {label} | {result.rate:,.0f} | {ratio} | {goal} | {result.p50:.1f} ms "
            f"| {result.p95:.1f} ms | {result.errors} | {result.client_cpu:.0%} |"
        )
    return lines
