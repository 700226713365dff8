from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DiscoveryConfig(AppConfig):
    name = "jos_portal.discovery"
    label = "discovery"
    verbose_name = _("Ontdekken")

    def ready(self):
        from practices import filters as practice_filters

        from . import frontend_cache, redirects, search

        frontend_cache.connect_signals()
        redirects.connect_signals()
        # The practice list, its exports, feed and the API search with the same Dutch
        # expansion as the site search (compounds, near-misses, the editors' words).
        practice_filters.use_query_expansion(search.expanded)
