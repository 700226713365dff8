from django.core.management.base import BaseCommand, CommandError

from jos_portal.operations.backup import BackupError, verify_archive


class Command(BaseCommand):
    help = (
        "Controleer een archief van 'backup' zonder iets te veranderen: leest het hele "
        "archief en vergelijkt elk bestand met zijn SHA-256-controlesom in het manifest."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="Het tar.gz-archief van 'manage.py backup'.")

    def handle(self, *args, archive, **options):
        try:
            manifest, _data, media = verify_archive(archive)
        except BackupError as error:
            raise CommandError(f"{archive} is niet in orde: {error}") from error
        rows = sum(manifest["counts"].values())
        self.stdout.write(
            self.style.SUCCESS(
                f"{archive} is in orde (gemaakt {manifest['created']} op "
                f"{manifest['database']}): de database ({rows} rijen) en {media} "
                "mediabestanden kloppen met hun controlesom."
            )
        )
