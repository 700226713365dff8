"""A topic is public only when a record a visitor may see carries it.

A tag that only drafts or pages behind a view restriction (password, login, groups)
carry has no topic page, no place in the topic index, the API or the sitemap, and no
filter option; the sitemap and feeds name the host the visitor asked for.
"""

import xml.etree.ElementTree as ET

from wagtail.models import PageViewRestriction, Site

import pytest

from jos_portal.core.models import ContentPage
from tests.factories.practices import PracticeFactory
from tests.factories.publications import PublicationFactory
from tests.factories.stories import StoryIndexPageFactory, StoryPageFactory

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
ATOM = "{http://www.w3.org/2005/Atom}"


def restricted_section(home, tag, restriction_type="password"):
    """A live page behind a view restriction with a live child page; both carry the tag."""
    section = home.add_child(instance=ContentPage(title="Besloten deel", slug="besloten"))
    section.tags.add(tag)
    section.save_revision().publish()
    child = section.add_child(instance=ContentPage(title="Besloten notitie", slug="notitie"))
    child.tags.add(tag, "nog-iets-besloten")
    child.save_revision().publish()
    PageViewRestriction.objects.create(
        page=section, restriction_type=restriction_type, password="geheim"
    )
    return section, child


def sitemap_locations(client, **extra):
    response = client.get("/sitemap.xml", **extra)
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return [u.find(f"{SITEMAP}loc").text for u in root.findall(f"{SITEMAP}url")]


@pytest.mark.parametrize("restriction_type", ["password", "login"])
def test_a_tag_only_restricted_pages_carry_is_nowhere_public(
    client, portal, home, restriction_type
):
    restricted_section(home, "besloten-tag", restriction_type)
    topics = {t["slug"] for t in client.get("/onderwerpen/").context["topics"]}
    assert {"pesten", "weerbaarheid"} <= topics
    assert "besloten-tag" not in topics and "nog-iets-besloten" not in topics
    assert b"besloten-tag" not in client.get("/onderwerpen/").content
    assert client.get("/onderwerpen/besloten-tag/").status_code == 404
    assert client.get("/onderwerpen/nog-iets-besloten/").status_code == 404

    api = {t["slug"] for t in client.get("/api/v1/topics/").json()["results"]}
    assert "pesten" in api and "besloten-tag" not in api
    assert client.get("/api/v1/topics/besloten-tag/").status_code == 404
    response = client.get("/api/v1/publications/", {"onderwerp": "besloten-tag"})
    assert response.status_code == 400

    locations = sitemap_locations(client)
    assert any(loc.endswith("/onderwerpen/pesten/") for loc in locations)
    assert not any("besloten" in loc for loc in locations)


def test_a_restricted_page_does_not_count_on_a_shared_topic(client, portal, home):
    restricted_section(home, "pesten")
    row = {t["slug"]: t for t in client.get("/onderwerpen/").context["topics"]}["pesten"]
    assert row["counts"]["pages"] == 1  # only "Over pesten op school"
    groups = {g["key"]: g for g in client.get("/onderwerpen/pesten/").context["groups"]}
    assert groups["pages"]["count"] == 1
    assert client.get("/api/v1/topics/pesten/").json()["counts"]["pages"] == 1


def test_a_tag_only_drafts_carry_has_no_topic_page_or_filter_option(client, portal):
    # "geheimtag" is only on a draft practice.
    assert client.get("/onderwerpen/geheimtag/").status_code == 404
    assert client.get("/api/v1/topics/geheimtag/").status_code == 404
    listed = client.get("/praktijkvoorbeelden/", {"onderwerp": "geheimtag"})
    assert listed.status_code == 200
    options = {f.key: f for f in listed.context["facets"]}["onderwerp"].options
    assert "geheimtag" not in [o.value for o in options]
    assert "Onbekende waarde voor Onderwerp genegeerd: geheimtag." in listed.content.decode()
    assert listed.context["page_obj"].paginator.count == 3  # the filter is ignored


def test_publication_list_accepts_only_topics_of_published_publications(client, portal):
    PublicationFactory(title="Nog een concept", tags=["conceptonderwerp"], live=False)
    response = client.get("/publicaties/", {"onderwerp": "conceptonderwerp"})
    assert "Onbekend onderwerp genegeerd." in response.content.decode()
    assert response.context["topic"] == ""
    assert "conceptonderwerp" not in [t.slug for t in response.context["topics"]]
    assert response.context["page_obj"].paginator.count == 1  # "Handen ineen"
    assert client.get("/api/v1/publications/", {"onderwerp": "conceptonderwerp"}).status_code == 400


def test_factor_map_accepts_only_topics_of_factors(client, portal):
    PracticeFactory(tags=["alleen-praktijk"])
    response = client.get("/factoren/", {"onderwerp": "geheimtag"})
    assert "Onbekend onderwerp genegeerd." in response.content.decode()
    assert response.context["topic_label"] == ""
    assert client.get("/factoren/", {"onderwerp": "pesten"}).context["topic_label"] == "pesten"


