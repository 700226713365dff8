"""Check the external links of the published records (for a weekly cron job)."""

from django.core.management.base import BaseCommand, CommandError

from jos_portal.operations import links


class Command(BaseCommand):
    help = (
        "Controleer de externe links in gepubliceerde records: hoogstens --max-total per "
        "keer, --concurrency hosts tegelijk, één verzoek per host met --per-host-delay "
        "seconden ertussen."
    )

    def add_arguments(self, parser):
        parser.add_argument("--max-total", type=int, default=links.DEFAULT_MAX_TOTAL)
        parser.add_argument("--concurrency", type=int, default=links.DEFAULT_CONCURRENCY)
        parser.add_argument("--per-host-delay", type=float, default=links.DEFAULT_PER_HOST_DELAY)
        parser.add_argument("--timeout", type=float, default=links.DEFAULT_TIMEOUT)
        parser.add_argument(
            "--enqueue", action="store_true", help="Zet de controle als taak in de wachtrij."
        )

    def handle(self, *args, max_total, concurrency, per_host_delay, timeout, enqueue, **options):
        if max_total < 1 or concurrency < 1 or per_host_delay < 0 or timeout <= 0:
            raise CommandError("Gebruik positieve getallen voor de grenzen.")
        if enqueue:
            result = links.check_external_links.enqueue(max_total=max_total)
            self.stdout.write(f"Linkcontrole in de wachtrij gezet ({result.id}).")
            return
        checked = links.check_links(
            max_total=max_total,
            concurrency=concurrency,
            per_host_delay=per_host_delay,
            timeout=timeout,
        )
        broken = [link for link in checked if link.is_broken]
        for link in broken:
            self.stdout.write(f"{link.outcome}\t{link.url}")
        self.stdout.write(
            self.style.SUCCESS(f"{len(checked)} links nagekeken, {len(broken)} kapot.")
        )
