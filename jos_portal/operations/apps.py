from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OperationsConfig(AppConfig):
    name = "jos_portal.operations"
    label = "operations"
    verbose_name = _("Beheer en bedrijfsvoering")

    def ready(self):
        from . import tasks
        from .pagecache import connect_signals

        connect_signals()
        tasks.connect()
