"""Dutch names for permissions, as the group screen shows them.

Django names a permission "Can add practice" when it creates it, in English whatever the
language (the name is stored, not translated), and Wagtail's lock, unlock and publish rights
read "Can lock". After every migrate this gives each permission of a known action a Dutch
name made of the model's Dutch name: "Mag praktijkvoorbeeld vergrendelen".
"""

from django.utils import translation

VERBS = {
    "add": "toevoegen",
    "change": "wijzigen",
    "delete": "verwijderen",
    "view": "bekijken",
    "lock": "vergrendelen",
    "unlock": "ontgrendelen",
    "publish": "publiceren",
    "choose": "kiezen",
    "bulk_delete": "in bulk verwijderen",
}
SPECIAL = {("wagtailadmin", "access_admin"): "Mag het beheer openen"}


def dutch_name(permission):
    key = (permission.content_type.app_label, permission.codename)
    if key in SPECIAL:
        return SPECIAL[key]
    model = permission.content_type.model_class()
    if model is None:
        return None
    for action, verb in VERBS.items():
        if permission.codename == f"{action}_{model._meta.model_name}":
            return f"Mag {model._meta.verbose_name} {verb}"[:255]
    return None


def rename_permissions(sender=None, using="default", **kwargs):
    """post_migrate, per app. This handler may run before Django's own for the same app
    (the order of INSTALLED_APPS decides), so it first creates what Django would create
    (idempotent), then names it."""
    from django.contrib.auth.management import create_permissions
    from django.contrib.auth.models import Permission

    if sender is not None:
        extra = {"apps": kwargs["apps"]} if kwargs.get("apps") is not None else {}
        create_permissions(sender, verbosity=0, using=using, **extra)

    permissions = Permission.objects.using(using).select_related("content_type")
    if sender is not None:
        permissions = permissions.filter(content_type__app_label=sender.label)
    changed = []
    with translation.override("nl"):
        for permission in permissions:
            name = dutch_name(permission)
            if name and permission.name != name:
                permission.name = name
                changed.append(permission)
    Permission.objects.using(using).bulk_update(changed, ["name"])
