from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from jos_portal.discovery import regions
from jos_portal.taxonomy.models import Province
from practices.models import Practice
from tests.factories.practices import PracticeFactory

pytestmark = pytest.mark.django_db


def brute_force_province_counts():
    counts = {}
    for practice in Practice.objects.filter(live=True):
        provinces = {m.province.slug for m in practice.coverage.all()}
        for slug in provinces:
            counts[slug] = counts.get(slug, 0) + 1
    return counts


def test_region_index_map_and_table_match_a_brute_force_count(client, portal):
    response = client.get("/regio/")
    assert response.status_code == 200
    rows = {r["province"].slug: r for r in response.context["rows"]}
    assert len(rows) == 12
    expected = brute_force_province_counts()
    for slug, row in rows.items():
        assert row["practices"] == expected.get(slug, 0), slug
    assert rows["noord-brabant"]["practices"] == 2  # the regional practice counts once
    assert rows["utrecht"]["practices"] == 1
    assert rows["noord-holland"]["practices"] == 0  # only a draft there
    assert rows["noord-brabant"]["workplaces"] == 1
    assert rows["noord-brabant"]["sessions"] == 1  # the draft session does not count
    assert rows["noord-brabant"]["level"] == regions.LEVELS
    assert rows["utrecht"]["level"] == 3  # ceil(4 * sqrt(1 / 2))
    assert rows["noord-holland"]["level"] == 0
    assert [regions.level(n, 400) for n in (0, 1, 25, 100, 225, 400)] == [0, 1, 1, 2, 3, 4]


def test_region_map_is_an_accessible_svg_with_a_link_and_text_per_province(client, portal):
    html = client.get("/regio/").content.decode()
    assert '<svg viewBox="0 0 300 360" role="group" aria-labelledby=' in html
    assert '<title id="region-map-title">' in html and "<desc" in html
    for province in Province.objects.all():
        assert f'href="/regio/{province.slug}/"' in html
        assert f">{province.name}</text>" in html
    assert 'aria-label="Noord-Brabant: 2 praktijkvoorbeelden"' in html
    assert "http://" not in html.split("<svg", 1)[1].split("</svg>")[0].replace(
        'xmlns="http://www.w3.org/2000/svg"', ""
    )  # no external resources in the map
    # Every tile lies inside the drawing and no two overlap.
    tiles = list(regions.TILES.values())
    assert len(tiles) == 12
    for i, (x, y, w, h) in enumerate(tiles):
        assert x >= 0 and y >= 0
        assert x + w <= regions.MAP_WIDTH and y + h <= regions.MAP_HEIGHT
        for x2, y2, w2, h2 in tiles[i + 1 :]:
            assert x + w <= x2 or x2 + w2 <= x or y + h <= y2 or y2 + h2 <= y


def test_province_page_lists_practices_workplaces_sessions_and_links(client, portal):
    response = client.get("/regio/noord-brabant/")
    assert response.status_code == 200
    html = response.content.decode()
    assert response.context["practice_count"] == 2
    assert response.context["session_count"] == 1
    assert "Jongerenwerker in de pauze" in html and "Weerbaarheidstraining in de regio" in html
    assert "Mentoruur" not in html  # Utrecht
    assert "Werkplaats Tilburg" in html and "Kick-off over pesten" in html
    assert "Geheime conceptsessie" not in html
    links = response.context["links"]
    assert links["list"] == "/praktijkvoorbeelden/?provincie=noord-brabant"
    assert links["csv"] == "/praktijkvoorbeelden/export.csv?provincie=noord-brabant"
    assert links["feed"] == "/praktijkvoorbeelden/feed/?provincie=noord-brabant"
    for url in links.values():
        assert client.get(url).status_code == 200
        assert url.replace("&", "&amp;") in html
    listed = client.get(links["list"])
    assert listed.context["page_obj"].paginator.count == 2
    municipalities = {
        r["municipality"].slug: r["practices"] for r in response.context["municipalities"]
    }
    assert municipalities["tilburg"] == 2 and municipalities["breda"] == 1
    assert municipalities["eindhoven"] == 0


