import json
import random

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.urls import NoReverseMatch, reverse

from jos_portal.operations import loadtest
from practices.models import Practice
from publications.models import Publication


def _url(name, *args, query=""):
    try:
        return reverse(name, args=args) + query
    except NoReverseMatch:
        return None


class Command(BaseCommand):
    help = (
        "Lasttest op een draaiende portal op 127.0.0.1 (bijv. 'make serve'): gesimuleerde "
        "bezoekers over een mix van publieke pagina's; print req/s, p50/p95/p99 en fouten, "
        "en de doorvoer van een gecachte pagina tegenover een statisch bestand."
    )

    def add_arguments(self, parser):
        parser.add_argument("--url", default="http://127.0.0.1:8001")
        parser.add_argument("--users", type=int, default=50)
        parser.add_argument("--duration", type=float, default=60.0)
        parser.add_argument(
            "--no-ratio", action="store_true", help="Sla de statische vergelijking over."
        )
        parser.add_argument(
            "--print-mix",
            action="store_true",
            help="Print alleen de paginamix (soort, URL, gewicht) als JSON, zonder lasttest.",
        )
        parser.add_argument(
            "--unique-share",
            type=float,
            default=0.0,
            help=(
                "Aandeel requests (0-1) met een nooit eerder gebruikte querystring: die missen "
                "de paginacache en komen uit de database. Standaard 0."
            ),
        )

    def handle(self, *args, url, users, duration, no_ratio, unique_share, print_mix, **options):
        if print_mix:  # for another load generator (Locust, k6, ...): the same pages
            mix = [{"kind": k, "url": u, "weight": w} for k, u, w in self.mix()]
            self.stdout.write(json.dumps(mix, indent=2))
            return
        if not 0 <= unique_share <= 1:
            raise CommandError("--unique-share moet tussen 0 en 1 liggen.")
        try:
            loadtest.check_loopback(url)
        except ValueError as error:
            raise CommandError(str(error)) from error
        result, elapsed = loadtest.run(
            url, self.mix(), users=users, duration=duration, unique_share=unique_share
        )
        self.stdout.write(
            f"Doel {url}, {users} gebruikers, {duration:.0f} s, "
            f"{unique_share:.0%} unieke URL's (missen de paginacache)"
        )
        for line in loadtest.summary(result, elapsed):
            self.stdout.write(line)
        if not no_ratio:
            self.ratio(url)
        if result.errors:
            raise CommandError(f"{len(result.errors)} fouten tijdens de lasttest.")

    def mix(self):
        """[(kind, url, weight)] of published content that exists in this database."""
        rng = random.Random(7)  # noqa: S311 - a reproducible sample
        slugs = list(Practice.objects.published().values_list("slug", flat=True)[:2000])
        publications = list(Publication.objects.published().values_list("slug", flat=True))
        if not slugs:
            raise CommandError("Geen gepubliceerde praktijkvoorbeelden; laad eerst inhoud.")
        candidates = [
            ("home", "/", 10),
            ("lijst", _url("practices:list"), 10),
            ("lijst+filters", _url("practices:list", query="?provincie=utrecht&fase=lopend"), 10),
            (
                "lijst+filters",
                _url("practices:list", query="?schooltype=vmbo&doelgroep=12-16-jaar"),
                5,
            ),
            ("zoeken", _url("discovery:search", query="?q=jongerenwerk"), 8),
            ("zoeken", _url("practices:list", query="?q=mentor"), 4),
            ("factorenkaart", _url("discovery:factor_map"), 5),
            ("onderwerpen", _url("discovery:topics"), 3),
            ("regio", _url("discovery:regions"), 3),
            ("regio", _url("discovery:province", "utrecht"), 3),
            ("publicaties", _url("publications:list"), 3),
        ]
        candidates += [
            ("detail", _url("practices:detail", slug), 20 / 50)
            for slug in rng.sample(slugs, min(50, len(slugs)))
        ]
        candidates += [
            ("publicatie", _url("publications:detail", slug), 1) for slug in publications[:5]
        ]
        return [(kind, path, weight) for kind, path, weight in candidates if path]

    def ratio(self, url):
        static_path = self.static_like(url)
        page_rps, page = loadtest.throughput(url, "/praktijkvoorbeelden/", duration=5)
        static_rps, static = loadtest.throughput(url, static_path, duration=5)
        page_size = page.bytes // max(1, len(page.timings.get("x", [])))
        static_size = static.bytes // max(1, len(static.timings.get("x", [])))
        self.stdout.write(
            f"Doorvoer gecachte lijstpagina ({page_size} B): {page_rps:.0f} req/s; "
            f"statisch bestand {static_path} ({static_size} B, WhiteNoise): "
            f"{static_rps:.0f} req/s; "
            f"verhouding pagina/statisch = {page_rps / static_rps if static_rps else 0:.2f}"
        )

    def static_like(self, url):
        """The static file closest in size to the list page, as served by WhiteNoise."""
        import http.client

        host, port = loadtest.check_loopback(url)
        connection = http.client.HTTPConnection(host, port, timeout=10)
        connection.request("GET", "/praktijkvoorbeelden/")
        size = len(connection.getresponse().read())
        root = settings.STATIC_ROOT
        files = [
            p
            for p in root.rglob("*")
            if p.is_file() and p.suffix in {".css", ".js", ".svg", ".txt"}
        ]
        if not files:
            raise CommandError(f"Geen statische bestanden in {root}; draai collectstatic.")
        best = min(files, key=lambda p: abs(p.stat().st_size - size))
        return settings.STATIC_URL + best.relative_to(root).as_posix()
