import os
import secrets
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connections
from django.urls import reverse

from jos_portal.operations import faulttest, loadtest
from practices.models import Practice

# Pages that always need the database: a query string nobody else asked for is a cache miss.
DB_KINDS = {"detail-vers", "lijst-vers", "zoek-vers"}
SMOKE = {"users": 4, "warmup": 1.5, "db_outage": 2.0, "recovery": 3.0, "redis_outage": 2.0}


class Command(BaseCommand):
    help = (
        "Storingstest: start gunicorn met productie-instellingen op 127.0.0.1, zet er last "
        "op, maakt PostgreSQL en daarna Redis onbereikbaar (via een TCP-proxy op loopback, "
        "of met eigen stop- en startcommando's) en controleert: snelle vriendelijke 503, "
        "herstel binnen 5 s zonder herstart, en met Redis plat gewoon 200."
    )

    def add_arguments(self, parser):
        parser.add_argument("--users", type=int, default=10)
        parser.add_argument("--workers", type=int, default=2, help="gunicorn-workers")
        parser.add_argument("--warmup", type=float, default=5.0, help="seconden normale last")
        parser.add_argument("--db-outage", type=float, default=10.0)
        parser.add_argument(
            "--recovery", type=float, default=10.0, help="seconden na de database-storing"
        )
        parser.add_argument("--redis-outage", type=float, default=10.0, help="0: overslaan")
        parser.add_argument(
            "--outage-mode",
            choices=["refuse", "blackhole"],
            default="refuse",
            help="refuse: poort dicht, zoals een gestopte dienst; blackhole: verbindt maar "
            "antwoordt nooit, zoals een weggevallen netwerk (dan telt de connect-time-out)",
        )
        parser.add_argument("--connect-timeout", type=int, default=None)
        parser.add_argument(
            "--max-latency",
            type=float,
            default=None,
            help="grens in ms voor elk request tijdens de storing (standaard connect-time-out "
            "+ 1 s)",
        )
        parser.add_argument("--recovery-target", type=float, default=5.0)
        parser.add_argument("--redis-url", default=os.environ.get("REDIS_URL") or None)
        parser.add_argument(
            "--db-stop-cmd", help="alleen een eigen machine: bijv. 'pg_ctlcluster 15 main stop'"
        )
        parser.add_argument("--db-start-cmd")
        parser.add_argument(
            "--redis-stop-cmd", help="alleen een eigen machine: bijv. 'systemctl stop redis'"
        )
        parser.add_argument("--redis-start-cmd")
        parser.add_argument("--smoke", action="store_true", help="kort: enkele seconden")

    def handle(self, *args, **options):
        if options["smoke"]:
            options.update(SMOKE)
        for name in ("db", "redis"):
            if bool(options[f"{name}_stop_cmd"]) != bool(options[f"{name}_start_cmd"]):
                raise CommandError(f"--{name}-stop-cmd en --{name}-start-cmd horen samen.")
        database = connections["default"].settings_dict
        if connections["default"].vendor != "postgresql":
            raise CommandError(
                "De storingstest heeft PostgreSQL nodig (DATABASE_URL=postgres://…)."
            )
        slugs = list(Practice.objects.published().values_list("slug", flat=True)[:50])
        if not slugs:
            raise CommandError("Geen gepubliceerde praktijkvoorbeelden; laad eerst inhoud.")
        connect_timeout = options["connect_timeout"] or int(
            database.get("OPTIONS", {}).get("connect_timeout", 3)
        )
        bound = options["max_latency"] or (connect_timeout + 1) * 1000
        with tempfile.TemporaryDirectory(prefix="jos-faulttest-") as workdir:
            self.run(options, database, slugs, connect_timeout, bound, Path(workdir))

    def run(self, options, database, slugs, connect_timeout, bound, workdir):
        stack = []  # cleanup, last in first out
        try:
            db_host, db_port = database["HOST"] or "127.0.0.1", int(database["PORT"] or 5432)
            if options["db_stop_cmd"]:
                db_outage = faulttest.CommandOutage(
                    options["db_stop_cmd"], options["db_start_cmd"], db_host, db_port
                )
                served_db = (db_host, db_port)
            else:
                proxy = faulttest.TcpProxy(db_host, db_port, "pg-proxy")
                stack.append(proxy.close)
                db_outage = faulttest.ProxyOutage(proxy, options["outage_mode"])
                served_db = ("127.0.0.1", proxy.port)

            redis_url, redis_outage, prefix = None, None, f"jos-faulttest-{os.getpid()}"
            if options["redis_outage"] > 0:
                redis_url, redis_outage = self.redis(options, stack, prefix)
            env = self.environment(
                options, database, served_db, redis_url, prefix, connect_timeout, workdir
            )
            port = faulttest.free_port()
            env["GUNICORN_BIND"] = f"127.0.0.1:{port}"
            base = f"http://127.0.0.1:{port}"
            log_path = workdir / "gunicorn.log"
            log = log_path.open("wb")
            stack.append(log.close)
            config = settings.BASE_DIR / "gunicorn.conf.py"
            command = [sys.executable, "-m", "gunicorn", "-c", str(config)]
            process = faulttest.start_server(command, env, log)
            stack.append(lambda: faulttest.stop_server(process))
            faulttest.wait_until_up(base + "/healthz", process=process)
            self.stdout.write(
                f"gunicorn op {base} ({options['workers']} workers, productie-instellingen), "
                f"database via {served_db[0]}:{served_db[1]}, "
                f"Redis {'via ' + redis_url if redis_url else 'uit'}; "
                f"connect-time-out {connect_timeout} s, grens {bound:.0f} ms"
            )
            observations = self.load(base, slugs, options, db_outage, redis_outage)
            figures, failures = faulttest.analyse(
                observations, bound, DB_KINDS, options["recovery_target"]
            )
            for line in faulttest.report_lines(observations, figures):
                self.stdout.write(line)
            if failures:
                log.flush()
                tail = log_path.read_text(errors="replace").splitlines()[-20:]
                self.stdout.write("laatste regels van gunicorn:\n" + "\n".join(tail))
                raise CommandError("Doelen gemist: " + "; ".join(failures))
            self.stdout.write(self.style.SUCCESS("Alle doelen gehaald."))
        finally:
            for cleanup in reversed(stack):
                cleanup()

    def forget_keys(self, url, prefix):
        """Remove this run's cache entries (its own key prefix) from the real Redis."""
        import redis

        try:
            client = redis.Redis.from_url(url, socket_timeout=2)
            for key in client.scan_iter(f"{prefix}:*", count=500):
                client.delete(key)
        except redis.RedisError as error:
            self.stderr.write(f"Cache-sleutels {prefix}:* niet opgeruimd ({error}).")

    def redis(self, options, stack, prefix):
        """(URL the portal uses, outage) for Redis; the real one stays untouched."""
        url = options["redis_url"] or "redis://127.0.0.1:6379/0"
        parts = urlsplit(url)
        host, port = parts.hostname or "127.0.0.1", parts.port or 6379
        if options["redis_stop_cmd"]:
            outage = faulttest.CommandOutage(
                options["redis_stop_cmd"], options["redis_start_cmd"], host, port
            )
            stack.append(lambda: self.forget_keys(url, prefix))
            return url, outage
        stack.append(lambda: self.forget_keys(url, prefix))
        proxy = faulttest.TcpProxy(host, port, "redis-proxy")
        stack.append(proxy.close)
        netloc = f"{parts.username or ''}{':' + parts.password if parts.password else ''}"
        netloc = f"{netloc}@" if netloc else ""
        proxied = urlunsplit((parts.scheme, f"{netloc}127.0.0.1:{proxy.port}", parts.path, "", ""))
        return proxied, faulttest.ProxyOutage(proxy, options["outage_mode"])

    def environment(self, options, database, served_db, redis_url, prefix, timeout, workdir):
        """Production settings on plain HTTP, as scripts/serve-local-production.sh sets them."""
        user = quote(database.get("USER") or "", safe="")
        password = quote(database.get("PASSWORD") or "", safe="")
        credentials = f"{user}:{password}@" if password else (f"{user}@" if user else "")
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "jos_portal.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(64),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "0",
            "SECURE_HSTS_SECONDS": "0",
            "DATABASE_URL": (
                f"postgres://{credentials}{served_db[0]}:{served_db[1]}/"
                f"{quote(database['NAME'], safe='')}"
            ),
            "DB_CONNECT_TIMEOUT": str(timeout),
            "REDIS_URL": redis_url or "",
            "CACHE_KEY_PREFIX": prefix,
            "STATIC_ROOT": str(self.static_root(workdir)),
            "WEB_CONCURRENCY": str(options["workers"]),
            "PYTHONUNBUFFERED": "1",
        }
        return env

    def static_root(self, workdir):
        """The collected static files of `make serve`, or only the public ones, collected
        into the temporary folder (the production storage needs their manifest)."""
        if (Path(settings.STATIC_ROOT) / "staticfiles.json").exists():
            return Path(settings.STATIC_ROOT)
        root = workdir / "static"
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "jos_portal.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(64),
            "STATIC_ROOT": str(root),
        }
        command = [sys.executable, str(settings.BASE_DIR / "manage.py"), "collectstatic"]
        command += ["--no-input", "-v0", "-i", "ninja", "-i", "wagtail*", "-i", "*otp*"]
        subprocess.run(command, env=env, check=True, cwd=settings.BASE_DIR)  # noqa: S603
        return root

    def load(self, base, slugs, options, db_outage, redis_outage):
        observations = faulttest.Observations()
        fixed = [
            ("home", "/"),
            ("lijst", reverse("practices:list")),
            ("detail", reverse("practices:detail", args=[slugs[0]])),
        ]

        def pick(rng):
            if rng.random() < 0.5:
                return rng.choice(fixed)
            visit = rng.randrange(10**9)
            draw = rng.random()
            if draw < 1 / 3:
                url = reverse("practices:detail", args=[rng.choice(slugs)])
                return "detail-vers", f"{url}?bezoek={visit}"
            if draw < 2 / 3:
                return "lijst-vers", f"{reverse('practices:list')}?sorteer=titel&bezoek={visit}"
            # A search word never asked before: its matches come from PostgreSQL's text
            # index, so this request needs the database even when a process holds the
            # rest of the list (and the detail pages) in memory.
            return "zoek-vers", f"{reverse('practices:list')}?q=jongerenwerk{visit}"

        phases = [("warmup", options["warmup"]), ("db", options["db_outage"])]
        phases.append(("recovery", options["recovery"]))
        if redis_outage is not None:
            phases.append(("redis", options["redis_outage"]))
        phases.append(("tail", 1.0))
        total = sum(seconds for _name, seconds in phases)
        runner = threading.Thread(
            target=loadtest.drive,
            args=(base, pick, observations.record),
            kwargs={"users": options["users"], "duration": total, "timeout": 30.0},
            daemon=True,
        )
        runner.start()
        time.sleep(options["warmup"])
        self.outage(observations, "db", db_outage, options["db_outage"])
        time.sleep(options["recovery"])
        observations.mark("db_end")
        if redis_outage is not None:
            self.outage(observations, "redis", redis_outage, options["redis_outage"])
        runner.join(total + 60)
        return observations

    @staticmethod
    def outage(observations, name, service, seconds):
        """Stop the service for ``seconds``, marking ``<name>_down`` and ``<name>_up``."""
        observations.mark(f"{name}_down")
        service.stop()
        time.sleep(seconds)
        try:
            service.start()
        finally:
            observations.mark(f"{name}_up")
