"""What the home page shows besides its editable intro and body: the newest records of
each app, the next events, the tip of the day and the entry points per kind of visitor.

The home page composes the apps (core is part of the shell), so the imports are local
to keep the domain apps free to import core.blocks. A fixed number of queries, and none
while the content version and the day stay the same: the lists are cached under both
(eight queries, 15 ms of a 28 ms page at 10,000 practices). Events end while cached, so a
few more are kept than shown and the ended ones are dropped on every request."""

import pickle
from functools import partial

from django.urls import reverse
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from jos_portal.operations.caching import TIMEOUT, cached
from jos_portal.operations.localcache import LocalCache
from jos_portal.operations.pagecache import content_version

NEWEST = 3
SPARE_EVENTS = 3


def home_sections(home, request):
    """The lists of the home page, and "shown_events": the pks of the events it shows.

    The lists are read only when the cached home fragment misses (they are lazy); on a hit
    the page needs only the pks of the events still to come, for the fragment's key. So
    each process keeps the lists pickled with the events' end times, under the content
    version, the language and the day, and a repeat costs no round trip and no unpickling.
    """
    from jos_portal.events.models import current_time

    now = current_time()
    # The day of the tip of the day (Tip.objects.of_the_day reads the clock the same way).
    day = timezone.localdate().isoformat()
    key = (content_version(), get_language(), home.pk, day)
    entry = _local.get(key)
    if entry is None:
        sections = cached("home", home.pk, day, compute=lambda: _sections(home))
        schedule = [(event.pk, event.end) for event in sections["next_events"]]
        entry = (pickle.dumps(sections, pickle.HIGHEST_PROTOCOL), schedule)
        _local.set(key, entry)
    data, schedule = entry
    # Events end while cached, so the ended ones are dropped on every request.
    shown = [pk for pk, end in schedule if end > now][:NEWEST]
    loaded = SimpleLazyObject(lambda: pickle.loads(data))  # noqa: S301 - our own bytes
    context = {name: SimpleLazyObject(partial(_section, loaded, name)) for name in SECTIONS}
    context["next_events"] = SimpleLazyObject(partial(_shown_events, loaded, shown))
    context["shown_events"] = shown
    # Shown only inside the cached fragment: built when it misses.
    context["default_entry_points"] = (
        [] if home.entry_points else SimpleLazyObject(default_entry_points)
    )
    return context


SECTIONS = (
    "newest_practices",
    "newest_stories",
    "newest_publications",
    "story_index",
    "event_index",
    "tip",
    "provinces",
)
_local = LocalCache(8, max_age=TIMEOUT)


def _section(loaded, name):
    return loaded[name]


def _shown_events(loaded, shown):
    return [event for event in loaded["next_events"] if event.pk in shown]


def _sections(home):
    from jos_portal.events.models import EventIndexPage, EventPage
    from jos_portal.stories.models import StoryIndexPage, StoryPage, Tip
    from jos_portal.taxonomy.models import Province
    from practices.models import Practice
    from publications.models import Publication

    practices = list(
        Practice.objects.published().for_cards().order_by("-first_published_at", "-pk")[:NEWEST]
    )
    stories = list(
        StoryPage.objects.live()
        .public()
        .select_related("hero_image")
        .order_by("-date", "-first_published_at", "-pk")[:NEWEST]
    )
    publications = list(
        Publication.objects.published().order_by("-year", "-publication_date", "title")[:NEWEST]
    )
    events = list(
        EventPage.objects.live()
        .public()
        .select_related("region")
        .upcoming()[: NEWEST + SPARE_EVENTS]
    )
    indexes = {
        type(page): page
        for page in home.get_children().live().type(StoryIndexPage, EventIndexPage).specific()
    }
    return {
        "newest_practices": practices,
        "newest_stories": stories,
        "newest_publications": publications,
        "next_events": events,
        "story_index": indexes.get(StoryIndexPage),
        "event_index": indexes.get(EventIndexPage),
        "tip": Tip.objects.of_the_day(),
        "provinces": list(Province.objects.order_by("name").values_list("slug", "name")),
    }


def default_entry_points():
    """The first two of the three user paths (the third, for municipalities, is the
    province picker in the template): professionals looking for practice examples, and the
    programme's findings. Editors' own entry points replace these two."""
    return [
        {
            "audience": _("Voor professionals"),
            "icon": "practice",
            "title": _("Vind een praktijkvoorbeeld dat bij jouw school past"),
            "text": _("Filter op schooltype, regio, fase en factor."),
            "search": True,
            "url": reverse("practices:list"),
            "link_text": _("Naar de praktijkvoorbeelden"),
            "extra_url": reverse("discovery:topics"),
            "extra_link_text": _("Zoek per onderwerp"),
        },
        {
            "audience": _("Resultaten van het programma"),
            "icon": "workshop",
            "title": _("Wat de werkplaatsen en het onderzoek opleverden"),
            "text": _(
                "Bevindingen uit Tilburg en Utrecht, de literatuurstudie en het stappenplan."
            ),
            "url": reverse("workshops:list"),
            "link_text": _("Naar de werkplaatsen"),
            "extra_url": reverse("publications:list"),
            "extra_link_text": _("Naar de publicaties"),
            "more_url": reverse("discovery:factor_map"),
            "more_link_text": _("Wat een samenwerking laat slagen"),
        },
    ]
