from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DiscoveryConfig(AppConfig):
    name = "jos_portal.discovery"
    label = "discovery"
    verbose_name = _("Ontdekken")

    def ready(self):
        from . import frontend_cache, redirects

        frontend_cache.connect_signals()
        redirects.connect_signals()
