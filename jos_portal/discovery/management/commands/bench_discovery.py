"""Measure server time of the site search, topic and region pages in-process."""

import statistics
import time

from django.core.cache import cache
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from jos_portal.discovery.topics import topic_counts
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
            "koud = cache geleegd voor elke request; warm = cache blijft staan "
            "(treffers en tellingen uit de cache tot de volgende wijziging van de inhoud)"
        )
        self.stdout.write(f"{'scenario':34} {'mediaan':>9} {'p95':>9} {'queries':>8}")
        for name, url, params in scenarios:
            for cold in (True, False):
                label = f"{name} ({'koud' if cold else 'warm'})"
                timings, queries = [], 0
                for i in range(runs + 2):
                    if cold:
                        cache.clear()
                    with CaptureQueriesContext(connection) as captured:
                        started = time.perf_counter()
                        response = client.get(url, params)
                        elapsed = (time.perf_counter() - started) * 1000
                    if response.status_code != 200:
                        raise CommandError(f"{label}: status {response.status_code}")
                    if i >= 2:
                        timings.append(elapsed)
                    queries = len(captured.captured_queries)
                timings.sort()
                p95 = timings[min(len(timings) - 1, int(round(0.95 * (len(timings) - 1))))]
                median = statistics.median(timings)
                self.stdout.write(f"{label:34} {median:7.1f}ms {p95:7.1f}ms {queries:8}")
