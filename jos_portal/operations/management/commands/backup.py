from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from jos_portal.operations.backup import BackupError, make_backup


class Command(BaseCommand):
    help = (
        "Schrijf één archief (tar.gz) met de database en de mediabestanden (lokale schijf "
        "of objectopslag): op PostgreSQL als pg_dump, op SQLite of met --portable als JSON "
        "(dat past ook in de andere database). Terug te zetten met 'restore'. Alleen de "
        "eigenaar mag het lezen (0600): het bevat wachtwoordhashes en persoonsgegevens."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            help="Pad van het archief (standaard jos-backup-JJJJMMDD-UUMMSS.tar.gz hier).",
        )
        parser.add_argument(
            "--portable",
            action="store_true",
            help="De database als JSON, ook op PostgreSQL: om naar SQLite of een andere "
            "versie van de databasestructuur te verhuizen.",
        )

    def handle(self, *args, output=None, portable=False, **options):
        output = output or f"jos-backup-{timezone.now():%Y%m%d-%H%M%S}.tar.gz"
        try:
            manifest = make_backup(output, portable=portable)
        except BackupError as error:
            raise CommandError(str(error)) from error
        rows = sum(manifest["counts"].values())
        self.stdout.write(
            self.style.SUCCESS(
                f"Back-up ({manifest['database_format']}) geschreven naar {output}: "
                f"{rows} rijen uit "
                f"{len(manifest['counts'])} tabellen, {manifest['media_files']} mediabestanden; "
                "alleen leesbaar voor de eigenaar. Controleer het met "
                f"'manage.py verify_backup {output}'."
            )
        )
