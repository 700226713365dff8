"""What an alert follows (its scope) and what changed in it over a period.

Two kinds of scope:

- a selection of practice examples: the filters of the practice list (also what a region
  or factor page links to), kept as a normalised query string and matched with the
  list's own ``filters.parse`` and ``filters.apply``, so an alert finds exactly what the
  list would show;
- a topic: everything published with one topic tag (practices, sessions, publications,
  tips, stories, events and pages), as the topic page shows it.

A stored alert is matched against its scope as it is *now*. When the selection no longer
parses cleanly (a filter value was removed or merged away, so the list would drop it and
show more) or the topic is gone, ``alert_scope`` raises ``ScopeGone``: the alert is then
broken, never widened.

Only published records count (``published()``, and for pages live and not restricted):
a draft, or a draft change to a live record, never reaches a digest. A record counts as
changed when it was (re)published within the period.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.http import QueryDict
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from taggit.models import Tag

from jos_portal.core.models import ContentPage, ContentPageTag
from jos_portal.core.visibility import public_page_q
from jos_portal.events.models import EventPage, EventPageTag
from jos_portal.stories.models import StoryPage, StoryPageTag, Tip, TipTag
from jos_portal.taxonomy.english import english_or
from jos_portal.taxonomy.provenance import labelled
from practices import filters
from practices.models import Practice, PracticeTag
from publications.models import Publication, PublicationTag
from workshops.models import Session, SessionTag

from .models import Alert

# The longest selection an alert can store (its query field), after normalising.
MAX_QUERY_LENGTH = Alert._meta.get_field("query").max_length


class ScopeGone(Exception):
    """The alert's selection no longer exists in the form it was subscribed to."""


@dataclass
class Scope:
    kind: str
    label: str
    query: str = ""
    topic: Tag | None = None
    selection: object = field(default=None, repr=False)

    @property
    def too_long(self):
        """True when the selection is too long to store as an alert."""
        return len(self.query) > MAX_QUERY_LENGTH

    @property
    def hidden_fields(self):
        """The form fields that carry this scope through the subscribe form."""
        if self.kind == Alert.Kind.TOPIC:
            return {"soort": self.kind, "onderwerp": self.topic.slug}
        return {"soort": self.kind, "selectie": self.query}


def practice_scope(selection):
    """The scope of a parsed practice-list selection: its known filter values and its
    search words, in a fixed order, so the same selection gives the same query."""
    pairs = [
        (facet.key, value)
        for facet in selection.facets
        for value, _label in sorted(facet.selected or [])
    ]
    if selection.query:
        pairs.append(("q", selection.query))
    # The label goes into mails sent to a typed-in address before anyone confirmed it, so
    # it names only filter values from the database, never the visitor's own search text
    # (which could carry a phishing message or a link).
    parts = [label for _facet, _value, label in selection.active]
    if selection.query:
        parts.append(str(_("met een zoekwoord")))
    return Scope(
        Alert.Kind.PRACTICES,
        practice_label(", ".join(parts)),
        query=urlencode(pairs),
        selection=selection,
    )


def practice_label(description):
    if not description:
        return _("alle praktijkvoorbeelden")
    return _("praktijkvoorbeelden (%(selection)s)") % {"selection": description}


def single_filter_scope(param, value, name):
    """The scope of one filter value (a region or factor page), without a query."""
    return Scope(Alert.Kind.PRACTICES, practice_label(name), query=urlencode({param: value}))


def topic_scope(tag):
    return Scope(Alert.Kind.TOPIC, _("onderwerp %(name)s") % {"name": tag.name}, topic=tag)


