"""What counting adds to a page-cache hit, measured in the process (no gunicorn, no
network).

Three request handlers are built from the same settings: without ReachMiddleware (the
stack before reach counting), with it and the counters pushed to the cache every 10 s
(the default), and with it and a push on every hit (what one cache write per view would
cost). Each serves the same cached practice page (counted) and the cached practice list
(no reach label) many times, the handlers taking turns per round; a figure is the median
over the rounds of the mean time per request. Last, the counting step alone (what
``ReachMiddleware`` does with a labelled response, without the push), which is steadier
than a difference of two noisy figures on a shared machine. Needs published practices;
the page cache is switched on here (PAGE_CACHE_SECONDS=600).

Its own hits are not reach: the command works under a cache key prefix of its own, so
its counts never mix with the buffered counts of real visitors, never flushes (no task is
queued) and throws its counts away at the end. The reach table is never written.

    REDIS_URL=redis://127.0.0.1:6379/0 DJANGO_SETTINGS_MODULE=jos_portal.settings.bench \\
        .venv/bin/python manage.py bench_reach_hit [--requests 2000] [--rounds 7]
"""

import copy
import statistics
import time

from django.conf import settings
from django.core.handlers.wsgi import WSGIHandler
from django.core.management.base import BaseCommand, CommandError
from django.http import HttpResponse
from django.test import RequestFactory, override_settings

from jos_portal.reach import counting

REACH = "jos_portal.reach.middleware.ReachMiddleware"
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Firefox/128.0"
WITHOUT = "without counting"


def own_caches():
    """The cache settings with a key prefix of this command's own."""
    caches = copy.deepcopy(settings.CACHES)
    for alias in caches.values():
        alias["KEY_PREFIX"] = f"{alias.get('KEY_PREFIX', '')}-bench-reach-hit"
    return caches


def discard_counts():
    """Forget what the command counted: in this process and in the cache's buffer (which,
    under the command's own prefix, holds nothing else)."""
    counting.reset_process_counters()
    buffer = counting.store()
    buffer.close_buffer()
    for name, _counters in list(buffer.batches()):
        buffer.drop(name)


def build_handler(with_reach):
    middleware = [m for m in settings.MIDDLEWARE if with_reach or m != REACH]
    with override_settings(MIDDLEWARE=middleware):
        return WSGIHandler()


def serve(handler, url):
    request = RequestFactory().get(url, HTTP_USER_AGENT=BROWSER, HTTP_REFERER="https://x.org/")
    response = handler.get_response(request)
    response.close()  # runs the push, as the WSGI server does after sending
    return response


def timed(handler, url, push_seconds, count):
    with override_settings(REACH_PUSH_SECONDS=push_seconds):
        started = time.perf_counter()
        for _ in range(count):
            response = serve(handler, url)
        seconds = time.perf_counter() - started
    if response.status_code != 200 or response.get("X-Cache") != "hit":
        raise CommandError(f"{url} kwam niet uit de paginacache ({response.status_code}).")
    return seconds / count * 1000


class Command(BaseCommand):
    help = "Meet wat het tellen van bereik toevoegt aan een treffer uit de paginacache."

    def add_arguments(self, parser):
        parser.add_argument("--requests", type=int, default=2000)
        parser.add_argument("--rounds", type=int, default=7)

    def handle(self, *args, requests, rounds, **options):
        from practices.models import Practice

        practice = Practice.objects.published().order_by("pk").first()
        if practice is None:
            raise CommandError("Geen gepubliceerde praktijkvoorbeelden; laad eerst de demo-inhoud.")
        pages = {
            "practice page (counted)": practice.get_absolute_url(),
            "practice list (not counted)": "/praktijkvoorbeelden/",
        }
        counting.push()  # what this process counted before belongs to the shared buffer
        with override_settings(CACHES=own_caches(), PAGE_CACHE_SECONDS=600, REACH_FLUSH_SECONDS=0):
            variants = {
                WITHOUT: (build_handler(False), 10),
                "counting, push every 10 s": (build_handler(True), 10),
                "counting, push on every hit": (build_handler(True), 0),
            }
            for handler, _push in variants.values():
                for url in pages.values():
                    serve(handler, url)  # fill the page cache
            results = {(page, variant): [] for page in pages for variant in variants}
            for _round in range(rounds):
                for page, url in pages.items():
                    for variant, (handler, push) in variants.items():
                        results[page, variant].append(timed(handler, url, push, requests))
            count_alone = self.count_alone(requests * 10)
            discard_counts()
        backend = settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]
        self.stdout.write(f"cache: {backend}; {rounds} rounds of {requests} hits per row")
        self.stdout.write("| page | variant | ms per hit | added |")
        self.stdout.write("| --- | --- | ---: | ---: |")
        for page in pages:
            base = statistics.median(results[page, WITHOUT])
            for variant in variants:
                value = statistics.median(results[page, variant])
                added = "" if variant == WITHOUT else f"{(value - base) * 1000:+.0f} µs"
                self.stdout.write(f"| {page} | {variant} | {value:.3f} | {added} |")
        self.stdout.write(f"counting step alone: {count_alone:.1f} µs per hit")

    def count_alone(self, number):
        request = RequestFactory().get(
            "/praktijkvoorbeelden/x/", HTTP_USER_AGENT=BROWSER, HTTP_REFERER="https://x.org/a"
        )
        response = HttpResponse()
        response.reach = ("view", "practices.practice", 1, "utrecht")
        with override_settings(REACH_PUSH_SECONDS=10**9):
            counting.push_if_due()
            started = time.perf_counter()
            for _ in range(number):
                counting.count(request, response)
                response._resource_closers.clear()
            seconds = time.perf_counter() - started
        counting.reset_process_counters()
        return seconds / number * 1_000_000
