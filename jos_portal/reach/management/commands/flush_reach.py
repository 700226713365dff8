"""Move the buffered reach counts from the cache to the database (exactly once)."""

from django.core.management.base import BaseCommand

from jos_portal.reach.counting import flush
from jos_portal.reach.tasks import flush_reach


class Command(BaseCommand):
    help = "Zet de gebufferde bereiktellingen uit de cache in de database."

    def add_arguments(self, parser):
        parser.add_argument(
            "--enqueue", action="store_true", help="Zet het wegschrijven als taak in de wachtrij."
        )

    def handle(self, *args, enqueue, **options):
        if enqueue:
            result = flush_reach.enqueue()
            self.stdout.write(f"In de wachtrij gezet als taak {result.id}.")
            return
        added = flush()
        if added is None:
            busy = "Er loopt al een andere verwerking; niets gedaan."
            self.stdout.write(self.style.WARNING(busy))
        else:
            self.stdout.write(self.style.SUCCESS(f"{added} weergaven en downloads verwerkt."))
