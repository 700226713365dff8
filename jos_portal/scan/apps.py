from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ScanConfig(AppConfig):
    name = "jos_portal.scan"
    label = "scan"
    verbose_name = _("Samenwerkingsscan")

    def ready(self):
        from wagtail.signals import page_published

        from .models import ScanPage, snapshot_on_publish

        page_published.connect(snapshot_on_publish, sender=ScanPage, dispatch_uid="scan-version")
