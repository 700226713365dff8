"""Measure server time of the practice pages in-process and print median and p95."""

import statistics
import time

from django.core.cache import cache
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from practices.models import Practice


class Command(BaseCommand):
    help = (
        "Meet de servertijd (request tot response, in het proces, zonder netwerk) van de "
        "lijst, de detailpagina en de CSV-export en print mediaan, p95 en aantal queries."
    )

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=30)

    def handle(self, *args, runs, **options):
        total = Practice.objects.published().count()
        if total == 0:
            raise CommandError("Geen gepubliceerde praktijkvoorbeelden; draai generate_bench_data.")
        sample = Practice.objects.published().order_by("pk")[total // 2]
        client = Client()
        scenarios = [
            ("lijst, ongefilterd", "/praktijkvoorbeelden/", {}),
            (
                "lijst, drie filters",
                "/praktijkvoorbeelden/",
                {"provincie": "noord-brabant", "schooltype": "havo", "fase": "lopend"},
            ),
            ("lijst, zoekvraag", "/praktijkvoorbeelden/", {"q": "jongerenwerk wijk"}),
            (
                "lijst, databankfilters",
                "/praktijkvoorbeelden/",
                {"erkenning": "goed-beschreven", "financiering": "gemeente", "kosten": "tot-5000"},
            ),
            ("detailpagina", sample.get_absolute_url(), {}),
            ("CSV-export ~1.000 rijen", "/praktijkvoorbeelden/export.csv", self._export_params()),
            ("factorenkaart", "/factoren/", {}),
        ]
        self.stdout.write(
            f"Database: {connection.vendor}, {total} gepubliceerde praktijkvoorbeelden, {runs} runs"
        )
        self.stdout.write(
            "koud = cache geleegd voor elke request; warm = facettellingen uit de cache"
        )
        self.stdout.write(f"{'scenario':34} {'mediaan':>9} {'p95':>9} {'queries':>8} {'rijen':>6}")
        for (name, url, params), cold in (
            (scenario, cold) for scenario in scenarios for cold in (True, False)
        ):
            if (url.endswith(".csv") or url == "/factoren/") and not cold:
                continue  # these pages do not use the facet cache
            name = f"{name} ({'koud' if cold else 'warm'})"
            timings, queries, size = [], 0, 0
            for i in range(runs + 2):
                if cold:
                    cache.clear()
                with CaptureQueriesContext(connection) as captured:
                    started = time.perf_counter()
                    response = client.get(url, params)
                    body = (
                        b"".join(response.streaming_content)
                        if response.streaming
                        else response.content
                    )
                    elapsed = (time.perf_counter() - started) * 1000
                if response.status_code != 200:
                    raise CommandError(f"{name}: status {response.status_code}")
                if i >= 2:  # the first two runs warm caches and connections
                    timings.append(elapsed)
                queries = len(captured.captured_queries)
                size = body.count(b"\n") - 1 if url.endswith(".csv") else ""
            timings.sort()
            p95 = timings[min(len(timings) - 1, int(round(0.95 * (len(timings) - 1))))]
            median = statistics.median(timings)
            self.stdout.write(f"{name:34} {median:7.1f}ms {p95:7.1f}ms {queries:8} {size!s:>6}")

    def _export_params(self):
        """A selection of about 1,000 rows: the provinces with most practices until ~1,000."""
        from django.db.models import Count

        from jos_portal.taxonomy.models import Province

        provinces = Province.objects.annotate(
            n=Count("municipalities__covering_practices")
        ).order_by("n")
        chosen, rows = [], 0
        for province in provinces:
            if rows >= 1000:
                break
            if province.n and rows + province.n <= 1300:
                chosen.append(province.slug)
                rows += province.n
        return {"provincie": chosen} if chosen else {}
