"""gunicorn.conf.py as gunicorn itself reads it."""

from django.conf import settings

import pytest
from gunicorn.app.base import Application

CONFIG = str(settings.BASE_DIR / "gunicorn.conf.py")


class ConfigOnly(Application):
    """gunicorn's own loading of a config file, without its command line or an app."""

    def init(self, parser, opts, args):
        return None

    def load_config(self):
        self.load_config_from_file(CONFIG)

    def load(self):
        return None


@pytest.fixture
def clean_env(monkeypatch):
    for name in ("GUNICORN_CONTROL_SOCKET", "FORWARDED_ALLOW_IPS", "TRUSTED_PROXIES"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_the_control_socket_is_off_so_a_second_instance_cannot_take_it_over(clean_env):
    """gunicorn's default is one path per user; a second instance on the machine would
    take it over, and the first would delete it on exit."""
    cfg = ConfigOnly().cfg
    assert cfg.control_socket_disable is True


def test_an_instance_can_have_a_control_socket_of_its_own(clean_env, tmp_path):
    path = str(tmp_path / "jos-8000.ctl")
    clean_env.setenv("GUNICORN_CONTROL_SOCKET", path)
    cfg = ConfigOnly().cfg
    assert cfg.control_socket_disable is False
    assert cfg.control_socket == path


def test_gunicorn_believes_the_same_proxies_as_the_portal(clean_env):
    assert ConfigOnly().cfg.forwarded_allow_ips == ["127.0.0.1"]
    clean_env.setenv("TRUSTED_PROXIES", "10.0.0.0/8")
    assert ConfigOnly().cfg.forwarded_allow_ips == ["10.0.0.0/8"]
    clean_env.setenv("FORWARDED_ALLOW_IPS", "192.168.1.1")
    assert ConfigOnly().cfg.forwarded_allow_ips == ["192.168.1.1"]
