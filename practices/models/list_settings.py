"""The editable introduction of the practice list."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField

from jos_portal.taxonomy.models import RESTRICTED_RICH_TEXT


@register_setting(icon="list-ul")
class PracticeListSettings(BaseSiteSetting):
    """The editable introduction of the practice list (/praktijkvoorbeelden/)."""

    title = models.CharField(_("titel"), max_length=120, default="Praktijkvoorbeelden")
    intro = RichTextField(
        _("introductie"),
        features=RESTRICTED_RICH_TEXT,
        blank=True,
        help_text=_("Tekst boven de lijst: wat vindt de bezoeker hier en hoe zoekt hij?"),
    )

    panels = [FieldPanel("title"), FieldPanel("intro")]

    class Meta:
        verbose_name = _("lijst met praktijkvoorbeelden")
