import socket

from django.core.cache import cache
from django.test import override_settings

import pytest

from practices.models import Practice

pytestmark = pytest.mark.django_db


def redis_cache(port):
    return {
        "default": {
            "BACKEND": "jos_portal.operations.cache.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/15",
            "KEY_PREFIX": "jos-test",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }


def redis_running():
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except OSError:
        return False
    return True


def test_with_redis_down_every_public_page_is_served_uncached(client, home, caplog):
    practice = Practice.objects.filter(live=True).first()
    with override_settings(CACHES=redis_cache(1)):  # nothing listens on port 1
        assert cache.get("x") is None
        cache.set("x", 1)
        for url in (
            "/",
            "/praktijkvoorbeelden/",
            "/praktijkvoorbeelden/?provincie=utrecht&fase=lopend",
            practice.get_absolute_url(),
            "/factoren/",
            "/publicaties/",
            "/werkplaatsen/",
        ):
            response = client.get(url)
            assert response.status_code == 200, url
        # Editing still works: the facet version bump is dropped, not a crash.
        practice.title = "Bewerkt terwijl de cache plat lag"
        practice.save()
        response = client.get("/praktijkvoorbeelden/", {"q": "Bewerkt"})
        assert response.status_code == 200
        assert client.get("/readyz").status_code == 503
    assert "Cache onbereikbaar" in caplog.text


@pytest.mark.skipif(not redis_running(), reason="Redis draait niet op 127.0.0.1:6379")
def test_with_redis_up_the_resilient_cache_is_a_normal_cache(client, home):
    with override_settings(CACHES=redis_cache(6379)):
        cache.clear()
        cache.set("sleutel", {"a": 1}, 30)
        assert cache.get("sleutel") == {"a": 1}
        assert cache.get_many(["sleutel", "anders"]) == {"sleutel": {"a": 1}}
        cache.set("teller", 1)
        assert cache.incr("teller") == 2
        with pytest.raises(ValueError):
            cache.incr("bestaat-niet")
        assert client.get("/praktijkvoorbeelden/").status_code == 200
        assert client.get("/readyz").status_code == 200
        cache.clear()


def test_after_a_failure_redis_is_skipped_for_a_moment_then_tried_again(monkeypatch):
    """A dead Redis costs one failed call per SKIP_SECONDS, not one per cache call."""
    from django.core.cache.backends.redis import RedisCache

    from redis.exceptions import ConnectionError as RedisConnectionError

    from jos_portal.operations import cache as resilient

    calls = []

    def failing_get(self, key, default=None, version=None):
        calls.append(key)
        raise RedisConnectionError("refused")

    now = [1000.0]
    monkeypatch.setattr(RedisCache, "get", failing_get)
    monkeypatch.setattr(resilient.time, "monotonic", lambda: now[0])
    monkeypatch.setattr(resilient, "_skip_until", {})
    with override_settings(CACHES=redis_cache(2)):
        for _ in range(10):
            assert cache.get("sleutel", "standaard") == "standaard"
        assert calls == ["sleutel"]
        # incr bumps the content version: it is never skipped, so a bump is only lost
        # when Redis really fails at that moment.
        increments = []

        def counting_incr(self, key, delta=1, version=None):
            increments.append(key)
            return 7

        monkeypatch.setattr(RedisCache, "incr", counting_incr)
        assert cache.incr("teller") == 7
        assert increments == ["teller"]
        now[0] += resilient.SKIP_SECONDS + 0.1
        assert cache.get("sleutel") is None
        assert len(calls) == 2
