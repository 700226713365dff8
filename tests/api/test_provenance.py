"""Provenance in the open-data API: every record type answers with is_fictional,
provenance, source_url and source_checked, documented in the OpenAPI schema."""

import datetime

import pytest

from practices.models import Practice
from tests.api.conftest import get_json
from tests.factories.practices import PracticeFactory
from tests.factories.publications import PublicationFactory
from tests.factories.workshops import SessionFactory, WorkplaceFactory

pytestmark = pytest.mark.django_db
FIELDS = {"is_fictional", "provenance", "source_url", "source_checked"}


@pytest.fixture
def records(db):
    real_place = WorkplaceFactory(
        name="Werkplaats Echtstad",
        slug="echtstad",
        provenance="bron",
        source_url="https://www.example.nl/werkplaats",
        source_checked=datetime.date(2026, 3, 1),
    )
    example = WorkplaceFactory(name="Voorbeeldwerkplaats", slug="voorbeeld", is_fictional=True)
    return {
        "practice": PracticeFactory(slug="echt", provenance="praktijk"),
        "fictional_practice": PracticeFactory(slug="verzonnen", is_fictional=True),
        "session": SessionFactory(workplace=real_place, slug="echt"),
        "fictional_session": SessionFactory(workplace=example, slug="verzonnen", is_fictional=True),
        "publication": PublicationFactory(slug="echt"),
        "fictional_publication": PublicationFactory(slug="verzonnen", is_fictional=True),
    }


@pytest.mark.parametrize(
    "list_url, detail_url, key",
    [
        ("/api/v1/practices/", "/api/v1/practices/{slug}/", "slug"),
        ("/api/v1/workplaces/", "/api/v1/workplaces/{slug}/", "slug"),
        ("/api/v1/sessions/", "/api/v1/sessions/{workplace}/{slug}/", "slug"),
        ("/api/v1/publications/", "/api/v1/publications/{slug}/", "slug"),
    ],
)
def test_every_record_type_says_whether_it_is_fictional(client, records, list_url, detail_url, key):
    results = get_json(client, list_url)["results"]
    assert results and all(set(item) >= FIELDS for item in results)
    flags = {item[key]: item["is_fictional"] for item in results}
    assert set(flags.values()) == {True, False}
    for item in results:
        workplace = item.get("workplace", {}).get("slug", "")
        detail = get_json(client, detail_url.format(slug=item[key], workplace=workplace))
        assert detail["is_fictional"] is item["is_fictional"]
        assert set(detail) >= FIELDS


def test_source_and_review_date_as_the_site_shows_them(client, records):
    # A review date that slipped in past validation (a bulk import) is still not given.
    Practice.objects.filter(slug="verzonnen").update(last_reviewed=datetime.date(2026, 1, 1))
    practices = {p["slug"]: p for p in get_json(client, "/api/v1/practices/")["results"]}
    assert practices["echt"]["provenance"] == "praktijk"
    assert practices["verzonnen"]["is_fictional"] is True
    assert practices["verzonnen"]["last_reviewed"] is None  # never on a fictional record
    workplace = get_json(client, "/api/v1/workplaces/echtstad/")
    assert workplace["provenance"] == "bron"
    assert workplace["source_url"] == "https://www.example.nl/werkplaats"
    assert workplace["source_checked"] == "2026-03-01"
    assert workplace["is_fictional"] is False


def test_openapi_schema_documents_the_provenance_fields(client):
    components = get_json(client, "/api/v1/openapi.json")["components"]["schemas"]
    for name in ("PracticeSummary", "WorkplaceSummary", "SessionSummary", "PublicationSummary"):
        properties = components[name]["properties"]
        assert set(properties) >= FIELDS, name
        assert "fictief voorbeeld" in properties["is_fictional"]["description"]
        assert set(components[name]["required"]) >= FIELDS
