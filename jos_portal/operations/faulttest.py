"""Fault test: PostgreSQL and Redis go away under load, and the portal must cope.

The served portal reaches PostgreSQL and Redis through small TCP proxies on loopback
(:class:`TcpProxy`). "Stopping" a service closes every connection through its proxy and
refuses new ones (as a stopped server does) or, in blackhole mode, accepts them and never
answers (as a lost network does); "starting" forwards again. The machine's real services
are never touched, unless someone passes their own stop and start commands
(:class:`CommandOutage`, for a dedicated machine).

While load runs (operations.loadtest), every request is recorded; :func:`analyse` turns
the records into a timeline per second and the figures the targets are checked against:
time to the first 503, the slowest request during the outage, time to recovery.
"""

import contextlib
import os
import shlex
import signal
import socket
import struct
import subprocess
import threading
import time
import urllib.request
from dataclasses import dataclass, field

FRIENDLY_MARKER = b"Even niet beschikbaar"


class TcpProxy:
    """Forwards 127.0.0.1:<port> to a target; can play a stopped or unreachable service."""

    def __init__(self, target_host, target_port, name="proxy"):
        self.target = (target_host, target_port)
        self.name = name
        self.state = "up"  # up | refuse | blackhole
        self._lock = threading.Lock()
        self._pairs = set()  # sockets of forwarded connections
        self._held = set()  # accepted and never answered (blackhole)
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(128)
        self._listener.settimeout(0.2)
        self.port = self._listener.getsockname()[1]
        self._closed = False
        self._thread = threading.Thread(target=self._accept_loop, daemon=True, name=name)
        self._thread.start()

    def stop_service(self, mode="refuse"):
        """Drop every open connection; from now on refuse (RST) or blackhole new ones."""
        if mode not in ("refuse", "blackhole"):
            raise ValueError(mode)
        with self._lock:
            self.state = mode
            pairs, self._pairs = self._pairs, set()
        for sock in pairs:
            _hard_close(sock)

    def start_service(self):
        with self._lock:
            self.state = "up"
            held, self._held = self._held, set()
        for sock in held:
            _hard_close(sock, reset=True)

    def close(self):
        self._closed = True
        self.stop_service("refuse")
        self.start_service()
        self._thread.join(2)
        self._listener.close()

    def _accept_loop(self):
        while not self._closed:
            try:
                client, _address = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                state = self.state
                if state == "blackhole":
                    self._held.add(client)
                    continue
            if state == "refuse":
                _hard_close(client, reset=True)
                continue
            try:
                upstream = socket.create_connection(self.target, timeout=2)
            except OSError:
                _hard_close(client, reset=True)
                continue
            upstream.settimeout(None)
            client.settimeout(None)
            with self._lock:
                self._pairs.update((client, upstream))
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    def _pump(self, source, sink):
        try:
            while chunk := source.recv(65536):
                sink.sendall(chunk)
        except OSError:
            pass
        finally:
            with self._lock:
                self._pairs.discard(source)
                self._pairs.discard(sink)
            _hard_close(source)
            _hard_close(sink)


def _hard_close(sock, reset=False):
    with contextlib.suppress(OSError):
        if reset:  # RST instead of FIN: what a client sees from a closed port
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        else:
            sock.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        sock.close()


class ProxyOutage:
    """Outage of a service behind a :class:`TcpProxy`."""

    def __init__(self, proxy, mode="refuse"):
        self.proxy, self.mode = proxy, mode

    def stop(self):
        self.proxy.stop_service(self.mode)

    def start(self):
        self.proxy.start_service()


class CommandOutage:
    """Outage by the operator's own commands (a dedicated machine only); ``start`` waits
    until the service accepts connections on ``host:port`` again (at most ``wait`` s)."""

    def __init__(self, stop_cmd, start_cmd, host, port, wait=60.0):
        self.stop_cmd, self.start_cmd = shlex.split(stop_cmd), shlex.split(start_cmd)
        self.host, self.port, self.wait = host, port, wait

    def stop(self):
        subprocess.run(self.stop_cmd, check=True, timeout=self.wait)  # noqa: S603

    def start(self):
        subprocess.run(self.start_cmd, check=True, timeout=self.wait)  # noqa: S603
        deadline = time.monotonic() + self.wait
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError), socket.create_connection((self.host, self.port), 1):
                return
            time.sleep(0.1)
        raise RuntimeError(f"{self.host}:{self.port} niet terug na {self.wait:.0f} s")


@dataclass
class Record:
    kind: str
    url: str
    outcome: object  # HTTP status, or the exception's class name
    started: float  # seconds since the start of the run
    ms: float
    friendly: bool  # a 503 carrying the friendly page


@dataclass
class Observations:
    records: list = field(default_factory=list)
    events: dict = field(default_factory=dict)  # name -> seconds since the start
    origin: float = field(default_factory=time.monotonic)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def now(self):
        return time.monotonic() - self.origin

    def mark(self, name):
        self.events[name] = self.now()

    def record(self, kind, url, outcome, started, ms, body):
        friendly = outcome == 503 and FRIENDLY_MARKER in body
        with self.lock:
            self.records.append(Record(kind, url, outcome, started - self.origin, ms, friendly))


def ok(record):
    return isinstance(record.outcome, int) and record.outcome < 400


