from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StoriesConfig(AppConfig):
    name = "jos_portal.stories"
    label = "stories"
    verbose_name = _("Verhalen en tips")
