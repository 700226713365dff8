from django.core.management.base import BaseCommand
from django.utils import timezone

from jos_portal.operations.backup import make_backup


class Command(BaseCommand):
    help = (
        "Schrijf één archief (tar.gz) met de database als JSON en de mediabestanden; "
        "werkt vanuit SQLite en PostgreSQL en is terug te zetten met 'restore'. Alleen de "
        "eigenaar mag het lezen (0600): het bevat wachtwoordhashes en persoonsgegevens."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            help="Pad van het archief (standaard jos-backup-JJJJMMDD-UUMMSS.tar.gz hier).",
        )

    def handle(self, *args, output=None, **options):
        output = output or f"jos-backup-{timezone.now():%Y%m%d-%H%M%S}.tar.gz"
        manifest = make_backup(output)
        rows = sum(manifest["counts"].values())
        self.stdout.write(
            self.style.SUCCESS(
                f"Back-up geschreven naar {output}: {rows} rijen uit "
                f"{len(manifest['counts'])} tabellen, {manifest['media_files']} mediabestanden; "
                "alleen leesbaar voor de eigenaar. Controleer het met "
                f"'manage.py verify_backup {output}'."
            )
        )
