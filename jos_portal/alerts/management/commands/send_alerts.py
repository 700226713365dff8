"""Send the e-mail alert digests that are due (for a daily cron entry or the worker)."""

import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from jos_portal.alerts import digests


def parse_day(value):
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as error:
        raise CommandError(f"--today verwacht een datum als 2026-12-31, niet {value!r}") from error


class Command(BaseCommand):
    help = "Verstuur de e-mailoverzichten van attenderingen die aan de beurt zijn."

    def add_arguments(self, parser):
        parser.add_argument("--today", type=parse_day, help="Rekenen alsof het deze dag is.")
        parser.add_argument(
            "--batch-size",
            type=int,
            default=digests.BATCH_SIZE,
            help="Hoeveel attenderingen per ronde.",
        )
        parser.add_argument(
            "--max-batches",
            type=int,
            default=digests.MAX_BATCHES,
            help="Hoeveel rondes hoogstens; de rest wacht op de volgende keer.",
        )
        parser.add_argument(
            "--enqueue",
            action="store_true",
            help="Zet het versturen als achtergrondtaak in de wachtrij (voor de db-worker).",
        )

    def handle(self, *args, today=None, batch_size, max_batches, enqueue=False, **options):
        if batch_size < 1 or max_batches < 1:
            raise CommandError("--batch-size en --max-batches moeten minstens 1 zijn.")
        now = timezone.now()
        if today is not None:
            now = timezone.make_aware(datetime.datetime.combine(today, datetime.time(6)))
        if enqueue:
            result = digests.send_digests_task.enqueue(
                now.isoformat() if today else None, batch_size, max_batches
            )
            self.stdout.write(self.style.SUCCESS(f"In de wachtrij gezet (taak {result.id})."))
            return
        counts = digests.send_due_digests(now, batch_size=batch_size, max_batches=max_batches)
        self.stdout.write(
            self.style.SUCCESS(
                "{sent} overzicht(en) verstuurd, {checked} attendering(en) nagekeken, "
                "{broken} vervallen (selectie bestaat niet meer, aanmelder gemaild), "
                "{failed} mislukt, {left} wachten op de volgende keer, "
                "{deleted} onbevestigde verwijderd.".format(**counts)
            )
        )
