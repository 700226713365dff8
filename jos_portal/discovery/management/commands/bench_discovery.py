"""Measure server time of the site search, topic and region pages in-process."""

import statistics
import time

from django.core.cache import cache
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from jos_portal.discovery.topics import topic_counts
from jos_portal.operations.pagecache import bump_content_version
from practices.models import Practice


class Command(BaseCommand):
    help = (
        "Meet de servertijd (in het proces, zonder netwerk) van zoeken over alle typen, "
        "onderwerp- en regiopagina's en print mediaan, p95 en aantal queries."
    )

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=30)

    def handle(self, *args, runs, **options):
        total = Practice.objects.published().count()
        if total == 0:
            raise CommandError("Geen gepubliceerde praktijkvoorbeelden; draai generate_bench_data.")
        topics = topic_counts()
        busiest = topics[0]["slug"]
        scenarios = [
            ("zoeken, twee woorden", "/zoeken/", {"q": "jongerenwerk wijk"}),
            ("zoeken, één woord", "/zoeken/", {"q": "school"}),
            ("zoeken, type-filter", "/zoeken/", {"q": "school", "type": "practices"}),
            ("zoeken, tikfout", "/zoeken/", {"q": "jongerenwrk"}),
            ("zoeken, zeldzaam woord", "/zoeken/", {"q": "mentor tilburg"}),
            ("onderwerpen", "/onderwerpen/", {}),
            (f"onderwerp ({busiest})", f"/onderwerpen/{busiest}/", {}),
            ("regio's (kaart)", "/regio/", {}),
            ("provincie", "/regio/noord-brabant/", {}),
            ("gemeente", "/regio/noord-brabant/tilburg/", {}),
        ]
        client = Client()
        self.stdout.write(
            f"Database: {connection.vendor}, {total} gepubliceerde praktijkvoorbeelden, {runs} runs"
        )
        self.stdout.write(
            "na wijziging = de inhoudsversie verhoogd voor elke request, zoals na elke "
            "publicatie (de pagina, tellingen en treffers opnieuw; menu en site blijven in de "
            "cache); leeg = hele cache geleegd (na een herstart); warm = niets geleegd. "
            "Mediaan in ms, queries bij 'na wijziging'. De paginacache staat hier uit."
        )
        self.stdout.write(
            f"{'scenario':28} {'na wijziging':>13} {'p95':>8} {'leeg':>8} {'warm':>8} "
            f"{'queries':>8}"
        )
        for name, url, params in scenarios:
            figures = {}
            for mode in ("changed", "empty", "warm"):
                timings, queries = self.measure(client, url, params, mode, runs)
                figures[mode] = (statistics.median(timings), percentile(timings, 0.95), queries)
            changed, empty, warm = figures["changed"], figures["empty"], figures["warm"]
            self.stdout.write(
                f"{name:28} {changed[0]:11.1f}ms {changed[1]:6.1f}ms {empty[0]:6.1f}ms "
                f"{warm[0]:6.1f}ms {changed[2]:8}"
            )

    def measure(self, client, url, params, mode, runs):
        timings, queries = [], 0
        for i in range(runs + 2):
            if mode == "changed":
                bump_content_version()
            elif mode == "empty":
                cache.clear()
            with CaptureQueriesContext(connection) as captured:
                started = time.perf_counter()
                response = client.get(url, params)
                elapsed = (time.perf_counter() - started) * 1000
            if response.status_code != 200:
                raise CommandError(f"{url} {params}: status {response.status_code}")
            if i >= 2:  # the first two warm up this process
                timings.append(elapsed)
            queries = len(captured.captured_queries)
        return timings, queries


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]
