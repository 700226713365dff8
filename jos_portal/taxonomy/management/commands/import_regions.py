"""Update provinces and municipalities from a CBS 'Gebieden in Nederland' CSV file."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from jos_portal.taxonomy import regions
from jos_portal.taxonomy.models import Municipality, Province


class Command(BaseCommand):
    help = (
        "Werkt provincies en gemeenten bij uit een CSV-bestand in de indeling van CBS "
        "'Gebieden in Nederland'. Bij een fout in een regel wordt niets opgeslagen."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="Pad naar het CSV-bestand.")

    def handle(self, *args, file, **options):
        try:
            raw = file.read_bytes()
        except OSError as error:
            raise CommandError(f"Kan {file} niet lezen: {error.strerror}.") from error
        for encoding in ("utf-8-sig", "cp1252"):
            try:
                text = raw.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise CommandError(f"{file.name} is geen tekstbestand in UTF-8 of Windows-1252.")
        try:
            parsed = regions.parse(text)
        except regions.RegionFileError as error:
            for line in error.errors:
                self.stderr.write(self.style.ERROR(line))
            raise CommandError(
                f"{len(error.errors)} fout(en) in {file.name}; er is niets opgeslagen."
            ) from error
        with transaction.atomic():
            counts = regions.apply(parsed, Province, Municipality)
        self.stdout.write(
            self.style.SUCCESS(
                f"{len(parsed.rows)} gemeenten gelezen: {counts['created']} nieuw, "
                f"{counts['updated']} bijgewerkt, {counts['unchanged']} ongewijzigd."
            )
        )
