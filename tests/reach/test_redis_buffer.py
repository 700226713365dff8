"""The production path: the page cache and the count buffer on a real Redis. The same
scripted visits give the same exact figures; the buffer is closed by an atomic RENAME, so
counts that arrive during a flush wait for the next one, and a flush that dies after its
commit does not count its batch twice."""

import os
import uuid

from django.core.cache import caches
from django.test import override_settings

import pytest

from jos_portal.operations.cache import delete_own_keys
from jos_portal.reach import counting
from tests.operations.test_cache_failure import redis_running
from tests.reach.visits import DAY_TWO, EXPECTED, run_sequence, table, visit

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not redis_running(), reason="Redis draait niet op 127.0.0.1:6379"),
]
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


@pytest.fixture
def redis_cache(settings):
    settings.PAGE_CACHE_SECONDS = 600
    config = {
        "default": {
            "BACKEND": "jos_portal.operations.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": f"jos-reach-test-{uuid.uuid4().hex[:8]}",
        }
    }
    with override_settings(CACHES=config):
        yield caches["default"]
        delete_own_keys(caches["default"])


def test_the_visit_sequence_counts_exactly_through_redis(client, calendar, records, redis_cache):
    responses = run_sequence(client, calendar, records)
    assert [r["X-Cache"] for r in responses].count("hit") == 5
    store = counting.store()
    assert isinstance(store, counting.RedisStore)
    buffered = store.client.hgetall(store.buffer)
    assert sum(int(number) for number in buffered.values()) == sum(EXPECTED.values())

    assert counting.flush() == sum(EXPECTED.values())
    assert table(records) == EXPECTED
    assert not store.client.exists(store.buffer)
    assert counting.flush() == 0
    assert table(records) == EXPECTED


def test_counts_arriving_during_a_flush_wait_for_the_next(client, calendar, records, redis_cache):
    run_sequence(client, calendar, records)
    real_apply = counting.apply
    url = records["b"].get_absolute_url()

    def apply_while_visited(name, counters):
        calendar["day"] = DAY_TWO
        visit(client, url)  # lands in a new buffer, after the old one was renamed
        return real_apply(name, counters)

    counting.apply = apply_while_visited
    try:
        assert counting.flush() == sum(EXPECTED.values())
    finally:
        counting.apply = real_apply
    assert counting.flush() == 1
    assert table(records)[(DAY_TWO, "view", "b", "utrecht", "(direct)")] == 2


def test_a_batch_left_behind_after_the_commit_is_not_added_again(
    client, calendar, records, redis_cache, monkeypatch
):
    run_sequence(client, calendar, records)

    def crash(self, name):
        raise ConnectionError("Redis weg")

    real_drop = counting.RedisStore.drop
    monkeypatch.setattr(counting.RedisStore, "drop", crash)
    with pytest.raises(ConnectionError):
        counting.flush()
    # The cache is back; the test's calendar stays (undo() would bring back the real date).
    monkeypatch.setattr(counting.RedisStore, "drop", real_drop)
    assert counting.flush() == 0
    assert table(records) == EXPECTED
    store = counting.store()
    assert list(store.batches()) == []
