"""Region data says where it comes from, and a municipality is found by its CBS name and
by the name people use ("Den Haag" for 's-Gravenhage)."""

from io import StringIO
from pathlib import Path

from django.core.management import call_command

import pytest

from jos_portal.discovery import search
from jos_portal.taxonomy.models import Municipality
from tests.api.conftest import get_json
from tests.factories.practices import PracticeFactory

pytestmark = pytest.mark.django_db

FIXTURES = Path(__file__).resolve().parent.parent / "taxonomy" / "fixtures"


def test_the_hague_and_den_bosch_carry_their_usual_names():
    den_haag = Municipality.objects.get(code="GM0518")
    assert den_haag.name == "'s-Gravenhage"
    assert den_haag.common_name == "Den Haag"
    assert den_haag.display_name == "Den Haag ('s-Gravenhage)"
    assert Municipality.objects.get(code="GM0796").common_name == "Den Bosch"
    assert Municipality.objects.get(code="GM0855").display_name == "Tilburg"


def test_every_bundled_municipality_names_the_cbs_table_of_2023():
    assert not Municipality.objects.exclude(source_year=2023).exists()


def test_municipality_page_shows_the_usual_name_the_cbs_name_and_the_source(client, home):
    html = client.get("/regio/zuid-holland/s-gravenhage/").content.decode()
    assert "<h1>Den Haag</h1>" in html
    assert "Officiële naam bij CBS: &#x27;s-Gravenhage" in html
    assert "CBS, Gebieden in Nederland 2023" in html


@pytest.mark.parametrize("url", ["/regio/", "/regio/noord-brabant/"])
def test_region_overview_and_province_pages_name_the_source(client, home, url):
    html = client.get(url).content.decode()
    assert (
        "Bron van de gemeenten en hun indeling in regio’s: CBS, Gebieden in Nederland 2023" in html
    )


def test_province_table_lists_den_bosch_beside_its_cbs_name(client, home):
    html = client.get("/regio/noord-brabant/").content.decode()
    assert "Den Bosch (&#x27;s-Hertogenbosch)" in html


def test_api_gives_the_usual_name_and_the_source_per_municipality(client):
    data = get_json(client, "/api/v1/regions/municipalities/GM0518/")
    assert data["name"] == "'s-Gravenhage"
    assert data["common_name"] == "Den Haag"
    assert data["source"] == {"title": "CBS, Gebieden in Nederland", "year": 2023}
    assert get_json(client, "/api/v1/regions/municipalities/den-haag/")["code"] == "GM0518"


def test_site_search_finds_den_haag_and_does_not_correct_it(client, home):
    response = client.get("/zoeken/", {"q": "Den Haag"})
    html = response.content.decode()
    assert 'href="/regio/zuid-holland/s-gravenhage/">Den Haag (&#x27;s-Gravenhage)</a>' in html
    assert "Bedoelde je" not in html
    assert response.context["suggestion"] == ""


def test_site_search_finds_the_cbs_name_too(client, home):
    html = client.get("/zoeken/", {"q": "'s-Hertogenbosch"}).content.decode()
    assert 'href="/regio/noord-brabant/s-hertogenbosch/">Den Bosch' in html


def test_did_you_mean_never_corrects_a_municipality_name(home):
    assert search.did_you_mean(["Den", "Haag"]) == ""
    assert search.did_you_mean(["Hertogenbosch"]) == ""


def test_site_search_finds_a_practice_in_the_hague_by_its_usual_name(client, home):
    PracticeFactory(
        title="Huiswerkklas met het jongerenwerk",
        municipality=Municipality.objects.get(code="GM0518"),
    )
    response = client.get("/zoeken/", {"q": "Den Haag"})
    titles = [r["object"].title for r in response.context["results"]]
    assert "Huiswerkklas met het jongerenwerk" in titles


def test_practice_filter_shows_and_accepts_the_usual_name(client, home):
    PracticeFactory(
        title="Voorbeeld in de residentie", municipality=Municipality.objects.get(code="GM0518")
    )
    PracticeFactory(title="Voorbeeld in Tilburg")
    response = client.get("/praktijkvoorbeelden/", {"gemeente": "den-haag"})
    html = response.content.decode()
    assert "Voorbeeld in de residentie" in html
    assert "Voorbeeld in Tilburg" not in html
    assert "Onbekende waarde" not in html
    assert "Den Haag (&#x27;s-Gravenhage)" in html
    by_cbs = client.get("/praktijkvoorbeelden/", {"gemeente": "s-gravenhage"}).content.decode()
    assert "Voorbeeld in de residentie" in by_cbs and "Voorbeeld in Tilburg" not in by_cbs


def test_import_records_the_year_of_the_cbs_table(tmp_path):
    source = (FIXTURES / "gebieden_ok.csv").read_bytes()
    named = tmp_path / "gebieden-in-nederland-2025.csv"
    named.write_bytes(source)
    out = StringIO()
    call_command("import_regions", str(named), stdout=out)
    assert Municipality.objects.filter(source_year=2025).exists()
    call_command("import_regions", str(FIXTURES / "gebieden_ok.csv"), "--jaar", "2024", stdout=out)
    assert Municipality.objects.filter(source_year=2024).exists()
    assert not Municipality.objects.filter(source_year=2025).exists()
