"""Provenance of stories and tips, and the labels in the home page's lists."""

import datetime
import xml.etree.ElementTree as ET

import pytest

from jos_portal.events import models as event_models
from jos_portal.taxonomy.models import Factor
from tests.factories.events import EventIndexPageFactory, EventPageFactory, local
from tests.factories.practices import PracticeFactory
from tests.factories.publications import PublicationFactory
from tests.factories.stories import (
    StoryIndexPageFactory,
    StoryPageFactory,
    TipFactory,
    site_home,
)
from tests.factories.workshops import WorkplaceFactory
from tests.labels import FEED_PREFIX, LABEL_HTML, labelled

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"
NOW = local(2030, 5, 1, 12, 0)


@pytest.fixture
def stories(db):
    index = StoryIndexPageFactory()
    practice = PracticeFactory(title="Verzonnen praktijk", is_fictional=True)
    publication = PublicationFactory(title="Verzonnen publicatie", is_fictional=True)
    workplace = WorkplaceFactory(name="Voorbeeldwerkplaats", slug="voorbeeld", is_fictional=True)
    from jos_portal.stories.models import StoryPractice, StoryPublication, StoryWorkplace

    return {
        "index": index,
        "real": StoryPageFactory(
            parent=index,
            title="Echt verhaal",
            slug="echt",
            kind="nieuws",
            date=datetime.date(2026, 1, 2),
            related_practices=[StoryPractice(practice=practice)],
            related_publications=[StoryPublication(publication=publication)],
            related_workplaces=[StoryWorkplace(workplace=workplace)],
        ),
        "fictional": StoryPageFactory(
            parent=index,
            title="Verzonnen interview",
            slug="verzonnen",
            kind="interview",
            is_fictional=True,
            date=datetime.date(2026, 1, 1),
        ),
        "draft": StoryPageFactory(
            parent=index, title="Verzonnen concept", is_fictional=True, live=False
        ),
    }


def test_story_index_labels_the_fictional_story_only(client, stories):
    html = client.get("/verhalen/").content.decode()
    assert labelled(html, "Verzonnen interview")
    assert not labelled(html, "Echt verhaal")
    assert "Verzonnen concept" not in html


def test_fictional_story_page_says_so(client, stories):
    html = client.get("/verhalen/verzonnen/").content.decode()
    assert 'class="provenance provenance--fictional"' in html


def test_real_story_labels_the_fictional_records_it_links_to(client, stories):
    html = client.get("/verhalen/echt/").content.decode()
    assert "Herkomst: redactie van het JOS kennisportaal" in html
    see_also = html.split('id="story-see-also"')[1]
    for title in ("Verzonnen praktijk", "Voorbeeldwerkplaats", "Verzonnen publicatie"):
        assert labelled(see_also, title), title


@pytest.mark.parametrize("query", ["", "?soort=interview"])
def test_story_feed_prefixes_the_fictional_entry(client, stories, query):
    root = ET.fromstring(client.get(f"/verhalen/feed/{query}").content)
    titles = [e.find(f"{ATOM}title").text for e in root.iter(f"{ATOM}entry")]
    assert f"{FEED_PREFIX}Verzonnen interview" in titles
    assert "Verzonnen interview" not in titles


def test_tips_carry_the_label_in_the_tip_list_and_beside_a_practice(client, db):
    factor = Factor.objects.create(name="Vaste contactpersoon", kind="randvoorwaarde")
    TipFactory(title="Verzonnen tip", is_fictional=True, factors=[factor])
    TipFactory(title="Echte tip", factors=[factor])
    html = client.get("/tips/").content.decode()
    assert labelled(html, "Verzonnen tip") and not labelled(html, "Echte tip")
    practice = PracticeFactory(factors=[factor])
    html = client.get(practice.get_absolute_url()).content.decode()
    assert labelled(html, "Verzonnen tip") and not labelled(html, "Echte tip")


def test_home_lists_label_every_fictional_record(client, monkeypatch):
    monkeypatch.setattr(event_models, "current_time", lambda: NOW)
    home = site_home()
    index = StoryIndexPageFactory(parent=home)
    events = EventIndexPageFactory(parent=home)
    PracticeFactory(title="Verzonnen praktijk", is_fictional=True)
    PracticeFactory(title="Echte praktijk")
    PublicationFactory(title="Verzonnen publicatie", is_fictional=True)
    PublicationFactory(title="Echte publicatie")
    StoryPageFactory(parent=index, title="Verzonnen verhaal", is_fictional=True)
    StoryPageFactory(parent=index, title="Echt verhaal")
    EventPageFactory(
        parent=events,
        title="Verzonnen bijeenkomst",
        is_fictional=True,
        start=NOW + datetime.timedelta(days=1),
    )
    EventPageFactory(
        parent=events, title="Echte bijeenkomst", start=NOW + datetime.timedelta(days=2)
    )
    TipFactory(title="Verzonnen tip", is_fictional=True)
    html = client.get("/").content.decode()
    for title in (
        "Verzonnen praktijk",
        "Verzonnen publicatie",
        "Verzonnen verhaal",
        "Verzonnen bijeenkomst",
        "Verzonnen tip",
    ):
        assert labelled(html, title), title
    for title in ("Echte praktijk", "Echte publicatie", "Echt verhaal", "Echte bijeenkomst"):
        assert title in html and not labelled(html, title), title
    assert html.count(LABEL_HTML) == 5
