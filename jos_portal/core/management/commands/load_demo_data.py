"""Fill an empty portal with the demo content. Offline, idempotent and atomic.

Each app in DEMO_APPS may have a ``demo`` module with a ``load()`` function that creates
what is missing and returns how many records it created; apps load in this order, so
the vocabulary exists before the records that use it. A ``demo_english`` module beside
it fills the English titles and summaries of those records.

The demo content holds fictional examples, so the command refuses to run where the
settings say demo content does not belong (``DEMO_CONTENT_ALLOWED``, off in production)
unless it is given ``--force``. ``remove_demo_data`` takes the fictional examples out again.
"""

import importlib

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

DEMO_APPS = [
    "jos_portal.taxonomy",
    "jos_portal.core",
    "practices",
    "workshops",
    "publications",
    "jos_portal.scan",
    "jos_portal.stories",
    "jos_portal.events",
    "jos_portal.discovery",
]


def _optional_module(module_name):
    try:
        return importlib.import_module(module_name)
    except ModuleNotFoundError as error:
        if error.name != module_name:
            raise
        return None


class Command(BaseCommand):
    help = (
        "Laadt de demo-inhoud (pagina's, organisaties, factoren en de records van de "
        "domein-apps). Nogmaals draaien verandert niets; bestaande inhoud blijft staan."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Ook laden als de instellingen geen demo-inhoud toestaan (productie).",
        )

    def handle(self, *args, **options):
        if not getattr(settings, "DEMO_CONTENT_ALLOWED", False) and not options["force"]:
            raise CommandError(
                "Deze instellingen staan geen demo-inhoud toe (DEMO_CONTENT_ALLOWED staat uit, "
                "zoals in productie). De demo-inhoud bevat fictieve voorbeelden die niet op een "
                "echte site horen. Weet je zeker dat het hier moet, draai dan opnieuw met "
                "--force; met remove_demo_data haal je de fictieve voorbeelden weer weg."
            )
        with transaction.atomic():
            for app_name in DEMO_APPS:
                module_name = f"{app_name}.demo"
                try:
                    module = importlib.import_module(module_name)
                except ModuleNotFoundError as error:
                    if error.name != module_name:
                        raise
                    continue
                created = module.load()
                label = apps.get_app_config(app_name.rsplit(".", 1)[-1]).verbose_name
                self.stdout.write(f"{label}: {created} nieuw aangemaakt.")
                english = _optional_module(f"{app_name}.demo_english")
                if english is not None:
                    english.load()
        self.stdout.write(self.style.SUCCESS("Demo-inhoud staat klaar."))
