"""An English title and summary for every public record type.

The portal is written in Dutch; a foreign visitor under /en/ gets the interface in English
and, where the editors wrote them, an English title and a short English summary of each
record. The full text stays Dutch. One abstract model that practices, werkplaatsen,
sessions, publications, stories, tips, events and the editorial pages inherit, so the
fields, their search entries and the way templates choose between the languages are the
same everywhere. Imports no domain app.
"""

from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

ENGLISH_SUMMARY_MAX_LENGTH = 600


def english_requested(language=None):
    """True when the visitor reads the English interface (/en/)."""
    return (language or get_language() or "nl").split("-")[0] == "en"


class EnglishMixin(models.Model):
    """An optional English title and summary, shown first in the English interface.

    ``dutch_summary_field`` names the record's own Dutch summary (a practice's 'summary',
    a story's 'intro', a tip's 'text'); it is what the English page shows, marked as
    Dutch, when no English summary was written.
    """

    dutch_summary_field = "summary"

    title_en = models.CharField(
        _("Engelse titel"),
        max_length=255,
        blank=True,
        help_text=_(
            "Optioneel; getoond in de Engelse interface (/en/), met de Nederlandse titel "
            "eronder. Vertaal de titel, verzin er niets bij."
        ),
    )
    summary_en = models.TextField(
        _("Engelse samenvatting"),
        max_length=ENGLISH_SUMMARY_MAX_LENGTH,
        blank=True,
        help_text=_(
            "Optioneel; twee of drie zinnen die in de Engelse interface bovenaan staan. De "
            "site zegt erbij dat de volledige tekst in het Nederlands is."
        ),
    )

    class Meta:
        abstract = True

    @property
    def dutch_title(self):
        return getattr(self, "title", None) or getattr(self, "name", "")

    @property
    def dutch_summary(self):
        """The Dutch summary as plain text (some record types keep it as rich text)."""
        value = getattr(self, self.dutch_summary_field, "") or ""
        return strip_tags(str(value)).strip()

    def title_in(self, language=None):
        """(title, language code of that title) for the given or current language."""
        if english_requested(language) and self.title_en:
            return self.title_en, "en"
        return self.dutch_title, "nl"

    def summary_in(self, language=None):
        """(summary, language code) for the given or current language."""
        if english_requested(language) and self.summary_en:
            return self.summary_en, "en"
        return self.dutch_summary, "nl"

    @property
    def shown_title(self):
        """The title as the current interface language shows it."""
        return self.title_in()[0]

    @property
    def shown_summary(self):
        return self.summary_in()[0]


def english_search_fields():
    """Search entries for the English fields: found from /en/ and from the Dutch site
    alike (a visitor may type an English word in either)."""
    return [
        index.SearchField("title_en", boost=2),
        index.AutocompleteField("title_en"),
        index.SearchField("summary_en"),
    ]


def english_panel():
    """The "Engels" panel of the edit form."""
    return MultiFieldPanel(
        [FieldPanel("title_en"), FieldPanel("summary_en")],
        heading=_("Engels"),
        help_text=_(
            "Voor bezoekers van de Engelse site. De volledige tekst blijft Nederlands; de "
            "site zegt dat erbij."
        ),
        classname="collapsed",
    )


def fill_english(queryset, texts, key="slug"):
    """Demo content: give the records whose English title is still empty the English
    title and summary from ``texts`` ({key value: (title_en, summary_en)}). Written to the
    record, its latest revision (so the edit form shows them) and the search index.
    Idempotent; returns how many records it filled."""
    from wagtail.search.index import insert_or_update_object

    filled = 0
    for record in queryset.filter(title_en="", **{f"{key}__in": list(texts)}):
        title_en, summary_en = texts[getattr(record, key)]
        type(record)._default_manager.filter(pk=record.pk).update(
            title_en=title_en, summary_en=summary_en
        )
        revision = getattr(record, "latest_revision", None)
        if revision is not None:
            revision.content.update(title_en=title_en, summary_en=summary_en)
            revision.save(update_fields=["content"])
        record.title_en, record.summary_en = title_en, summary_en
        insert_or_update_object(record)
        filled += 1
    return filled


def english_or(record, field, dutch):
    """``record.<field>`` (an English field) in the English interface when it is filled,
    otherwise ``dutch``: for feeds, exports and the API, which have no markup to mark the
    language with."""
    value = getattr(record, field, "") if english_requested() else ""
    return value or dutch
