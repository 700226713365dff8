import html
import os
import platform
import random
import re
import sys
import time
import urllib.request
from datetime import UTC, datetime
from urllib.parse import urlencode

from django.core.management.base import BaseCommand, CommandError

from jos_portal.operations import benchratios
from practices.models import Practice

CHECKBOX = re.compile(r'<input type="checkbox" name="([^"]+)" value="([^"]+)"')
STYLESHEET = re.compile(r'href="(/static/[^"]+\.css)"')
# Words that occur in the bench practices' texts (generate_bench_data), so a search
# narrows instead of matching nothing.
SEARCH_WORDS = ["jongerenwerk", "wijk", "school", "ouders", "mentor", "talent", "pesten"]


def _cpu_model():
    try:
        with open("/proc/cpuinfo") as info:
            for line in info:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "?"


def _get(url):
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - loopback only
        return response.read().decode()


class Command(BaseCommand):
    help = (
        "Doorvoer (req/s) van statisch bestand, gecachte lijst, kale Django-view, ongecachte "
        "lijst, detail, nooit geziene filtercombinatie met zoekwoord en home, naast elkaar in "
        "één run, met de verhouding tot de vloer. Tegen twee draaiende servers op 127.0.0.1 "
        "(paginacache aan en uit); scripts/bench-ratios.sh start ze."
    )

    def add_arguments(self, parser):
        parser.add_argument("--cached-url", default="http://127.0.0.1:8811")
        parser.add_argument("--uncached-url", default="http://127.0.0.1:8812")
        parser.add_argument(
            "--late-hit-url",
            default="",
            help="Een derde server waar paginacache-hits de hele middleware doorlopen "
            "(vergelijkingsrij voor PageCacheHitMiddleware).",
        )
        parser.add_argument("--connections", type=int, default=10)
        parser.add_argument("--duration", type=float, default=10.0)
        parser.add_argument("--warmup", type=float, default=2.0)
        parser.add_argument(
            "--rounds",
            type=int,
            default=1,
            help="Meet alle rijen zo vaak na elkaar en toon per rij de mediane run "
            "(minder last van wisselende belasting door anderen op de machine).",
        )
        parser.add_argument("--seed", type=int, default=None)
        parser.add_argument("--command-line", default="", help="Voor de kop van de tabel.")

    def handle(self, *args, **opts):
        cached, uncached = opts["cached_url"].rstrip("/"), opts["uncached_url"].rstrip("/")
        total = Practice.objects.published().count()
        if not total:
            raise CommandError("Geen gepubliceerde praktijkvoorbeelden; draai generate_bench_data.")
        sample = Practice.objects.published().order_by("pk")[total // 2]
        detail = sample.get_absolute_url()
        list_html = _get(uncached + "/praktijkvoorbeelden/")
        options = {}
        for name, value in CHECKBOX.findall(list_html):
            options.setdefault(html.unescape(name), []).append(html.unescape(value))
        if len(options) < 6:
            raise CommandError(f"Minder dan zes facetten op de lijstpagina: {sorted(options)}")
        stylesheet = STYLESHEET.search(_get(uncached + "/"))
        if not stylesheet:
            raise CommandError("Geen stylesheet onder /static/ op de homepage.")
        static_path = stylesheet.group(1)

        # A fresh seed per run (unless given): earlier runs left their combinations in the
        # data caches, and these must be combinations the server has never seen.
        seed = opts["seed"] if opts["seed"] is not None else time.time_ns()
        rng = random.Random(seed)  # noqa: S311 - a load mix, not security
        keys = sorted(options)
        seen = set()

        def never_seen():
            while True:
                chosen = rng.sample(keys, 6)
                pairs = [(key, rng.choice(options[key])) for key in chosen]
                word = rng.choice(SEARCH_WORDS)
                query = urlencode([*sorted(pairs), ("q", word)])
                if query not in seen:
                    seen.add(query)
                    return "/praktijkvoorbeelden/?" + query

        conn, duration, warmup = opts["connections"], opts["duration"], opts["warmup"]

        def measure(base, paths, warm=warmup):
            return benchratios.measure(base, paths, conn, duration, warm)

        started = datetime.now(UTC)
        load = os.getloadavg()[0]
        # (label, server, paths, compared with, goal); measured in this order.
        plan = [
            ("static file (WhiteNoise)", cached, [static_path], None, ""),
            ("cached practice list", cached, ["/praktijkvoorbeelden/"], "static", "≥ 0.7"),
            *(
                [
                    (
                        "cached practice list, hit through the whole stack (before)",
                        opts["late_hit_url"].rstrip("/"),
                        ["/praktijkvoorbeelden/"],
                        "static",
                        "",
                    )
                ]
                if opts["late_hit_url"]
                else []
            ),
            ("bare Django view", uncached, ["/_bench/kaal/"], None, ""),
            (
                "uncached list with facets (same URL, data caches warm)",
                uncached,
                ["/praktijkvoorbeelden/"],
                "bare",
                "≤ 5×",
            ),
            ("uncached practice detail", uncached, [detail], "bare", "≤ 3×"),
            (
                "never-seen filter combination with a search word",
                uncached,
                never_seen,
                "bare",
                "≤ 8× (10k), ≤ 15× (100k)",
            ),
            ("uncached home", uncached, ["/"], "bare", "≤ 3×"),
        ]
        rounds = max(1, opts["rounds"])
        self.stdout.write(f"Meten... ({rounds} x {len(plan)} rijen van {duration + warmup:.0f} s)")
        runs = {label: [] for label, *_ in plan}
        for _round in range(rounds):
            for label, base, paths, _c, _g in plan:
                runs[label].append(measure(base, paths))
        measured = {
            label: sorted(results, key=lambda r: r.rate)[len(results) // 2]
            for label, results in runs.items()
        }
        static = measured["static file (WhiteNoise)"]
        cached_list = measured["cached practice list"]
        floor_rows = {"static": "static file (WhiteNoise)", "bare": "bare Django view"}
        rows = []
        for label, _base, _paths, compared, goal in plan:
            result = measured[label]
            if compared:
                # Each round's ratio from that round's own floor, then the median: drift
                # in the machine's load between rounds cancels out.
                floors = runs[floor_rows[compared]]
                ratios = sorted(
                    benchratios.ratio_value(r.rate, f.rate, compared)
                    for r, f in zip(runs[label], floors, strict=True)
                )
                ratio = benchratios.ratio_text(ratios[len(ratios) // 2], compared)
            else:
                ratio = "1" if label == "bare Django view" else ""
            rows.append((label, result, ratio, goal))
        from django.db import connection

        lines = [
            f"Datum: {started:%Y-%m-%d %H:%M} UTC",
            f"Machine: {os.cpu_count()} cores (nproc), {_cpu_model()}, "
            f"{platform.system()} {platform.release()}, Python {sys.version.split()[0]}; "
            f"load average bij de start {load:.2f}",
            f"Commando: {opts['command_line'] or 'manage.py bench_ratios'}",
            f"Database: {connection.vendor}, {total:,} gepubliceerde praktijkvoorbeelden; "
            f"{conn} verbindingen, {duration:.0f} s per rij na {warmup:.0f} s opwarmen, "
            f"{rounds} ronde(n): req/s van de mediane run, verhouding = mediaan van de "
            "verhoudingen per ronde; "
            f"seed {seed}",
            f"Statisch bestand: {static_path} ({static.bytes // max(static.requests, 1):,} bytes);"
            f" gecachte lijst: {cached_list.bytes // max(cached_list.requests, 1):,} bytes, "
            f"{cached_list.hits} van {cached_list.requests} uit de paginacache",
            "",
            *benchratios.table(rows),
        ]
        bad = {label: r.statuses for label, r, *_ in rows if r.errors}
        if bad:
            lines += ["", f"Let op, antwoorden anders dan 200: {bad}"]
        self.stdout.write("\n".join(lines))
