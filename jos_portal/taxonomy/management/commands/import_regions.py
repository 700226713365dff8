"""Update provinces and municipalities from a CBS 'Gebieden in Nederland' CSV file."""

import re
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from jos_portal.taxonomy import regions
from jos_portal.taxonomy.indexing import index_regions
from jos_portal.taxonomy.models import Municipality, Province


class Command(BaseCommand):
    help = (
        "Werkt provincies en gemeenten bij uit een CSV-bestand in de indeling van CBS "
        "'Gebieden in Nederland'. Bij een fout in een regel wordt niets opgeslagen."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="Pad naar het CSV-bestand.")
        parser.add_argument(
            "--jaar",
            type=int,
            help=(
                "Het jaar van de CBS-tabel; de site toont het als bron. Zonder deze optie: "
                "het jaartal in de bestandsnaam, bijv. gebieden-in-nederland-2025.csv."
            ),
        )

    def handle(self, *args, file, jaar=None, **options):
        year = jaar
        if year is None:
            found = re.search(r"(?<!\d)(20\d\d)(?!\d)", file.name)
            year = int(found.group(1)) if found else None
        if year is not None and not 2000 <= year <= 2100:
            raise CommandError(f"{year} is geen geldig jaar voor de CBS-tabel.")
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
            counts = regions.apply(parsed, Province, Municipality, year=year)
        index_regions()  # written without save signals: the admin search must find them
        if year is None:
            self.stdout.write(
                self.style.WARNING(
                    "Geen jaar van de CBS-tabel opgegeven (--jaar); het bronjaar is niet "
                    "bijgewerkt."
                )
            )
        self.stdout.write(
            self.style.SUCCESS(
                f"{len(parsed.rows)} gemeenten gelezen: {counts['created']} nieuw, "
                f"{counts['updated']} bijgewerkt, {counts['unchanged']} ongewijzigd."
            )
        )
