"""What the home page shows besides its editable intro and body: the newest records of
each app, the next events, the tip of the day and the entry points per kind of visitor.

The home page composes the apps (core is part of the shell), so the imports are local
to keep the domain apps free to import core.blocks. A fixed number of queries, and none
while the content version and the day stay the same: the lists are cached under both
(eight queries, 15 ms of a 28 ms page at 10,000 practices). Events end while cached, so a
few more are kept than shown and the ended ones are dropped on every request."""

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from jos_portal.operations.caching import cached

NEWEST = 3
SPARE_EVENTS = 3


def home_sections(home, request):
    from jos_portal.events.models import current_time

    now = current_time()
    # The day of the tip of the day (Tip.objects.of_the_day reads the clock the same way).
    day = timezone.localdate().isoformat()
    # Each process keeps a copy (the page reads it on every request, mostly for the
    # events that are still to come).
    sections = cached("home", home.pk, day, compute=lambda: _sections(home), local=True)
    events = [event for event in sections["next_events"] if event.end > now][:NEWEST]
    return {
        **sections,
        "next_events": events,
        "default_entry_points": [] if home.entry_points else default_entry_points(),
    }


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
