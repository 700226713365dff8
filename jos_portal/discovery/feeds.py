"""The "everything new" Atom feed: practices, publications, werkplaats sessions and
content pages together, newest first. One query per type."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from jos_portal.core.models import ContentPage
from jos_portal.taxonomy.english import english_or
from jos_portal.taxonomy.feeds import StyledAtom1Feed
from jos_portal.taxonomy.provenance import labelled
from practices.models import Practice
from publications.models import Publication
from workshops.models import Session

FEED_SIZE = 50


class FeedItem:
    def __init__(
        self, kind, guid, title, description, link, published, updated, is_fictional=False
    ):
        self.kind, self.guid, self.title, self.description = kind, guid, title, description
        self.link, self.published, self.updated = link, published, updated
        self.is_fictional = is_fictional


class EverythingNewFeed(Feed):
    feed_type = StyledAtom1Feed
    title = _("Nieuw op het JOS kennisportaal")
    subtitle = _("Nieuwe praktijkvoorbeelden, publicaties, werkplaatssessies en pagina's.")

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return None

    def link(self):
        return reverse("wagtail_serve", args=[""])

    def feed_url(self):
        return reverse("discovery:feed")

    def items(self):
        items = []
        for p in Practice.objects.published().order_by("-first_published_at", "-pk")[:FEED_SIZE]:
            items.append(
                FeedItem(
                    _("Praktijkvoorbeeld"),
                    f"urn:jos:praktijkvoorbeeld:{p.pk}",
                    english_or(p, "title_en", p.title),
                    english_or(p, "summary_en", p.summary),
                    p.get_absolute_url(),
                    p.first_published_at,
                    p.last_published_at,
                    p.is_fictional,
                )
            )
        for p in Publication.objects.published().order_by("-first_published_at", "-pk")[:FEED_SIZE]:
            items.append(
                FeedItem(
                    _("Publicatie"),
                    f"urn:jos:publicatie:{p.pk}",
                    english_or(p, "title_en", p.full_title),
                    english_or(p, "summary_en", strip_tags(p.summary)),
                    p.get_absolute_url(),
                    p.first_published_at,
                    p.last_published_at,
                    p.is_fictional,
                )
            )
        for s in (
            Session.objects.published()
            .select_related("workplace")
            .order_by("-first_published_at", "-pk")[:FEED_SIZE]
        ):
            items.append(
                FeedItem(
                    _("Werkplaatssessie"),
                    f"urn:jos:sessie:{s.pk}",
                    f"{s.workplace.shown_title}: {english_or(s, 'title_en', s.title)}",
                    english_or(s, "summary_en", strip_tags(s.summary)),
                    s.get_absolute_url(),
                    s.first_published_at,
                    s.last_published_at,
                    s.is_fictional,
                )
            )
        for page in (
            ContentPage.objects.live().public().order_by("-first_published_at", "-pk")[:FEED_SIZE]
        ):
            items.append(
                FeedItem(
                    _("Pagina"),
                    f"urn:jos:pagina:{page.pk}",
                    english_or(page, "title_en", page.title),
                    english_or(page, "summary_en", page.search_description or page.intro),
                    # Relative for this site, so the feed's links follow the request's
                    # host (page.url would use the host stored on a Wagtail Site).
                    page.get_url(self.request),
                    page.first_published_at,
                    page.last_published_at,
                )
            )
        items.sort(key=lambda i: (i.published is not None, i.published), reverse=True)
        return items[:FEED_SIZE]

    def item_title(self, item):
        return labelled(item, f"{item.kind}: {item.title}")

    def item_description(self, item):
        return item.description

    def item_link(self, item):
        return item.link

    def item_pubdate(self, item):
        return item.published

    def item_updateddate(self, item):
        return item.updated

    def item_categories(self, item):
        return [str(item.kind)]

    def item_guid(self, item):
        return item.guid
