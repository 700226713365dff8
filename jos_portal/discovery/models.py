"""Editorial text for the cross-type pages (an intro per topic, themes) and the editors'
list of search words that mean the same."""

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

    is_theme = models.BooleanField(
        _("thema"),
        default=False,
        help_text=_(
            "Een thema staat in het blok 'Thema's' op de homepage en bovenaan de zoekresultaten "
            "als iemand op de naam of een van de zoekwoorden ervan zoekt."
        ),
    )

    panels = [FieldPanel("tag"), FieldPanel("intro"), FieldPanel("is_theme")]

    class Meta:
        verbose_name = _("introductie van een onderwerp")
        verbose_name_plural = _("introducties van onderwerpen")
        ordering = ["tag__name"]

    def __str__(self):
        return self.tag.name


class SearchSynonym(models.Model):
    """A group of words that the site search treats as one: searching for any of them also
    finds what the others find (jos_portal/discovery/dutch.py)."""

    terms = models.CharField(
        _("zoekwoorden"),
        max_length=500,
        help_text=_(
            "Woorden of korte woordgroepen die bij zoeken hetzelfde betekenen, gescheiden door "
            "komma's. Bijvoorbeeld: schoolverzuim, verzuim, thuiszitten. Zoekt iemand op één "
            "ervan, dan vindt de zoekfunctie ook wat bij de andere staat."
        ),
    )
    note = models.CharField(
        _("toelichting"),
        max_length=200,
        blank=True,
        help_text=_("Optioneel, voor collega's: waarom horen deze woorden bij elkaar?"),
    )

    panels = [FieldPanel("terms"), FieldPanel("note")]

    class Meta:
        verbose_name = _("zoekwoordgroep")
        verbose_name_plural = _("zoekwoordgroepen")
        ordering = ["terms"]

    def __str__(self):
        return self.terms

    def term_list(self):
        """The terms, lower case, spaces normalised, empty ones and repeats left out."""
        seen = []
        for term in self.terms.split(","):
            term = " ".join(term.lower().split())
            if term and term not in seen:
                seen.append(term)
        return seen
