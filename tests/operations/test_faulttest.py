"""The fault test: its proxy, its verdicts, and a short run against a real gunicorn."""

import io
import re
import socket
import threading
import time

from django.core.management import call_command
from django.db import connection

import pytest

from jos_portal.operations import faulttest
from tests.factories.practices import PracticeFactory


@pytest.fixture
def echo_server():
    """A TCP server on loopback that sends back what it gets."""
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(0.2)
    stop = threading.Event()

    def serve():
        while not stop.is_set():
            try:
                client, _ = server.accept()
            except TimeoutError:
                continue
            threading.Thread(target=echo, args=(client,), daemon=True).start()

    def echo(client):
        with client:
            while data := client.recv(1024):
                client.sendall(data)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield server.getsockname()[1]
    stop.set()
    thread.join(2)
    server.close()


def roundtrip(port, payload=b"hallo", timeout=1.0):
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(payload)
        return sock.recv(1024)


def test_proxy_forwards_refuses_blackholes_and_forwards_again(echo_server):
    proxy = faulttest.TcpProxy("127.0.0.1", echo_server)
    try:
        assert roundtrip(proxy.port) == b"hallo"
        open_connection = socket.create_connection(("127.0.0.1", proxy.port), timeout=1)
        open_connection.sendall(b"a")
        assert open_connection.recv(10) == b"a"

        proxy.stop_service("refuse")
        # The open connection is dropped, new ones are reset at once.
        assert open_connection.recv(10) == b""
        open_connection.close()
        started = time.monotonic()
        try:
            answer = roundtrip(proxy.port)
        except OSError:  # reset by the proxy
            answer = None
        assert answer in (None, b"")
        assert time.monotonic() - started < 0.5

        proxy.stop_service("blackhole")
        with pytest.raises(TimeoutError):
            roundtrip(proxy.port, timeout=0.3)

        proxy.start_service()
        assert roundtrip(proxy.port, b"terug") == b"terug"
    finally:
        proxy.close()


def observations(records, events):
    obs = faulttest.Observations()
    obs.origin = 0.0
    obs.events.update(events)
    for kind, outcome, started, ms, body in records:
        obs.record(kind, "/x/", outcome, started, ms, body)
    return obs


EVENTS = {"db_down": 2.0, "db_up": 4.0, "db_end": 8.0, "redis_down": 8.0, "redis_up": 10.0}
FRIENDLY = b"<h1>Even niet beschikbaar</h1>"


def healthy_run():
    return [
        ("detail-vers", 200, 1.0, 50, b"ok"),
        ("detail-vers", 503, 2.5, 20, FRIENDLY),
        ("home", 200, 3.0, 5, b"ok"),
        ("detail-vers", 200, 4.5, 60, b"ok"),
        ("detail-vers", 200, 9.0, 300, b"ok"),
    ]


def test_a_healthy_run_meets_every_target():
    figures, failures = faulttest.analyse(
        observations(healthy_run(), EVENTS), 4000, {"detail-vers"}
    )
    assert failures == []
    assert figures["db_503"] == 1
    assert figures["db_first_503_s"] == pytest.approx(0.52)
    assert figures["db_recovery_s"] == pytest.approx(0.56)
    assert figures["redis_200"] == figures["redis_requests"] == 1
    lines = faulttest.report_lines(observations(healthy_run(), EVENTS), figures)
    assert any("503-vriendelijk=1" in line for line in lines)


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (("detail-vers", 500, 2.6, 20, b"Server Error"), "anders dan de vriendelijke 503"),
        (("detail-vers", 503, 2.6, 20, b"<h1>Bad gateway</h1>"), "anders dan de vriendelijke"),
        (("detail-vers", "ConnectionResetError", 2.7, 1, b""), "anders dan de vriendelijke"),
        (("detail-vers", 503, 3.0, 9000, FRIENDLY), "traagste request"),
        (("detail-vers", 503, 9.9, 10, FRIENDLY), "Redis-storing"),
        (("lijst-vers", 503, 7.0, 10, FRIENDLY), "geen herstel"),
    ],
)
def test_missed_targets_are_reported(extra, message):
    _figures, failures = faulttest.analyse(
        observations([*healthy_run(), extra], EVENTS), 4000, {"detail-vers"}
    )
    assert any(message in failure for failure in failures), failures


def test_slow_recovery_and_an_untested_outage_are_reported():
    records = [
        ("detail-vers", 503, 2.5, 20, FRIENDLY),
        ("detail-vers", 503, 6.0, 10, FRIENDLY),  # still failing 2 s after db_up
        ("home", 200, 6.5, 5, b"ok"),  # from the page cache: proves nothing
        ("detail-vers", 200, 7.0, 10, b"ok"),
    ]
    figures, failures = faulttest.analyse(
        observations(records, EVENTS), 4000, {"detail-vers"}, recovery_target_s=1.0
    )
    assert figures["db_recovery_s"] == pytest.approx(3.01)
    assert any("herstel na 3.0 s > 1 s" in f for f in failures), failures
    _figures, failures = faulttest.analyse(
        observations([r for r in healthy_run() if r[1] != 503], EVENTS), 4000, {"detail-vers"}
    )
    assert any("niet getest" in f for f in failures)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_smoke_run_against_gunicorn_on_postgresql():
    if connection.vendor != "postgresql":
        pytest.skip(
            "De storingstest maakt PostgreSQL onbereikbaar en draait dus alleen op PostgreSQL "
            "(DATABASE_URL=postgres://…; de CI draait de suite ook zo)."
        )
    for number in range(3):
        PracticeFactory(slug=f"voorbeeld-{number}")
    out = io.StringIO()
    started = time.monotonic()
    call_command("faulttest", smoke=True, stdout=out)
    report = out.getvalue()
    assert time.monotonic() - started < 45
    assert "Alle doelen gehaald." in report
    db_line = next(line for line in report.splitlines() if line.startswith("database plat"))
    assert int(re.search(r"(\d+)× vriendelijke 503", db_line).group(1)) > 0
    recovery = float(re.search(r"hersteld ([\d.]+) s", db_line).group(1))
    assert recovery <= 5
    slowest = float(re.search(r"traagste request (\d+) ms", db_line).group(1))
    assert slowest <= 4000
    redis_line = next(line for line in report.splitlines() if line.startswith("Redis plat"))
    served, total = map(int, re.search(r"(\d+) van (\d+) requests 200", redis_line).groups())
    assert served == total > 0
