"""The home page sections: newest records, next events, a tip and entry points."""

import datetime
import json

from django.utils import timezone

import pytest

from jos_portal.events import models as event_models
from tests.factories.events import EventIndexPageFactory, EventPageFactory, local
from tests.factories.practices import PracticeFactory
from tests.factories.publications import PublicationFactory
from tests.factories.stories import (
    StoryIndexPageFactory,
    StoryPageFactory,
    TipFactory,
    site_home,
)

pytestmark = pytest.mark.django_db

NOW = local(2030, 5, 1, 12, 0)


@pytest.fixture
def content(monkeypatch):
    monkeypatch.setattr(event_models, "current_time", lambda: NOW)
    home = site_home()
    stories = StoryIndexPageFactory(parent=home)
    events = EventIndexPageFactory(parent=home)
    for n in range(4):
        PracticeFactory(title=f"Voorbeeld {n}", tags=["wijk"])
        PublicationFactory(title=f"Publicatie {n}", year=2020 + n)
        StoryPageFactory(
            parent=stories, title=f"Verhaal {n}", date=datetime.date(2026, 1, 1 + n), tags=["a"]
        )
        EventPageFactory(
            parent=events, title=f"Komend {n}", start=NOW + datetime.timedelta(days=n + 1)
        )
    PracticeFactory(title="Conceptvoorbeeld", live=False)
    PublicationFactory(title="Conceptpublicatie", year=2030, live=False)
    StoryPageFactory(
        parent=stories, title="Conceptverhaal", date=datetime.date(2027, 1, 1), live=False
    )
    EventPageFactory(parent=events, title="Conceptbijeenkomst", start=NOW, live=False)
    EventPageFactory(parent=events, title="Al geweest", start=NOW - datetime.timedelta(days=3))
    TipFactory(title="Tip voor vandaag")
    return home


def test_home_shows_the_newest_of_each_kind_and_the_next_events(client, content):
    html = client.get("/").content.decode()
    assert "Verhaal 3" in html and "Verhaal 0" not in html
    assert "Publicatie 3" in html and "Publicatie 0" not in html
    assert "Voorbeeld 3" in html and "Voorbeeld 0" not in html
    assert html.index("Komend 0") < html.index("Komend 1") < html.index("Komend 2")
    assert "Komend 3" not in html
    assert "Al geweest" not in html
    assert "Tip voor vandaag" in html
    assert 'href="/verhalen/"' in html and 'href="/bijeenkomsten/"' in html


def test_home_never_shows_drafts(client, content):
    html = client.get("/").content.decode()
    for draft in ("Conceptvoorbeeld", "Conceptpublicatie", "Conceptverhaal", "Conceptbijeenkomst"):
        assert draft not in html


def test_home_has_entry_points_for_each_kind_of_visitor(client, content):
    html = client.get("/").content.decode()
    assert "Voor professionals" in html and 'href="/praktijkvoorbeelden/"' in html
    assert 'href="/werkplaatsen/"' in html and 'href="/publicaties/"' in html
    # Municipalities choose their province and land on the province's page.
    assert 'action="/regio/"' in html
    assert 'name="provincie"' in html and '<option value="utrecht">Utrecht</option>' in html
    response = client.get("/regio/?provincie=utrecht")
    assert response.status_code == 302 and response.url == "/regio/utrecht/"


def test_editors_entry_points_replace_the_default_ones(client, content):
    content.entry_points = json.dumps(
        [
            {
                "type": "entry_point",
                "value": {
                    "audience": "Voor docenten",
                    "title": "Begin hier",
                    "text": "",
                    "page": None,
                    "external_url": "/verhalen/",
                    "link_text": "Lees de verhalen",
                },
            }
        ]
    )
    content.save_revision().publish()
    html = client.get("/").content.decode()
    assert "Voor docenten" in html and "Lees de verhalen" in html
    assert "Voor professionals" not in html
    assert "Voor gemeenten" in html


def test_home_runs_a_fixed_number_of_queries(client, content, django_assert_max_num_queries):
    client.get("/")
    with django_assert_max_num_queries(24):
        assert client.get("/").status_code == 200


def test_home_renders_without_stories_events_or_tips(client, db):
    site_home()
    response = client.get("/")
    assert response.status_code == 200
    assert "Er staan geen bijeenkomsten gepland." in response.content.decode()


def test_tip_on_home_is_the_tip_of_the_day(client, content):
    TipFactory(title="Tweede tip")
    from jos_portal.stories.models import Tip

    expected = Tip.objects.of_the_day(timezone.localdate())
    assert expected.title in client.get("/").content.decode()


def test_home_lists_are_cached_until_content_changes(
    client, content, monkeypatch, django_assert_max_num_queries
):
    """The newest lists are cached under the content version: the next visitor costs no
    list queries, and a publication, an unpublication or an ended event shows at once."""
    client.get("/")  # creates the site settings, which is a change too
    client.get("/")
    with django_assert_max_num_queries(10):
        assert "Voorbeeld 3" in client.get("/").content.decode()

    newest = PracticeFactory(title="Net gepubliceerd")
    html = client.get("/").content.decode()
    assert "Net gepubliceerd" in html and "Voorbeeld 1" not in html

    newest.unpublish()
    html = client.get("/").content.decode()
    assert "Net gepubliceerd" not in html and "Voorbeeld 1" in html

    story = StoryPageFactory(
        parent=content.get_children().get(slug__startswith="verhalen").specific,
        title="Vers verhaal",
        date=datetime.date(2026, 6, 1),
        live=False,
    )
    assert "Vers verhaal" not in client.get("/").content.decode()  # a draft bumps nothing
    story.save_revision().publish()
    assert "Vers verhaal" in client.get("/").content.decode()

    # Two days later the first two events are over; no content changed in between.
    later = NOW + datetime.timedelta(days=2, hours=23)
    monkeypatch.setattr(event_models, "current_time", lambda: later)
    html = client.get("/").content.decode()
    assert "Komend 0" not in html and "Komend 1" not in html
    assert html.index("Komend 2") < html.index("Komend 3")
