import json
import logging
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from unittest import mock

from django.conf import settings
from django.db import OperationalError
from django.test import override_settings

import pytest

pytestmark = pytest.mark.django_db

BROKEN_REDIS = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    }
}


def test_healthz_answers_without_touching_the_database(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-store" in response["Cache-Control"]


def test_readyz_reports_database_migrations_and_cache(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "migrations": "ok", "cache": "ok"},
    }


def test_readyz_is_503_when_the_database_is_unreachable(client):
    with mock.patch(
        "jos_portal.operations.views.connections",
        {"default": mock.Mock(cursor=mock.Mock(side_effect=OperationalError("host=db pw=x")))},
    ):
        response = client.get("/readyz")
    assert response.status_code == 503
    body = response.json()
    assert body["checks"]["database"] == "fout"
    assert "pw=x" not in response.content.decode()  # no error text leaks


def test_readyz_is_503_with_open_migrations(client):
    with mock.patch(
        "jos_portal.operations.views.MigrationExecutor.migration_plan",
        return_value=[("migration", False)],
    ):
        response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"]["migrations"] == "1 open"


def test_readyz_is_503_when_the_cache_is_unreachable(client):
    with override_settings(CACHES=BROKEN_REDIS):
        response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"] == {"database": "ok", "migrations": "ok", "cache": "fout"}


def test_public_pages_send_csp_and_permissions_policy(client, home):
    response = client.get("/")
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "object-src 'none'" in csp
    assert "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


def test_inline_scripts_carry_the_nonce_of_the_header(client, home):
    response = client.get("/praktijkvoorbeelden/")
    html = response.content.decode()
    csp = response["Content-Security-Policy"]
    for tag in re.findall(r"<script\b[^>]*>", html):
        if "src=" in tag or "application/ld+json" in tag or "application/json" in tag:
            continue
        nonce = re.search(r'nonce="([^"]+)"', tag)
        assert nonce, tag
        assert f"'nonce-{nonce.group(1)}'" in csp


def test_the_admin_is_left_without_the_public_csp(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert "Content-Security-Policy" not in response


def test_security_txt_follows_rfc_9116(client):
    response = client.get("/.well-known/security.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    fields = dict(
        line.split(": ", 1) for line in response.content.decode().splitlines() if ": " in line
    )
    assert fields["Contact"] == settings.SECURITY_CONTACT
    expires = datetime.strptime(fields["Expires"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    now = datetime.now(UTC)
    assert now + timedelta(days=30) < expires < now + timedelta(days=365)
    assert fields["Canonical"] == "http://testserver/.well-known/security.txt"


def test_every_request_logs_one_json_line_without_personal_data(client, home, caplog):
    with caplog.at_level(logging.INFO, logger="jos.requests"):
        client.get("/praktijkvoorbeelden/", {"q": "jan@example.nl"})
    lines = [r for r in caplog.records if r.name == "jos.requests"]
    assert len(lines) == 1
    record = json.loads(lines[0].getMessage())
    assert record["method"] == "GET"
    assert record["path"] == "/praktijkvoorbeelden/"
    assert record["status"] == 200
    assert record["ms"] >= 0
    assert record["user"] == "anonymous"
    assert "example.nl" not in lines[0].getMessage()


TEMPLATES = Path(settings.BASE_DIR) / "templates"


@pytest.mark.parametrize(
    "path", sorted(TEMPLATES.rglob("*.html")), ids=lambda p: str(p.relative_to(TEMPLATES))
)
def test_templates_keep_to_the_content_security_policy(path):
    """No inline styles (style-src 'self'), and inline scripts only with the nonce."""
    html = path.read_text()
    assert "<style" not in html
    assert not re.search(r"\sstyle=", html)
    assert not re.search(r"\son[a-z]+=", html)  # inline event handlers
    for tag in re.findall(r"<script\b[^>]*>", html):
        assert "src=" in tag or "application/ld+json" in tag or "{{ CSP_NONCE }}" in tag, (
            f"{path}: {tag}"
        )


def test_database_outage_gives_a_friendly_503_not_a_500(client, home, caplog):
    with mock.patch(
        "practices.filters.parse", side_effect=OperationalError("server closed the connection")
    ):
        response = client.get("/praktijkvoorbeelden/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "Even niet beschikbaar" in response.content.decode()
    assert "server closed" not in response.content.decode()
    assert "Database onbereikbaar" in caplog.text


def test_a_database_error_before_the_view_also_gives_the_friendly_503(client, home, caplog):
    """For an editor in the admin, a middleware reads the session before any view runs."""
    client.raise_request_exception = False
    client.cookies["sessionid"] = "k" * 32
    with mock.patch(
        "django.contrib.sessions.backends.db.SessionStore.load",
        side_effect=OperationalError("connection refused"),
    ):
        response = client.get("/admin/")
    assert response.status_code == 503
    assert "Even niet beschikbaar" in response.content.decode()
    assert "Database onbereikbaar" in caplog.text


def test_other_errors_before_the_view_stay_a_500(client, home):
    client.raise_request_exception = False
    client.cookies["sessionid"] = "k" * 32
    with mock.patch(
        "django.contrib.sessions.backends.db.SessionStore.load", side_effect=RuntimeError("x")
    ):
        response = client.get("/admin/")
    assert response.status_code == 500


def test_only_an_unreachable_database_gives_the_503():
    """A query on a column that does not exist is a bug (a 500 that reaches the error
    report), not "database unreachable"; a lock, a missing file or a connection failure
    is an outage."""
    import sqlite3

    from jos_portal.operations.middleware import is_unreachable

    def wrapped(cause, message=None):
        error = OperationalError(message or str(cause))
        error.__cause__ = cause
        return error

    class PgError(Exception):
        def __init__(self, sqlstate):
            super().__init__(sqlstate)
            self.sqlstate = sqlstate

    assert not is_unreachable(wrapped(sqlite3.OperationalError("no such column: x.y")))
    assert not is_unreachable(wrapped(sqlite3.OperationalError("no such table: z")))
    assert is_unreachable(wrapped(sqlite3.OperationalError("database is locked")))
    assert is_unreachable(wrapped(sqlite3.OperationalError("unable to open database file")))
    assert is_unreachable(wrapped(PgError("08006")))  # connection failure
    assert is_unreachable(wrapped(PgError("53300")))  # too many connections
    assert is_unreachable(wrapped(PgError("57014")))  # statement timeout
    assert not is_unreachable(wrapped(PgError("42703")))  # undefined column
    assert is_unreachable(OperationalError("connection refused"))  # no code at all
    assert not is_unreachable(ValueError("x"))
