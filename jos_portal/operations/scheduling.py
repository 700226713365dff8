"""Scheduled publishing that works without a cron entry, and clears the page cache in
every setup.

Wagtail publishes what an editor scheduled ("Publicatie inplannen") and unpublishes what
expired only when ``manage.py publish_scheduled`` runs. The quick start has no cron, and
where a cron entry runs it in its own process, a cache that is not shared (the local memory
cache, without Redis) would keep serving the old pages.

So the web process takes a turn itself, at most once per ``SCHEDULED_PUBLISHING_INTERVAL``
seconds (default 60, 0 switches it off) and before the page cache looks up anything:

1. it runs ``publish_scheduled`` when no other process did in this interval (with a shared
   cache, ``cache.add`` lets one process per interval do it; with a local cache each
   process does, and a second run finds nothing left to do);
2. it asks the log whether anything was published or unpublished since its last turn (by
   a cron entry, a worker or another process) and, if so, makes every cached page stale.

A turn costs one memory check per request and a few queries per minute; a failure is
logged and never reaches the visitor. A cron entry stays possible (docs/beheer.md).
"""

import io
import logging
import time

from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.db.models import Q
from django.utils import timezone

from .pagecache import bump_content_version

logger = logging.getLogger(__name__)

TURN_KEY = "scheduling:turn"
clock = time.monotonic  # replaced by a fake clock in the tests
PUBLISHING_ACTIONS = Q(action__startswith="wagtail.publish") | Q(
    action__startswith="wagtail.unpublish"
)


def interval():
    return getattr(settings, "SCHEDULED_PUBLISHING_INTERVAL", 60)


def publish_due():
    """Publish what is scheduled and unpublish what expired (Wagtail's own command)."""
    call_command("publish_scheduled", stdout=io.StringIO())


def published_since(moment):
    """Whether any page or record was published or unpublished after ``moment``."""
    from wagtail.models import ModelLogEntry, PageLogEntry

    return any(
        model.objects.filter(PUBLISHING_ACTIONS, timestamp__gt=moment).exists()
        for model in (PageLogEntry, ModelLogEntry)
    )


class ScheduledPublishingMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.next_turn = 0.0
        self.last_seen = timezone.now()

    def __call__(self, request):
        seconds = interval()
        if seconds and clock() >= self.next_turn:
            self.next_turn = clock() + seconds
            self.take_turn(seconds)
        return self.get_response(request)

    def take_turn(self, seconds):
        started = timezone.now()
        try:
            if cache.add(TURN_KEY, 1, seconds):
                publish_due()
            if published_since(self.last_seen):
                bump_content_version()
            self.last_seen = started
        except Exception as error:  # the visitor's page matters more; the next turn tries again
            from .middleware import is_unreachable

            if is_unreachable(error):
                # An outage is reported by the requests themselves; one line a minute here.
                logger.warning("Ingeplande publicaties wachten: database onbereikbaar")
            else:
                logger.exception("Ingeplande publicaties konden niet worden verwerkt")
