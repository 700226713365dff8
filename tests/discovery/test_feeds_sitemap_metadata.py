import re
import xml.etree.ElementTree as ET
from urllib.parse import unquote

import pytest

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def atom_entries(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    assert root.find(f"{ATOM}title").text
    assert root.find(f"{ATOM}id").text
    entries = root.findall(f"{ATOM}entry")
    for entry in entries:
        for child in ("title", "id", "updated", "link"):
            assert entry.find(f"{ATOM}{child}") is not None, child
    return {e.find(f"{ATOM}title").text: e for e in entries}


def test_publication_feed_lists_published_publications_only(client, portal):
    entries = atom_entries(client, "/publicaties/feed/")
    assert list(entries) == ["Handen ineen"]
    link = entries["Handen ineen"].find(f"{ATOM}link").get("href")
    assert link.endswith(portal["publications"]["handen"].get_absolute_url())
    assert entries["Handen ineen"].find(f"{ATOM}id").text.startswith("urn:jos:publicatie:")


def test_session_feed_lists_published_sessions_only(client, portal):
    entries = atom_entries(client, "/werkplaatsen/feed/")
    assert list(entries) == ["Werkplaats Tilburg: Kick-off over pesten"]


def test_everything_new_feed_combines_the_types_without_drafts(client, portal):
    entries = atom_entries(client, "/feed/")
    titles = set(entries)
    assert "Praktijkvoorbeeld: Jongerenwerker in de pauze" in titles
    assert "Publicatie: Handen ineen" in titles
    assert "Werkplaatssessie: Werkplaats Tilburg: Kick-off over pesten" in titles
    assert "Pagina: Over pesten op school" in titles
    assert not any("Geheim" in t for t in titles)
    updated = [e.find(f"{ATOM}published").text for e in entries.values()]
    assert updated == sorted(updated, reverse=True)


def test_practice_feed_still_excludes_drafts(client, portal):
    entries = atom_entries(client, "/praktijkvoorbeelden/feed/?onderwerp=pesten")
    assert set(entries) == {"Jongerenwerker in de pauze", "Mentoruur met het jongerenwerk"}


def sitemap_locations(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    assert root.tag == f"{SITEMAP}urlset"
    return [u.find(f"{SITEMAP}loc").text for u in root.findall(f"{SITEMAP}url")]


def test_sitemap_has_pages_records_topics_and_regions_but_no_drafts(client, portal):
    locations = sitemap_locations(client)
    paths = {loc.split("://", 1)[1].split("/", 1)[1] for loc in locations}
    paths = {"/" + p for p in paths}
    expected = {
        "/",
        "/over-pesten/",
        portal["practices"]["pauze"].get_absolute_url(),
        portal["practices"]["regio"].get_absolute_url(),
        portal["sessions"]["kickoff"].get_absolute_url(),
        portal["publications"]["handen"].get_absolute_url(),
        portal["workplace"].get_absolute_url(),
        "/factoren/vaste-mentor/",
        "/onderwerpen/pesten/",
        "/onderwerpen/weerbaarheid/",
        "/regio/",
        "/regio/noord-brabant/",
        "/regio/noord-brabant/breda/",
        "/regio/utrecht/utrecht/",
    }
    assert expected <= paths, expected - paths
    for draft in (
        portal["practices"]["draft"].get_absolute_url(),
        portal["publications"]["draft"].get_absolute_url(),
        "/geheim/",
        "/onderwerpen/geheimtag/",
        "/regio/noord-holland/amsterdam/",  # only a draft practice there
    ):
        assert draft not in paths
    assert "/regio/noord-brabant/oosterhout/" not in paths  # empty pages stay out
    assert len(locations) == len(set(locations))


def test_robots_points_to_the_sitemap(client, portal):
    body = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body


@pytest.mark.parametrize(
    "url",
    ["/onderwerpen/", "/onderwerpen/pesten/", "/regio/", "/regio/noord-brabant/", "/zoeken/"],
)
def test_pages_carry_canonical_hreflang_and_feed_links(client, portal, url):
    html = client.get(url, {"pagina": "1"} if url == "/zoeken/" else {}).content.decode()
    assert f'<link rel="canonical" href="http://testserver{url}">' in html
    assert f'<link rel="alternate" hreflang="nl" href="http://testserver{url}">' in html
    assert f'<link rel="alternate" hreflang="en" href="http://testserver/en{url}">' in html
    assert 'hreflang="x-default"' in html
    assert 'type="application/atom+xml"' in html and 'href="/feed/"' in html


def test_english_pages_point_back_to_dutch(client, portal):
    response = client.get("/en/regio/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<link rel="canonical" href="http://testserver/en/regio/">' in html
    assert '<link rel="alternate" hreflang="nl" href="http://testserver/regio/">' in html
    assert 'hreflang="nl" lang="nl">Nederlands</a>' in html


def test_region_and_topic_pages_link_their_practice_feed(client, portal):
    html = client.get("/regio/noord-brabant/").content.decode()
    assert 'href="/praktijkvoorbeelden/feed/?provincie=noord-brabant"' in html
    html = client.get("/onderwerpen/pesten/").content.decode()
    assert 'href="/praktijkvoorbeelden/feed/?onderwerp=pesten"' in html


def test_lists_link_their_feeds(client, portal):
    assert 'href="/publicaties/feed/"' in client.get("/publicaties/").content.decode()
    assert 'href="/werkplaatsen/feed/"' in client.get("/werkplaatsen/").content.decode()


def test_the_xml_sitemap_has_the_list_pages_and_the_english_addresses(client, home):
    from jos_portal.core.models import ContentPage

    xml = client.get("/sitemap.xml").content.decode()
    for path in ("/praktijkvoorbeelden/", "/publicaties/", "/factoren/", "/tips/", "/open-data/"):
        assert f"http://testserver{path}</loc>" in xml, path
        assert f"http://testserver/en{path}</loc>" in xml, path
    # Records and regions in both languages, with hreflang pairs.
    assert 'hreflang="en" href="http://testserver/en/regio/"' in xml
    assert 'hreflang="nl" href="http://testserver/regio/"' in xml
    page = ContentPage.objects.live().public().first()
    if page is not None:
        assert f"http://testserver/en{page.url}</loc>" in xml
    # Every English address it names answers.
    for loc in re.findall(r"<loc>http://testserver(/en/[^<]*)</loc>", xml)[:25]:
        assert client.get(unquote(loc)).status_code == 200, loc


def test_the_sitemap_for_people_is_linked_from_every_footer(client, home):
    html = client.get("/").content.decode()
    assert 'href="/sitemap/"' in html and 'href="/sitemap.xml"' not in html.split("<footer")[1]
    page = client.get("/sitemap/")
    assert page.status_code == 200
    body = page.content.decode()
    for path in (
        "/praktijkvoorbeelden/",
        "/praktijkvoorbeelden/aanmelden/",
        "/regio/",
        "/sitemap.xml",
    ):
        assert f'href="{path}"' in body, path
    assert body.count("<h1") == 1
    assert client.get("/en/sitemap/").status_code == 200


def test_the_guide_for_municipalities_is_linked_from_every_region_page(client, home):
    from jos_portal.taxonomy.models import Municipality

    guide = client.get("/voor-gemeenten/")
    assert guide.status_code == 200
    html = guide.content.decode()
    assert "socialestabiliteit.nl" in html and "randvoorwaarden" in html.lower()
    tilburg = Municipality.objects.select_related("province").get(code="GM0855")
    for url in (
        "/regio/",
        f"/regio/{tilburg.province.slug}/",
        f"/regio/{tilburg.province.slug}/{tilburg.slug}/",
    ):
        assert 'href="/voor-gemeenten/"' in client.get(url).content.decode(), url


def test_the_reading_guide_explains_the_labels_and_is_linked(client, home):
    html = client.get("/leeswijzer/").content.decode()
    for text in ("Herkomst van de kennis", "Erkenning", "Fictief voorbeeld", "Valkuilen"):
        assert text in html, text
    assert 'href="/leeswijzer/"' in client.get("/").content.decode()  # footer
    assert 'href="/leeswijzer/#factorenkaart"' in client.get("/factoren/").content.decode()


def test_the_submission_form_is_linked_from_the_list_home_and_footer(client, home):
    for url in ("/", "/praktijkvoorbeelden/", "/regio/"):
        html = client.get(url).content.decode()
        assert 'href="/praktijkvoorbeelden/aanmelden/"' in html, url
    assert 'href="/leeswijzer/"' in client.get("/praktijkvoorbeelden/").content.decode()


def test_the_list_counts_in_the_right_number_and_offers_no_empty_download(client, home):
    from tests.factories.practices import PracticeFactory

    PracticeFactory(title="Het enige voorbeeld")
    html = client.get("/praktijkvoorbeelden/").content.decode()
    assert "1 resultaten" not in html.replace("(1<span", "(1 <span")
    assert "export.csv" in html
    empty = client.get("/praktijkvoorbeelden/", {"q": "zzzzgeentreffer"}).content.decode()
    assert "export.csv" not in empty and "/praktijkvoorbeelden/feed/" in empty


def test_the_sitemap_page_costs_the_same_queries_for_more_pages(client, home):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from jos_portal.core.models import ContentPage

    def queries():
        client.get("/sitemap/")  # warm the site and settings caches
        with CaptureQueriesContext(connection) as captured:
            response = client.get("/sitemap/")
        assert response.status_code == 200
        return len(captured.captured_queries), response.content.decode()

    few, _html = queries()
    for index in range(4):
        section = home.add_child(instance=ContentPage(title=f"Deel {index}", slug=f"deel-{index}"))
        section.add_child(
            instance=ContentPage(title=f"Onderdeel {index}", slug=f"onderdeel-{index}")
        )
    more, html = queries()
    assert "Onderdeel 3" in html
    assert 0 < more <= few, (few, more)