def test_municipality_page_with_content(client, portal):
    response = client.get("/regio/noord-brabant/breda/")
    assert response.status_code == 200
    assert response.context["practice_count"] == 1
    html = response.content.decode()
    assert "Weerbaarheidstraining in de regio" in html
    assert "/praktijkvoorbeelden/?gemeente=breda" in html
    assert "/praktijkvoorbeelden/feed/?gemeente=breda" in html
    response = client.get("/regio/noord-brabant/tilburg/")
    assert response.context["practice_count"] == 2
    assert "Werkplaats Tilburg" in response.content.decode()


def test_empty_municipality_says_so_and_points_to_nearby_content(client, portal):
    # Oosterhout is in jeugdregio West-Brabant Oost, like Breda.
    response = client.get("/regio/noord-brabant/oosterhout/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Er zijn nog geen praktijkvoorbeelden of werkplaatsen in Oosterhout." in html
    assert "jeugdregio West Brabant Oost" in html
    assert [p.title for p in response.context["nearby"]] == ["Weerbaarheidstraining in de regio"]
    assert "/praktijkvoorbeelden/?jeugdregio=JZ34" in html
    # No neighbour in the jeugdregio: the province instead.
    response = client.get("/regio/noord-brabant/eindhoven/")
    assert "in de provincie Noord-Brabant" in response.content.decode()
    assert len(response.context["nearby"]) == 2


def test_unknown_or_mismatched_regions_are_404(client, portal):
    assert client.get("/regio/atlantis/").status_code == 404
    assert client.get("/regio/noord-brabant/atlantis/").status_code == 404
    assert client.get("/regio/utrecht/tilburg/").status_code == 404  # wrong province


def test_region_queries_do_not_grow_with_the_data(client, portal):
    urls = ["/regio/", "/regio/noord-brabant/", "/regio/noord-brabant/tilburg/"]

    def count(url):
        cache.clear()  # cold: the page's cached aggregates are computed every time
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured.captured_queries)

    count("/regio/")
    before = [count(u) for u in urls]
    breda = portal["municipalities"]["breda"]
    for i in range(15):
        PracticeFactory(title=f"Extra {i}", extra_municipalities=[breda])
    assert [count(u) for u in urls] == before


def test_cached_pages_follow_publishing_and_unpublishing_at_once(client, portal):
    """Topic and region pages cache their aggregates; any change makes them stale."""
    pages = ["/regio/", "/regio/noord-brabant/", "/regio/noord-brabant/tilburg/"]
    pages += ["/onderwerpen/", "/onderwerpen/weerbaarheid/"]
    for url in pages:
        client.get(url)  # fill the caches
    practice = portal["practices"]["regio"]
    practice.unpublish()
    for url in pages:
        assert "Weerbaarheidstraining in de regio" not in client.get(url).content.decode(), url
    rows = {r["province"].slug: r for r in client.get("/regio/").context["rows"]}
    assert rows["noord-brabant"]["practices"] == 1
    assert client.get("/onderwerpen/weerbaarheid/").status_code == 200
    topics = {t["slug"]: t for t in client.get("/onderwerpen/").context["topics"]}
    assert topics["weerbaarheid"]["counts"] == {"practices": 1}  # was 2
    practice.save_revision().publish()
    assert (
        "Weerbaarheidstraining in de regio"
        in client.get("/regio/noord-brabant/breda/").content.decode()
    )
    new = PracticeFactory(
        title="Gloednieuw in Breda", municipality=portal["municipalities"]["breda"]
    )
    assert "Gloednieuw in Breda" in client.get("/regio/noord-brabant/").content.decode()
    new.delete()
    assert "Gloednieuw in Breda" not in client.get("/regio/noord-brabant/").content.decode()
