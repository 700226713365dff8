"""The secret token of an alert link never reaches a log line or an error report: not the
request log, not gunicorn's access line, not Django's "Not Found" warning, not Sentry.
The token pages send no Referer and are never cached."""

import datetime
import json
import logging
from types import SimpleNamespace

from django.test import Client

import pytest
from gunicorn.glogging import SafeAtoms

from jos_portal.alerts.models import Alert
from jos_portal.operations import errors, logmask
from tests.operations.test_gunicorn_config import ConfigOnly

pytestmark = pytest.mark.django_db

TOKEN = "Geheim_Token-0123456789abcdefghijklmnopqrstuv"


@pytest.fixture
def alert():
    return Alert.objects.create(
        email="lezer@example.nl", kind="praktijk", query="gemeente=tilburg", label="x", token=TOKEN
    )


def request_lines(caplog):
    return [json.loads(r.getMessage()) for r in caplog.records if r.name == "jos.requests"]


@pytest.mark.parametrize("prefix", ["", "/en"])
@pytest.mark.parametrize("page", ["bevestigen", "mijn-attenderingen", "afmelden"])
def test_the_request_log_masks_the_token(alert, caplog, prefix, page):
    caplog.set_level(logging.INFO)
    for method in ("get", "post"):
        response = getattr(Client(), method)(f"{prefix}/volgen/{page}/{TOKEN}/")
        assert response.status_code == 200
    lines = request_lines(caplog)
    assert [line["path"] for line in lines] == [f"{prefix}/volgen/{page}/…/"] * 2
    assert TOKEN not in caplog.text


def test_the_confirm_request_line_keeps_the_rest_of_the_path(alert, caplog):
    caplog.set_level(logging.INFO)
    Client().post(f"/volgen/bevestigen/{TOKEN}/")
    (line,) = request_lines(caplog)
    assert line == {**line, "method": "POST", "path": "/volgen/bevestigen/…/", "status": 200}
    Alert.objects.get(confirmed_at__isnull=False)  # the request did its work


def test_djangos_not_found_warning_masks_an_unknown_token(caplog):
    caplog.set_level(logging.INFO)
    response = Client().get(f"/volgen/afmelden/{TOKEN}/")
    assert response.status_code == 404
    warnings = [r.getMessage() for r in caplog.records if r.name == "django.request"]
    assert warnings == ["Not Found: /volgen/afmelden/…/"]
    assert TOKEN not in caplog.text


def test_other_paths_are_logged_as_they_are(caplog, db):
    caplog.set_level(logging.INFO)
    Client().get("/volgen/attendering/?soort=praktijk&selectie=gemeente%3Dtilburg")
    (line,) = request_lines(caplog)
    assert line["path"] == "/volgen/attendering/"
    assert logmask.mask_path("/praktijkvoorbeelden/geheim-lange-slug/") == (
        "/praktijkvoorbeelden/geheim-lange-slug/"
    )


def access_line(environ):
    cfg = ConfigOnly().cfg
    logger = cfg.logger_class(cfg)
    response = SimpleNamespace(status="200 OK", sent=512, headers=[("Content-Type", "text/html")])
    request = SimpleNamespace(headers=[("REFERER", f"https://x.example/volgen/afmelden/{TOKEN}/")])
    atoms = logger.atoms(response, request, environ, datetime.timedelta(milliseconds=12))
    return cfg.access_log_format % SafeAtoms(atoms)


def test_gunicorns_access_line_has_the_masked_path_and_no_query(alert):
    environ = {
        "REQUEST_METHOD": "GET",
        "RAW_URI": f"/volgen/bevestigen/{TOKEN}/?email=lezer%40example.nl",
        "PATH_INFO": f"/volgen/bevestigen/{TOKEN}/",
        "QUERY_STRING": "email=lezer%40example.nl",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "192.0.2.1",
    }
    # Without the portal's masked path (a request Django never saw), masked here.
    assert access_line(environ) == '"GET /volgen/bevestigen/…/ HTTP/1.1" 200 512 12ms'
    # With it, as the request log leaves it in the environ.
    environ["jos.log_path"] = "/volgen/bevestigen/…/"
    line = access_line(environ)
    assert line == '"GET /volgen/bevestigen/…/ HTTP/1.1" 200 512 12ms'
    assert "192.0.2.1" not in line


def test_a_real_request_leaves_the_masked_path_for_gunicorn(alert):
    response = Client().get(f"/volgen/afmelden/{TOKEN}/")
    assert response.wsgi_request.META[logmask.ENVIRON_KEY] == "/volgen/afmelden/…/"


def test_an_error_report_carries_no_token(alert):
    url = f"https://jos.example.nl/en/volgen/mijn-attenderingen/{TOKEN}/?x=1"
    event = {
        "request": {"url": url, "query_string": "x=1", "headers": {"Referer": url}},
        "message": f"Fout bij /volgen/bevestigen/{TOKEN}/",
        "transaction": f"/volgen/afmelden/{TOKEN}/",
        "logentry": {"message": f"Not Found: /volgen/afmelden/{TOKEN}/", "params": []},
        "exception": {"values": [{"value": f"kapot op {url}"}]},
        "breadcrumbs": {"values": [{"message": f"GET /volgen/afmelden/{TOKEN}/", "data": {}}]},
    }
    scrubbed = errors.scrub(event)
    assert TOKEN not in json.dumps(scrubbed)
    assert scrubbed["request"]["url"] == "https://jos.example.nl/en/volgen/mijn-attenderingen/…/"
    assert scrubbed["message"] == "Fout bij /volgen/bevestigen/…/"


@pytest.mark.parametrize("page", ["bevestigen", "mijn-attenderingen", "afmelden"])
def test_token_pages_send_no_referrer_and_are_never_cached(alert, settings, page):
    settings.PAGE_CACHE_SECONDS = 600
    for _ in range(2):
        response = Client().get(f"/volgen/{page}/{TOKEN}/")
        assert response.status_code == 200
        assert response["Referrer-Policy"] == "no-referrer"
        assert "no-store" in response["Cache-Control"]
        assert response.get("X-Cache") != "hit"


def test_the_redirect_that_adds_a_slash_logs_no_token(alert, caplog):
    caplog.set_level(logging.INFO)
    response = Client().get(f"/volgen/bevestigen/{TOKEN}")
    assert response.status_code == 301  # CommonMiddleware, before any URL was resolved
    (line,) = request_lines(caplog)
    assert line["path"] == "/volgen/bevestigen/…"
    assert TOKEN not in caplog.text


def test_a_password_reset_link_of_the_admin_is_masked_too():
    path = "/admin/password_reset/confirm/MQ/c8w1ad-0123456789abcdef/"
    assert logmask.mask_path(path) == "/admin/password_reset/confirm/MQ/…/"
