from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AlertsConfig(AppConfig):
    name = "jos_portal.alerts"
    label = "alerts"
    verbose_name = _("E-mailattenderingen")
    default_auto_field = "django.db.models.BigAutoField"
