from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from wagtail.users.apps import WagtailUsersAppConfig


class AccountsConfig(AppConfig):
    """The editors' side of the portal: roles, the review workflow, login security, and the
    admin menus and dashboard that compose the domain apps."""

    default = True  # apps.py also holds UsersAppConfig
    name = "jos_portal.accounts"
    label = "accounts"
    verbose_name = _("Redactie en accounts")

    def ready(self):
        from django.db.models.signals import post_migrate

        from wagtail.documents import get_document_model
        from wagtail.permissions import register_permission_policy

        from . import history
        from .documents import document_permission_policy
        from .notifications import connect_notifiers
        from .permission_names import rename_permissions

        connect_notifiers()
        history.connect()
        post_migrate.connect(rename_permissions, dispatch_uid="accounts-dutch-permission-names")
        # Exact class: wins over the policy wagtail.documents registers in its own ready().
        register_permission_policy(
            get_document_model(), document_permission_policy(), exact_class=True
        )


class UsersAppConfig(WagtailUsersAppConfig):
    """Wagtail's user admin with the guards of jos_portal/accounts/users.py."""

    user_viewset = "jos_portal.accounts.users.UserViewSet"