def timeline(observations):
    """Per second: counts per outcome and the slowest request that started in it."""
    rows = {}
    for record in observations.records:
        second = int(record.started)
        row = rows.setdefault(second, {"counts": {}, "max_ms": 0.0})
        key = "503-vriendelijk" if record.friendly else str(record.outcome)
        row["counts"][key] = row["counts"].get(key, 0) + 1
        row["max_ms"] = max(row["max_ms"], record.ms)
    return dict(sorted(rows.items()))


def analyse(observations, latency_bound_ms, db_kinds, recovery_target_s=5.0):
    """The figures of one run and the list of missed targets (empty: all met).

    ``db_kinds``: the kinds of request that always need the database (never cached).
    """
    events, records = observations.events, sorted(observations.records, key=lambda r: r.started)
    figures, failures = {}, []

    def during(start, end):
        return [r for r in records if start <= r.started < end]

    bad = [r for r in records if not ok(r) and not r.friendly]
    if bad:
        sample = ", ".join(f"{r.outcome} {r.url}" for r in bad[:5])
        failures.append(f"{len(bad)} fouten anders dan de vriendelijke 503 ({sample})")

    if "db_down" in events:
        down, up = events["db_down"], events["db_up"]
        # Requests that started before the outage may still hit it; count them too.
        window = [r for r in records if r.started + r.ms / 1000 >= down and r.started < up]
        friendly = [r for r in window if r.friendly]
        figures["db_503"] = len(friendly)
        figures["db_200"] = sum(1 for r in window if ok(r))
        figures["db_max_ms"] = max((r.ms for r in window), default=0.0)
        figures["db_first_503_s"] = (
            min(r.started + r.ms / 1000 for r in friendly) - down if friendly else None
        )
        if not friendly:
            failures.append("geen enkele 503 tijdens de database-storing: niet getest")
        if figures["db_max_ms"] > latency_bound_ms:
            failures.append(
                f"traagste request tijdens de storing {figures['db_max_ms']:.0f} ms "
                f"> {latency_bound_ms:.0f} ms"
            )
        # Recovered: a page that needs the database answers 200 again, and every request
        # that starts after it does too. Pages from the page cache prove nothing here.
        after = [
            r for r in records if r.started >= up and r.started < events.get("db_end", float("inf"))
        ]
        last_failure = max((r.started for r in after if not ok(r)), default=up)
        recovered = [
            r.started + r.ms / 1000
            for r in after
            if ok(r) and r.kind in db_kinds and r.started >= last_failure
        ]
        figures["db_recovery_s"] = min(recovered) - up if recovered else None
        if figures["db_recovery_s"] is None:
            failures.append("geen herstel gezien na de database-storing")
        elif figures["db_recovery_s"] > recovery_target_s:
            failures.append(
                f"herstel na {figures['db_recovery_s']:.1f} s > {recovery_target_s:.0f} s"
            )

    if "redis_down" in events:
        window = during(events["redis_down"], events["redis_up"])
        figures["redis_requests"] = len(window)
        figures["redis_200"] = sum(1 for r in window if r.outcome == 200)
        figures["redis_max_ms"] = max((r.ms for r in window), default=0.0)
        if not window:
            failures.append("geen requests tijdens de Redis-storing")
        elif figures["redis_200"] != len(window):
            failures.append(
                f"{len(window) - figures['redis_200']} van {len(window)} requests zonder 200 "
                "tijdens de Redis-storing"
            )
    return figures, failures


def report_lines(observations, figures):
    lines = ["tijdlijn (s vanaf start: aantallen per status, traagste request)"]
    marks = {int(t): name for name, t in observations.events.items()}
    for second, row in timeline(observations).items():
        counts = " ".join(f"{k}={v}" for k, v in sorted(row["counts"].items()))
        mark = f"  <- {marks[second]}" if second in marks else ""
        lines.append(f"{second:4d}s  {counts:40} max {row['max_ms']:7.0f} ms{mark}")
    for name, t in sorted(observations.events.items(), key=lambda item: item[1]):
        lines.append(f"gebeurtenis {name}: {t:.2f} s")

    def s(value):
        return "–" if value is None else f"{value:.2f} s"

    if "db_503" in figures:
        lines.append(
            f"database plat: {figures['db_503']}× vriendelijke 503, {figures['db_200']}× 200 "
            f"(uit de paginacache); eerste 503 na {s(figures['db_first_503_s'])}; traagste "
            f"request {figures['db_max_ms']:.0f} ms; hersteld {s(figures['db_recovery_s'])} "
            "na terugkeer van de database"
        )
    if "redis_requests" in figures:
        lines.append(
            f"Redis plat: {figures['redis_200']} van {figures['redis_requests']} requests 200; "
            f"traagste request {figures['redis_max_ms']:.0f} ms"
        )
    return lines


def wait_until_up(url, timeout=60.0, process=None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"gunicorn stopte met code {process.returncode}")
        with (
            contextlib.suppress(OSError),
            urllib.request.urlopen(url, timeout=2) as response,  # noqa: S310 - loopback
        ):
            if response.status == 200:
                return
        time.sleep(0.2)
    raise RuntimeError(f"{url} gaf na {timeout:.0f} s nog geen 200")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(command, env, log_file):
    """gunicorn (or any command) in its own process group, so stop_server ends all of it."""
    return subprocess.Popen(  # noqa: S603
        command, env=env, stdout=log_file, stderr=subprocess.STDOUT, start_new_session=True
    )


def stop_server(process, grace=10.0):
    if process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(grace)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(5)
