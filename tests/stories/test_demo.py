"""The demo content of stories, tips and events."""

from io import StringIO

from django.core.management import call_command
from django.utils import timezone

import pytest

from jos_portal.events.models import EventIndexPage, EventPage
from jos_portal.stories.models import StoryIndexPage, StoryPage, Tip

pytestmark = pytest.mark.django_db


def test_demo_has_six_stories_of_every_kind_under_the_story_index(demo):
    index = StoryIndexPage.objects.get()
    assert index.url == "/verhalen/"
    stories = StoryPage.objects.live().descendant_of(index)
    assert stories.count() >= 6
    assert set(stories.values_list("kind", flat=True)) == {
        "interview",
        "praktijkverhaal",
        "nieuws",
        "column",
    }
    assert all(story.tags.exists() for story in stories)
    assert any(story.related_practices.exists() for story in stories)


def test_demo_has_twelve_published_tips_each_tied_to_a_demo_factor(demo):
    tips = Tip.objects.published()
    assert tips.count() >= 12
    assert not tips.filter(factors__isnull=True).exists()


def test_demo_has_two_past_events_with_materials_and_two_upcoming(demo):
    index = EventIndexPage.objects.get()
    assert index.url == "/bijeenkomsten/"
    now = timezone.now()
    events = EventPage.objects.live().descendant_of(index)
    past, upcoming = list(events.past(now)), list(events.upcoming(now))
    assert len(past) == 2 and len(upcoming) == 2
    for event in past:
        assert event.materials.exists()
        assert event.report_story is not None and event.report_story.live


def test_demo_keeps_edited_stories_and_creates_nothing_twice(demo):
    story = StoryPage.objects.get(slug="een-jongerenwerker-in-de-aula")
    story.title = "Aangepaste titel"
    story.save_revision().publish()
    counts = (StoryPage.objects.count(), Tip.objects.count(), EventPage.objects.count())
    call_command("load_demo_data", stdout=StringIO())
    assert (StoryPage.objects.count(), Tip.objects.count(), EventPage.objects.count()) == counts
    assert StoryPage.objects.get(slug=story.slug).title == "Aangepaste titel"


def test_demo_pages_render(client, demo):
    for url in ["/", "/verhalen/", "/tips/", "/bijeenkomsten/", "/bijeenkomsten/ical/"]:
        assert client.get(url).status_code == 200, url
    for page in [*StoryPage.objects.live(), *EventPage.objects.live()]:
        assert client.get(page.url).status_code == 200, page.url
