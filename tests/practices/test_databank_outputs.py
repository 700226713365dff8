"""Compare, CSV/XLSX, Atom and the API carry the databank fields; drafts never leak."""

import csv
import io
import xml.etree.ElementTree as ET

import pytest
from openpyxl import load_workbook

from tests.factories.practices import PracticeFactory, databank_practice

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def pair(vocab):
    full = databank_practice(title="Vol record", factor=vocab["factor"])
    plain = PracticeFactory(title="Kaal record")
    # A draft on the live record must not show anywhere public.
    full.recognition = "effectief-sterke"
    full.owner_name = "Geheime concepteigenaar"
    full.save_revision()
    return full, plain


def test_compare_shows_the_new_fields_side_by_side(client, pair):
    full, plain = pair
    html = client.get("/praktijkvoorbeelden/vergelijk/", {"ids": f"{full.pk},{plain.pk}"})
    text = html.content.decode()
    for label in (
        "Officiële erkenning",
        "Herkomst van de kennis",
        "Werkzame elementen",
        "Kosten",
        "Financiering",
        "Leeftijd",
        "Onderzoek",
        "Eigenaar",
    ):
        assert f'<th scope="row">{label}</th>' in text, label
    assert "Goed beschreven" in text and "Vaste jongerenwerker" in text
    assert "12 tot en met 16 jaar" in text and "Fictieve Eigenaar" in text
    assert "Effectief (sterke" not in text and "Geheime concepteigenaar" not in text


def test_csv_and_xlsx_carry_the_new_columns(client, pair):
    response = client.get("/praktijkvoorbeelden/export.csv")
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = {row["titel"]: row for row in csv.DictReader(io.StringIO(body), delimiter=";")}
    full = rows["Vol record"]
    assert full["erkenning"] == "Goed beschreven"
    assert full["erkend tot"] == "2029-03-01"
    assert full["financiering"] == "gemeente"
    assert full["kosten per jaar vanaf (euro)"] == "8000"
    assert full["uren jongerenwerk per week"] == "12.5"
    assert full["leeftijd tot en met"] == "16"
    assert full["werkzame elementen"] == "Vaste jongerenwerker"
    assert "procesevaluatie" in full["onderzoek"]
    assert "Fictieve Eigenaar" in full["eigenaar"]
    assert rows["Kaal record"]["erkenning"] == "" and rows["Kaal record"]["eigenaar"] == ""
    assert "Geheime concepteigenaar" not in body and "Effectief" not in body

    response = client.get("/praktijkvoorbeelden/export.xlsx")
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = list(sheet.values)
    header = values[0]
    record = next(row for row in values[1:] if row[0] == "Vol record")
    assert record[header.index("kosten per jaar tot (euro)")] == 15000
    assert record[header.index("soort preventie")].startswith("universeel")


def test_owner_is_exported_only_with_consent(client, vocab):
    databank_practice(title="Zonder toestemming", owner_consent=False)
    body = b"".join(client.get("/praktijkvoorbeelden/export.csv").streaming_content)
    assert b"Fictieve Eigenaar" not in body


def test_atom_entries_carry_the_databank_facts(client, pair):
    response = client.get("/praktijkvoorbeelden/feed/")
    root = ET.fromstring(response.content)
    entries = {
        e.find(f"{ATOM}title").text: e.find(f"{ATOM}summary").text
        for e in root.iter(f"{ATOM}entry")
    }
    summary = next(text for title, text in entries.items() if "Vol record" in title)
    assert "Officiële erkenning: Goed beschreven" in summary
    assert "Financiering: gemeente" in summary and "8.000" in summary
    assert "Effectief" not in response.content.decode()


def test_api_carries_every_new_field_and_no_draft(client, pair):
    full, _plain = pair
    listing = client.get("/api/v1/practices/", {"erkenning": "goed-beschreven"}).json()
    assert [r["slug"] for r in listing["results"]] == [full.slug]
    row = listing["results"][0]
    assert row["recognition"] == "goed-beschreven" and row["cost_band"] == "5000-25000"
    assert row["funding_sources"] == [{"slug": "gemeente", "name": "gemeente"}]
    assert (row["age_from"], row["age_to"], row["prevention_level"]) == (12, 16, "universeel")
    detail = client.get(f"/api/v1/practices/{full.slug}/").json()
    assert detail["recognition_valid_until"] == "2029-03-01"
    assert detail["recognition_databank"] == "movisie"
    assert detail["working_elements"] == [
        {
            "text": "Vaste jongerenwerker",
            "factor": {"slug": "vaste-contactpersoon", "name": "Vaste contactpersoon"},
        }
    ]
    assert detail["youth_work_hours_per_week"] == 12.5
    assert detail["evaluations"][0]["design"] == "procesevaluatie"
    assert detail["owner"]["name"] == "Fictieve Eigenaar"
    assert "Geheime concepteigenaar" not in str(detail)
    assert client.get("/api/v1/practices/", {"erkenning": "effectief-sterke"}).json()["count"] == 0


