"""Fill an empty portal with the demo content. Offline, idempotent and atomic.

Each app in DEMO_APPS may have a ``demo`` module with a ``load()`` function that creates
what is missing and returns how many records it created; apps load in this order, so
the vocabulary exists before the records that use it.
"""

import importlib

from django.apps import apps
from django.core.management.base import BaseCommand
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


class Command(BaseCommand):
    help = (
        "Laadt de demo-inhoud (pagina's, organisaties, factoren en de records van de "
        "domein-apps). Nogmaals draaien verandert niets; bestaande inhoud blijft staan."
    )

    def handle(self, *args, **options):
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
        self.stdout.write(self.style.SUCCESS("Demo-inhoud staat klaar."))
