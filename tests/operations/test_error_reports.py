"""Error reports reach a Sentry-compatible server (a real HTTP receiver on loopback) without
personal data: no IP address, e-mail address, cookie, query string or user."""

import gzip
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import sentry_sdk

from jos_portal.operations.errors import init_sentry, mask

pytestmark = pytest.mark.django_db


class Receiver(BaseHTTPRequestHandler):
    bodies = []

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        if self.headers.get("Content-Encoding") == "gzip":
            body = gzip.decompress(body)
        type(self).bodies.append(body.decode())
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, *args):
        pass


@pytest.fixture
def sentry_server():
    Receiver.bodies = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    init_sentry(f"http://publickey@127.0.0.1:{server.server_port}/1", environment="test")
    yield Receiver.bodies
    sentry_sdk.get_client().close()
    sentry_sdk.init()  # no DSN: reporting off again for the other tests
    server.shutdown()


def events(bodies):
    """The event items of the received envelopes (header line, item header, payload)."""
    found = []
    for body in bodies:
        lines = body.splitlines()
        for header, payload in zip(lines[1::2], lines[2::2], strict=False):
            if json.loads(header).get("type") == "event":
                found.append(json.loads(payload))
    return found


def test_an_error_is_reported_without_personal_data(sentry_server, client, settings):
    settings.ROOT_URLCONF = "tests.operations.boom_urls"
    client.raise_request_exception = False
    client.cookies["sessionid"] = "geheime-sessie"
    response = client.get(
        "/boem/?email=piet@example.nl",
        REMOTE_ADDR="198.51.100.23",
        HTTP_X_FORWARDED_FOR="192.0.2.44",
        HTTP_USER_AGENT="Testbrowser",
    )
    assert response.status_code == 500
    sentry_sdk.flush(timeout=10)

    reported = [e for e in events(sentry_server) if e.get("exception")]
    assert reported, "no error event arrived"
    event = reported[0]
    assert event["exception"]["values"][0]["type"] == "ValueError"
    assert "[e-mail]" in event["exception"]["values"][0]["value"]
    assert "?" not in (event.get("request") or {}).get("url", "")
    sent = "".join(sentry_server)
    for personal in (
        "jan.jansen@example.nl",
        "piet@example.nl",
        "203.0.113.7",
        "198.51.100.23",
        "192.0.2.44",
        "geheime-sessie",
    ):
        assert personal not in sent, personal
    assert all("user" not in e for e in events(sentry_server))


def test_mask_hides_addresses_but_keeps_the_text():
    assert mask("mail a.b+c@school.example.nl via 10.0.0.5 of 2001:db8::1:2:3") == (
        "mail [e-mail] via [ip] of [ip]"
    )
