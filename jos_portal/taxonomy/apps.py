from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TaxonomyConfig(AppConfig):
    name = "jos_portal.taxonomy"
    label = "taxonomy"
    verbose_name = _("Vocabulaire")

    def ready(self):
        from . import (
            lookups,  # noqa: F401 - registers field__any_of
            ordering,
        )

        ordering.connect()

        from django.db.models.signals import post_migrate

        from .indexing import connect_publish_indexing, index_regions_after_migrate

        post_migrate.connect(index_regions_after_migrate, sender=self)
        connect_publish_indexing()