def scope_from_form(kind, query="", topic_slug=""):
    """A scope from the hidden fields of a posted form, checked again as any input is.
    Raises ValueError with a Dutch message when it no longer selects anything."""
    if kind == Alert.Kind.TOPIC:
        tag = Tag.objects.filter(slug=topic_slug).first() if topic_slug else None
        if tag is None:
            raise ValueError(_("Dit onderwerp bestaat niet (meer)."))
        return topic_scope(tag)
    if kind != Alert.Kind.PRACTICES:
        raise ValueError(_("Onbekend soort attendering."))
    if len(query) > MAX_QUERY_LENGTH:
        raise ValueError(too_long_message())
    try:
        selection = filters.parse(QueryDict(query))
    except filters.BadFilterInput as error:
        raise ValueError(str(error)) from error
    scope = practice_scope(selection)
    if scope.too_long:
        raise ValueError(too_long_message())
    return scope


def too_long_message():
    return _(
        "Deze selectie is te lang om te volgen. Kies minder filters of een kortere "
        "zoekvraag en probeer het opnieuw."
    )


def alert_scope(alert):
    """The scope of a stored alert as it is now; ScopeGone when its topic was deleted or
    its selection no longer parses cleanly (a value the list would drop, which would
    widen the alert, or input the list now refuses)."""
    if alert.kind == Alert.Kind.TOPIC:
        if alert.topic is None:
            raise ScopeGone
        return topic_scope(alert.topic)
    try:
        selection = filters.parse(QueryDict(alert.query))
    except filters.BadFilterInput as error:
        raise ScopeGone from error
    if selection.messages:
        raise ScopeGone
    return practice_scope(selection)


def subscriber_language():
    """The language an alert's mails go out in: the site's language at subscribe time
    (English under /en/), Dutch for anything else."""
    language = (get_language() or "").split("-")[0]
    return language if language in Alert.Language.values else Alert.Language.DUTCH


def alert_label(alert):
    """What an alert follows, in the active language; the label stored at subscribe time
    when the selection no longer exists."""
    if alert.is_broken:
        return alert.label
    try:
        return alert_scope(alert).label
    except ScopeGone:
        return alert.label


@dataclass
class Item:
    kind: str
    title: str
    path: str
    is_new: bool
    published: object


def _path(record):
    return record.get_absolute_url()


def _page_path(page):
    return page.get_url() or ""


def _tagged(through, tag):
    return {"pk__in": through.objects.filter(tag=tag).values("content_object_id")}


def topic_querysets(tag):
    """(kind label, queryset, url of one record) per type a topic page shows."""

    def records(model, through):
        return model.objects.published().filter(**_tagged(through, tag))

    def pages(model, through):
        return model.objects.filter(public_page_q()).filter(**_tagged(through, tag))

    return [
        (_lazy("Praktijkvoorbeeld"), records(Practice, PracticeTag), _path),
        (_lazy("Werkplaatssessie"), records(Session, SessionTag), _path),
        (_lazy("Publicatie"), records(Publication, PublicationTag), _path),
        (_lazy("Tip"), records(Tip, TipTag), _path),
        (_lazy("Verhaal"), pages(StoryPage, StoryPageTag), _page_path),
        (_lazy("Bijeenkomst"), pages(EventPage, EventPageTag), _page_path),
        (_lazy("Pagina"), pages(ContentPage, ContentPageTag), _page_path),
    ]


def changes(scope, since, until, limit):
    """(items, total): what was published in (since, until] in the scope (from
    ``alert_scope``), newest first, at most limit. Titles in the active language."""
    if scope.kind == Alert.Kind.TOPIC:
        sources = topic_querysets(scope.topic)
    else:
        sources = [
            (
                _lazy("Praktijkvoorbeeld"),
                filters.apply(scope.selection).select_related("municipality"),
                _path,
            )
        ]
    items, total = [], 0
    for kind, queryset, path in sources:
        changed = queryset.filter(last_published_at__gt=since, last_published_at__lte=until)
        total += changed.count()
        for record in changed.order_by("-last_published_at", "-pk")[:limit]:
            first = record.first_published_at
            items.append(
                Item(
                    kind=str(kind),
                    title=labelled(record, english_or(record, "title_en", record.title)),
                    path=path(record),
                    is_new=first is None or first > since,
                    published=record.last_published_at,
                )
            )
    items.sort(key=lambda item: item.published, reverse=True)
    return items[:limit], total
