"""Topics: the shared tag pool seen across all record types.

One entry per record type says which through-model links it to tags, what counts as
published and where its filtered list lives. Counting is one aggregate query per type,
whatever the number of tags.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.db.models import Count, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from taggit.models import Tag

from jos_portal.core.models import ContentPage, ContentPageTag
from jos_portal.core.visibility import public_page_q
from jos_portal.events.models import EventPage, EventPageTag
from jos_portal.stories.models import StoryPage, StoryPageTag, Tip, TipTag
from jos_portal.taxonomy.models import Factor, FactorTag
from practices.models import Practice, PracticeTag
from publications.models import Publication, PublicationTag
from workshops.models import Session, SessionTag

# Items shown per group on a topic page; the group links to the full filtered list.
ITEMS_PER_GROUP = 8


@dataclass(frozen=True)
class TopicSource:
    key: str
    label: str
    through: type
    # Condition on the through-model: the tagged record is one a visitor may see.
    public: Q
    list_url_name: str = ""
    list_param: str = "onderwerp"

    def public_links(self):
        """The through-rows of records a visitor may see."""
        return self.through.objects.filter(self.public)

    def list_url(self, slug):
        if not self.list_url_name:
            return ""
        return f"{reverse(self.list_url_name)}?{urlencode({self.list_param: slug})}"


LIVE = Q(content_object__live=True)

# The icon of each kind of record (static/img/icons.svg), on topic pages and in search.
TYPE_ICONS = {
    "practices": "practice",
    "sessions": "workshop",
    "factors": "factor",
    "publications": "publication",
    "stories": "story",
    "tips": "tip",
    "events": "event",
    "pages": "guide",
}

SOURCES = [
    TopicSource("practices", _("Praktijkvoorbeelden"), PracticeTag, LIVE, "practices:list"),
    # The werkplaats pages have no topic filter: the topic page lists the sessions itself.
    TopicSource("sessions", _("Werkplaatssessies"), SessionTag, LIVE),
    TopicSource("factors", _("Factoren"), FactorTag, Q(), "discovery:factor_map"),
    TopicSource("publications", _("Publicaties"), PublicationTag, LIVE, "publications:list"),
    TopicSource("stories", _("Verhalen"), StoryPageTag, public_page_q("content_object__")),
    TopicSource("tips", _("Tips"), TipTag, LIVE),
    TopicSource("events", _("Bijeenkomsten"), EventPageTag, public_page_q("content_object__")),
    # Live and outside any section with a password, login or group restriction.
    TopicSource("pages", _("Pagina's"), ContentPageTag, public_page_q("content_object__")),
]


def in_public_use():
    """Q on Tag: carried by at least one record a visitor may see (one query with a
    subquery per record type). A tag only drafts or restricted pages carry has no topic
    page, no sitemap entry and no filter option."""
    used = Q(pk__in=[])
    for source in SOURCES:
        used |= Q(pk__in=source.public_links().values("tag_id"))
    return used


def topic_counts():
    """Topics in use over published records, most items first, then by name.

    Each: {id, name, slug, counts {source key: n}, cells [n per source], total}; one
    aggregate query per record type, grouped on the tag key alone (grouping 20,000 tag
    links on the names too cost a third more), then one query for the names."""
    counts = {}
    for source in SOURCES:
        rows = (
            source.public_links()
            .order_by()
            .values("tag_id")
            .annotate(n=Count("content_object"))  # one through-row per record and tag
        )
        for row in rows:
            counts.setdefault(row["tag_id"], {})[source.key] = row["n"]
    topics = [
        {
            "id": tag.pk,
            "name": tag.name,
            "slug": tag.slug,
            "counts": counts[tag.pk],
            "cells": [counts[tag.pk].get(source.key, 0) for source in SOURCES],
            "total": sum(counts[tag.pk].values()),
        }
        for tag in Tag.objects.filter(pk__in=list(counts)).only("name", "slug")
    ]
    return sorted(topics, key=lambda t: (-t["total"], t["name"].lower()))


def topic_groups(tag, limit=ITEMS_PER_GROUP):
    """Everything published with one tag, grouped by type: [{source, count, items, url}].

    Two queries per type (count and the first items), independent of the amounts.
    """

    def tagged(through):
        # A semi-join on the through-table: no DISTINCT over wide rows, index friendly.
        return {"pk__in": through.objects.filter(tag=tag).values("content_object_id")}

    querysets = {
        "practices": Practice.objects.published()
        .filter(**tagged(PracticeTag))
        .select_related("municipality")
        .only(
            "title", "title_en", "slug", "is_fictional", "municipality__name", "first_published_at"
        )
        .order_by("-first_published_at", "-pk"),
        "sessions": Session.objects.published()
        .filter(**tagged(SessionTag))
        .select_related("workplace")
        .order_by("-date", "-pk"),
        "factors": Factor.objects.filter(**tagged(FactorTag)).order_by("kind", "name"),
        "publications": Publication.objects.published()
        .filter(**tagged(PublicationTag))
        .order_by("-year", "title"),
        "stories": StoryPage.objects.filter(public_page_q())
        .filter(**tagged(StoryPageTag))
        .order_by("-first_published_at", "-pk"),
        "tips": Tip.objects.published().filter(**tagged(TipTag)).order_by("title"),
        "events": EventPage.objects.filter(public_page_q())
        .filter(**tagged(EventPageTag))
        .order_by("-start", "-pk"),
        "pages": ContentPage.objects.filter(public_page_q())
        .filter(**tagged(ContentPageTag))
        .order_by("title"),
    }
    groups = []
    for source in SOURCES:
        queryset = querysets[source.key]
        count = queryset.count()
        items = list(queryset[:limit]) if count else []
        groups.append(
            {
                "key": source.key,
                "label": source.label,
                "icon": TYPE_ICONS[source.key],
                "count": count,
                "items": items,
                "url": source.list_url(tag.slug) if count else "",
            }
        )
    return groups
