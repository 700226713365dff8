"""The local admin's printed login follows the configured host and port."""

import io

from django.core.management import call_command

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def debug(settings, tmp_path, monkeypatch):
    from jos_portal.core.management.commands import ensure_local_admin

    settings.DEBUG = True
    monkeypatch.setattr(ensure_local_admin, "PASSWORD_FILE", tmp_path / ".admin-password")


def test_the_login_link_follows_the_given_host_and_port(debug):
    out = io.StringIO()
    call_command("ensure_local_admin", base_url="http://127.0.0.1:8123", stdout=out)
    assert "Inloggen: http://127.0.0.1:8123/admin/" in out.getvalue()


def test_without_a_base_url_it_follows_the_setting(debug, settings):
    settings.WAGTAILADMIN_BASE_URL = "http://localhost:9000/"
    out = io.StringIO()
    call_command("ensure_local_admin", stdout=out)
    assert "Inloggen: http://localhost:9000/admin/" in out.getvalue()
    assert ":8000" not in out.getvalue()
