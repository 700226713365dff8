"""Editorial text for the cross-type pages: an intro per topic."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField

from taggit.models import Tag

RESTRICTED_RICH_TEXT = ["bold", "italic", "ol", "ul", "link"]


class TopicIntro(models.Model):
    """An editor's introduction shown at the top of a topic page (/onderwerpen/<slug>/)."""

    tag = models.OneToOneField(
        Tag,
        verbose_name=_("onderwerp"),
        on_delete=models.CASCADE,
        related_name="topic_intro",
        help_text=_("Het onderwerp (tag) waar deze tekst bovenaan de onderwerppagina staat."),
    )
    intro = RichTextField(
        _("introductie"),
        features=RESTRICTED_RICH_TEXT,
        help_text=_("Een paar zinnen: waar gaat dit onderwerp over en voor wie is het?"),
    )

    panels = [FieldPanel("tag"), FieldPanel("intro")]

    class Meta:
        verbose_name = _("introductie van een onderwerp")
        verbose_name_plural = _("introducties van onderwerpen")
        ordering = ["tag__name"]

    def __str__(self):
        return self.tag.name
