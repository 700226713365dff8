from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    """The editors' side of the portal: roles, the review workflow, login security, and the
    admin menus and dashboard that compose the domain apps."""

    name = "jos_portal.accounts"
    label = "accounts"
    verbose_name = _("Redactie en accounts")

    def ready(self):
        from .notifications import connect_notifiers

        connect_notifiers()