def test_story_topics_leave_out_drafts_and_restricted_stories(client, home):
    index = StoryIndexPageFactory(parent=home)
    StoryPageFactory(parent=index, title="Open verhaal", tags=["wijk"])
    StoryPageFactory(parent=index, title="Concept", tags=["conceptverhaal"], live=False)
    private = StoryPageFactory(parent=index, title="Besloten verhaal", tags=["besloten-verhaal"])
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    response = client.get("/verhalen/")
    assert [t.slug for t in response.context["topics"]] == ["wijk"]
    for slug in ("conceptverhaal", "besloten-verhaal"):
        response = client.get("/verhalen/", {"onderwerp": slug})
        assert response.status_code == 400
        assert "Onbekend onderwerp" in response.content.decode()
        assert client.get("/verhalen/feed/", {"onderwerp": slug}).status_code == 400
    assert "Open verhaal" in client.get("/verhalen/", {"onderwerp": "wijk"}).content.decode()


def test_sitemap_uses_the_host_the_visitor_asked_for(client, portal):
    assert Site.objects.get().hostname == "localhost"
    locations = sitemap_locations(client, HTTP_HOST="portal.example.nl")
    assert "http://portal.example.nl/" in locations
    assert "http://portal.example.nl/over-pesten/" in locations
    assert all(loc.startswith("http://portal.example.nl/") for loc in locations), [
        loc for loc in locations if not loc.startswith("http://portal.example.nl/")
    ]


def test_everything_new_feed_uses_the_host_the_visitor_asked_for(client, portal, home):
    # With a second site, Wagtail's page.url is absolute on the stored hostname.
    other = home.add_child(instance=ContentPage(title="Andere site", slug="andere-site"))
    Site.objects.create(hostname="ander.example", port=80, root_page=other)
    response = client.get("/feed/", HTTP_HOST="portal.example.nl")
    assert response.status_code == 200
    links = [
        e.find(f"{ATOM}link").get("href")
        for e in ET.fromstring(response.content).findall(f"{ATOM}entry")
    ]
    assert "http://portal.example.nl/over-pesten/" in links
    assert all(link.startswith("http://portal.example.nl/") for link in links), links


@pytest.mark.parametrize(
    "url",
    [
        "/praktijkvoorbeelden/feed/",
        "/praktijkvoorbeelden/feed/?onderwerp=pesten",
        "/publicaties/feed/",
        "/werkplaatsen/feed/",
        "/verhalen/feed/",
    ],
)
def test_every_feed_uses_the_host_the_visitor_asked_for(client, portal, home, url):
    """Feed and entry links, and entry ids, name the host of the request, never the stored
    hostname of a Site (with two sites, Wagtail's page.url is absolute on it)."""
    stories = StoryIndexPageFactory(parent=home, title="Verhalen", slug="verhalen")
    StoryPageFactory(parent=stories, title="Een verhaal over pesten", tags=["pesten"])
    other = home.add_child(instance=ContentPage(title="Andere site", slug="andere-site"))
    Site.objects.create(hostname="ander.example", port=80, root_page=other)
    response = client.get(url, HTTP_HOST="portal.example.nl")
    assert response.status_code == 200
    feed = ET.fromstring(response.content)
    entries = feed.findall(f"{ATOM}entry")
    assert entries, f"{url} has no entries to check"
    addresses = [link.get("href") for link in feed.iter(f"{ATOM}link")] + [
        entry.findtext(f"{ATOM}id") for entry in entries
    ]
    assert all(
        address.startswith("http://portal.example.nl/")
        for address in addresses
        if address.startswith("http")
    ), addresses


def test_a_topic_page_gathers_stories_tips_and_events_too(client, db):
    from tests.factories.events import EventIndexPageFactory, EventPageFactory
    from tests.factories.stories import TipFactory, site_home

    home = site_home()
    stories = StoryIndexPageFactory(parent=home)
    StoryPageFactory(parent=stories, title="Een verhaal over verzuim", tags=["schoolverzuim"])
    TipFactory(title="Bel ouders op dag één", tags=["schoolverzuim"])
    TipFactory(title="Concepttip", tags=["schoolverzuim"], live=False)
    events = EventIndexPageFactory(parent=home)
    EventPageFactory(parent=events, title="Middag over verzuim", tags=["schoolverzuim"])

    html = client.get("/onderwerpen/schoolverzuim/").content.decode()
    assert '<h1 lang="nl">Schoolverzuim</h1>' in html
    for title in ("Een verhaal over verzuim", "Bel ouders op dag één", "Middag over verzuim"):
        assert title in html, title
    assert "Concepttip" not in html
    assert 'id="stories"' in html and 'id="tips"' in html and 'id="events"' in html
    index = client.get("/onderwerpen/").content.decode()
    assert ">Schoolverzuim</a>" in index
