from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DiscoveryConfig(AppConfig):
    name = "jos_portal.discovery"
    label = "discovery"
    verbose_name = _("Ontdekken")

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from .caching import bump

        post_save.connect(bump, dispatch_uid="discovery-bump-save")
        post_delete.connect(bump, dispatch_uid="discovery-bump-delete")
        m2m_changed.connect(bump, dispatch_uid="discovery-bump-m2m")
