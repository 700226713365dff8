from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "jos_portal.core"
    label = "core"
    verbose_name = _("Redactionele pagina's")

    def ready(self):
        from .navigation import connect_signals

        connect_signals()
