"""Atom feed of newly published werkplaats sessions."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from jos_portal.taxonomy.english import english_or
from jos_portal.taxonomy.feeds import StyledAtom1Feed
from jos_portal.taxonomy.provenance import labelled

from .models import Session

FEED_SIZE = 50


class SessionFeed(Feed):
    feed_type = StyledAtom1Feed
    title = _("Nieuwe werkplaatssessies van JOS")
    subtitle = _("Sessies en bevindingen van de werkplaatsen in Tilburg en Utrecht.")

    def link(self):
        return reverse("workshops:list")

    def feed_url(self):
        return reverse("workshops:feed")

    def items(self):
        return (
            Session.objects.published()
            .select_related("workplace")
            .prefetch_related("tags")
            .order_by("-first_published_at", "-pk")[:FEED_SIZE]
        )

    def item_title(self, item):
        return labelled(
            item, f"{item.workplace.shown_title}: {english_or(item, 'title_en', item.title)}"
        )

    def item_description(self, item):
        return english_or(item, "summary_en", strip_tags(item.summary))

    def item_link(self, item):
        return item.get_absolute_url()

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [t.name for t in item.tags.all()]

    def item_author_name(self, item):
        return item.workplace.name

    def item_guid(self, item):
        return f"urn:jos:sessie:{item.pk}"