def test_api_hides_the_owner_without_consent_and_refuses_unknown_values(client, vocab):
    practice = databank_practice(owner_consent=False)
    assert client.get(f"/api/v1/practices/{practice.slug}/").json()["owner"] is None
    assert client.get("/api/v1/practices/", {"kosten": "gratis"}).status_code in (400, 422)
    response = client.get("/api/v1/practices/", {"financiering": "onbekend"})
    assert response.status_code == 400


def test_openapi_documents_the_new_filters_and_fields(client):
    schema = client.get("/api/v1/openapi.json").json()
    params = {p["name"] for p in schema["paths"]["/api/v1/practices/"]["get"]["parameters"]}
    assert {"erkenning", "financiering", "kosten", "onderbouwing"} <= params
    detail = schema["components"]["schemas"]["PracticeDetail"]["properties"]
    for name in (
        "recognition",
        "recognition_valid_until",
        "working_elements",
        "cost_per_year_from",
        "funding_sources",
        "evaluations",
        "owner",
        "age_from",
        "prevention_level",
    ):
        assert name in detail, name


def _json_ld(client, practice):
    import json

    html = client.get(practice.get_absolute_url()).content.decode()
    return json.loads(html.split('<script type="application/ld+json">')[1].split("</script>")[0])


def test_structured_data_carries_the_databank_details_of_the_live_record(client, pair):
    full, plain = pair
    data = _json_ld(client, full)
    assert data["typicalAgeRange"] == "12-16"
    rating, report = data["subjectOf"]
    assert rating["@type"] == "Review" and rating["name"] == "Goed beschreven"
    assert rating["publisher"]["name"] == "Movisie Databank Effectieve sociale interventies"
    assert rating["datePublished"] == "2024-03-01" and rating["expires"] == "2029-03-01"
    assert rating["url"] == "https://example.org/databank/fictieve-aanpak"
    assert report == {
        "@type": "Report",
        "name": "Evaluatie 2023",
        "genre": "procesevaluatie",
        "author": {"@type": "Organization", "name": "Fictief onderzoeksbureau"},
        "datePublished": "2023",
        "url": "https://example.org/rapport",
    }
    assert data["maintainer"] == {"@type": "Organization", "name": "Voorbeeldstichting"}
    # The draft's rating and owner stay out; an empty record gets none of these keys.
    assert "Effectief" not in str(data) and "Geheime concepteigenaar" not in str(data)
    bare = _json_ld(client, plain)
    assert not {"typicalAgeRange", "subjectOf", "maintainer"} & set(bare)


def test_structured_data_leaves_out_an_owner_without_consent(client, vocab):
    practice = databank_practice(title="Zonder toestemming", owner_consent=False)
    assert "maintainer" not in _json_ld(client, practice)


@pytest.mark.parametrize(
    "query",
    ["tafeltennistafel", "brugklasleerlingen", "Monitorbureau"],
)
def test_search_finds_practices_by_their_databank_details(client, vocab, query):
    from practices.models import PracticeEvaluation

    found = databank_practice(
        title="Met details",
        elements=("Een tafeltennistafel in de eigen ruimte",),
        inclusion_criteria="Alle brugklasleerlingen die dat willen.",
        evaluations=(),
    )
    PracticeEvaluation.objects.create(
        practice=found, design="monitor", year=2024, conducted_by="Monitorbureau Fictief"
    )
    found.save_revision().publish()
    # A draft with the same words must not be found.
    draft = databank_practice(
        title="Concept met details",
        elements=("Een tafeltennistafel",),
        inclusion_criteria="brugklasleerlingen",
        live=False,
    )
    PracticeEvaluation.objects.create(
        practice=draft, design="monitor", conducted_by="Monitorbureau Concept"
    )
    response = client.get("/praktijkvoorbeelden/", {"q": query})
    titles = [p.title for p in response.context["practices"]]
    assert titles == ["Met details"], titles
