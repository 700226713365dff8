from django.core.management.base import BaseCommand, CommandError

from jos_portal.operations.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = (
        "Zet een archief van 'backup' terug in een lege database en mediamap "
        "(alles of niets voor de database); --force vervangt wat er nu staat. Een "
        "beschadigd archief wordt geweigerd voordat er iets verandert."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="Het tar.gz-archief van 'manage.py backup'.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Ook terugzetten als database of mediamap niet leeg is (vervangt alles).",
        )

    def handle(self, *args, archive, force, **options):
        try:
            manifest = restore_backup(archive, force=force)
        except BackupError as error:
            raise CommandError(str(error)) from error
        rows = sum(manifest["counts"].values())
        self.stdout.write(
            self.style.SUCCESS(
                f"Teruggezet uit {archive} (gemaakt {manifest['created']} op "
                f"{manifest['database']}): {rows} rijen, {manifest['media_files']} "
                "mediabestanden."
            )
        )
