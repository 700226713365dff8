"""A restore (and any cache clear) deletes only this site's keys from a shared Redis.

Runs against the Redis at 127.0.0.1:6379 (database 14, which no other test uses) and is
skipped when none is reachable; CI has one."""

import io
import os

from django.core.cache import cache, caches
from django.core.management import call_command
from django.test import override_settings

import pytest

from jos_portal.operations.cache import clear_site_cache
from tests.factories.practices import PracticeFactory

from .test_cache_failure import redis_running

pytestmark = pytest.mark.skipif(not redis_running(), reason="Redis draait niet op 127.0.0.1:6379")

URL = "redis://127.0.0.1:6379/14"


def cache_settings(prefix, backend="jos_portal.operations.cache.ResilientRedisCache"):
    return {
        "default": {
            "BACKEND": backend,
            "LOCATION": URL,
            "KEY_PREFIX": prefix,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }


@pytest.fixture
def redis_db():
    import redis

    client = redis.Redis.from_url(URL)
    # Unique per run, so parallel runs on one Redis never meet.
    tag = f"integ-{os.getpid()}"
    yield client, tag
    for key in client.scan_iter(match=f"*{tag}*"):
        client.delete(key)


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_restore_keeps_the_keys_of_other_sites(redis_db, media, tmp_path):
    client, tag = redis_db
    PracticeFactory(title="Pauzeteam Tilburg", slug="pauzeteam-tilburg")
    archive = tmp_path / "jos.tar.gz"
    call_command("backup", output=str(archive), stdout=io.StringIO())

    prefix = f"jos-herstel-{tag}"
    foreign = {
        f"live-site-{tag}:1:data:home": b"live",  # another portal on the same Redis
        f"{prefix}x-{tag}:1:page": b"near miss",  # a prefix that merely starts the same
        f"{prefix}:2:page": b"other version",
        f"bare-{tag}": b"not from Django",
    }
    for key, value in foreign.items():
        client.set(key, value)
    with override_settings(CACHES=cache_settings(prefix)):
        cache.set("pagina", "oude inhoud")
        cache.set("andere-pagina", "oude inhoud")
        assert client.exists(f"{prefix}:1:pagina")

        call_command("restore", str(archive), force=True, stdout=io.StringIO())

        assert cache.get("pagina") is None and cache.get("andere-pagina") is None
    for key, value in foreign.items():
        assert client.get(key) == value, key


@pytest.mark.parametrize(
    "backend",
    [
        "jos_portal.operations.cache.ResilientRedisCache",
        "django.core.cache.backends.redis.RedisCache",
    ],
)
def test_clearing_the_site_cache_scans_only_its_own_prefix(redis_db, backend):
    client, tag = redis_db
    prefix = f"jos*[{tag}]?"  # pattern characters in the prefix match only themselves
    client.set(f"josX[{tag}]?:1:a", b"foreign")
    client.set(f"jos*[{tag}]!:1:a", b"foreign")
    with override_settings(CACHES=cache_settings(prefix, backend)):
        for n in range(2500):  # more than one SCAN batch
            caches["default"].set(f"sleutel-{n}", n)
        clear_site_cache()
        assert not list(client.scan_iter(match=f"jos\\*\\[{tag}\\]\\?:*"))
    assert client.get(f"josX[{tag}]?:1:a") == b"foreign"
    assert client.get(f"jos*[{tag}]!:1:a") == b"foreign"
