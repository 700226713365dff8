"""Scheduled publishing without cron, and a page cache that notices publishing done by
another process (a cron entry or a second server process without a shared cache)."""

import datetime

from django.core.cache import cache
from django.test import Client
from django.utils import timezone

import pytest

from jos_portal.operations import pagecache, scheduling
from practices.models import Practice
from tests.factories.practices import PracticeFactory

pytestmark = pytest.mark.django_db

LIST = "/praktijkvoorbeelden/"


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


@pytest.fixture(autouse=True)
def clock(settings, monkeypatch):
    settings.PAGE_CACHE_SECONDS = 600
    settings.SCHEDULED_PUBLISHING_INTERVAL = 60
    cache.clear()
    fake = FakeClock()
    monkeypatch.setattr(scheduling, "clock", fake)
    return fake


def a_minute_later(clock):
    """A minute passes: the server process is due for a turn, and the shared turn of the
    last interval has expired."""
    clock.now += 61
    cache.delete(scheduling.TURN_KEY)


def listed(client, title):
    client.get(LIST)  # a first visit may create a site settings row: a content change
    response = client.get(LIST)
    assert response.status_code == 200
    return title in response.content.decode()


def test_a_scheduled_practice_goes_live_on_the_first_visit_after_its_time(home, clock):
    practice = PracticeFactory(title="Ingepland voorbeeld", live=False)
    practice.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    revision = practice.save_revision(approved_go_live_at=practice.go_live_at)

    visitor = Client()
    assert not listed(visitor, "Ingepland voorbeeld")  # not yet due; the list is cached now
    assert not Practice.objects.get(pk=practice.pk).live

    # The time comes (moved back rather than waited for).
    due = timezone.now() - datetime.timedelta(minutes=1)
    revision.approved_go_live_at = due
    revision.content["go_live_at"] = due.isoformat()
    revision.save(update_fields=["approved_go_live_at", "content"])
    assert not listed(visitor, "Ingepland voorbeeld")  # the same minute: no new turn yet

    a_minute_later(clock)
    visitor.get("/")
    assert Practice.objects.get(pk=practice.pk).live
    assert listed(visitor, "Ingepland voorbeeld")


def test_publishing_by_another_process_makes_the_cached_pages_stale(home, clock):
    practice = PracticeFactory(title="Elders gepubliceerd", live=False)
    visitor = Client()
    assert not listed(visitor, "Elders gepubliceerd")

    # Another process publishes; this process's cache never hears of it.
    version = pagecache.content_version()
    practice.save_revision().publish()
    cache.set(pagecache.VERSION_KEY, version, None)
    assert not listed(visitor, "Elders gepubliceerd")  # the same minute: still the old page

    a_minute_later(clock)
    assert listed(visitor, "Elders gepubliceerd")


def test_one_turn_per_interval_per_process_and_per_shared_cache(home, monkeypatch, clock):
    runs = []
    monkeypatch.setattr(scheduling, "publish_due", lambda: runs.append(1))
    visitor = Client()
    for _ in range(3):
        visitor.get(LIST)
    assert runs == [1]
    Client().get(LIST)  # a second process in the same minute, sharing the cache
    assert runs == [1]
    a_minute_later(clock)
    visitor.get(LIST)
    assert runs == [1, 1]


def test_a_failing_turn_never_reaches_the_visitor(home, monkeypatch, caplog):
    def broken():
        raise RuntimeError("database even weg")

    monkeypatch.setattr(scheduling, "publish_due", broken)
    response = Client().get(LIST)
    assert response.status_code == 200
    assert "Ingeplande publicaties konden niet worden verwerkt" in caplog.text


def test_an_unreachable_database_is_one_warning_not_an_error_report(home, monkeypatch, caplog):
    from django.db import OperationalError

    def away():
        raise OperationalError("connection refused")

    monkeypatch.setattr(scheduling, "publish_due", away)
    response = Client().get(LIST)
    assert response.status_code == 200
    records = [r for r in caplog.records if r.name == scheduling.logger.name]
    assert [(r.levelname, r.getMessage()) for r in records] == [
        ("WARNING", "Ingeplande publicaties wachten: database onbereikbaar")
    ]
