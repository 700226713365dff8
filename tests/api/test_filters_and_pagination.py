"""The practice list takes the public list's query string and gives the same results;
bad input is a 400/422 JSON error, never ignored and never a 500."""

from urllib.parse import parse_qsl, urlsplit

import pytest

from practices.models import Practice
from tests.api.conftest import get_json

pytestmark = pytest.mark.django_db

QUERY_STRINGS = [
    "",
    "provincie=noord-brabant",
    "provincie=utrecht&provincie=noord-brabant&schooltype=havo",
    "schooltype=vmbo-basisberoepsgerichte-leerweg&fase=lopend",
    "onderwerp=jongerenwerk&sorteer=titel",
    "jeugdregio=JZ41",
    "samenwerking=vanuit-de-wijk&status=lopend",
    "sorteer=gecontroleerd",
    "onderbouwing=werkplaats",
    "q=school",
    "q=jongerenwerk+pauze",
    "q=school&sorteer=titel&provincie=utrecht",
    "gemeente=tilburg&gemeente=utrecht",
]


def test_same_results_in_the_same_order_as_the_public_list(client, demo):
    factor = (
        Practice.objects.published()
        .filter(factors__isnull=False)
        .values_list("factors__slug", flat=True)[0]
    )
    checked = 0
    for query in [*QUERY_STRINGS, f"factor={factor}"]:
        sep = "&" if query else ""
        page = client.get(f"/praktijkvoorbeelden/?{query}{sep}aantal=48")
        assert page.status_code == 200, query
        expected = [p.pk for p in page.context["practices"]]
        api = client.get(f"/api/v1/practices/?{query}{sep}limit=48")
        assert api.status_code == 200, (query, api.content[:300])
        assert [p["id"] for p in api.json()["results"]] == expected, query
        assert api.json()["count"] == page.context["paginator"].count, query
        checked += bool(expected)
    assert checked >= 10  # the demo content makes most of these non-empty


@pytest.mark.parametrize(
    ("query", "status", "message"),
    [
        ("provincie=atlantis", 400, "Onbekende waarde voor Provincie genegeerd: atlantis."),
        ("schooltype=havo&schooltype=geen-school", 400, "Onbekende waarde voor Schooltype"),
        ("provinsie=noord-brabant", 400, "Onbekende parameter voor deze lijst."),
        ("sorteer=willekeurig", 422, ""),
        ("samenwerking=op-afstand", 422, ""),
        ("q=" + "a" * 201, 400, "De zoekvraag is te lang"),
        ("q=%21%21%21", 400, "De zoekvraag bevat geen woorden"),
        ("gemeente=" + "x" * 101, 400, "Een filterwaarde is te lang."),
        ("&".join(f"gemeente=g{i}" for i in range(31)), 400, "Te veel waarden"),
        ("onderwerp=" + "o" * 95 + "&onderwerp=" * 60, 400, ""),
        ("limit=0", 422, ""),
        ("limit=101", 422, ""),
        ("limit=tien", 422, ""),
        ("offset=-1", 422, ""),
        ("offset=100001", 422, ""),
        ("offset=1e3", 422, ""),
    ],
)
def test_bad_input_is_a_json_error(client, data, query, status, message):
    error = get_json(client, f"/api/v1/practices/?{query}", status=status)
    assert error["detail"], error
    if message:
        assert any(message in item["msg"] for item in error["detail"]), error


def test_a_very_long_query_string_is_refused(client, data):
    query = "&".join(f"q{i}=x" for i in range(1000))
    error = get_json(client, f"/api/v1/practices/?{query}", status=400)
    assert "te lang" in error["detail"][0]["msg"]


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/api/v1/sessions/?werkplaats=atlantis", 400),
        ("/api/v1/sessions/?vorm=toneel", 422),
        ("/api/v1/sessions/?onderwerp=bestaat-niet", 400),
        ("/api/v1/factors/?soort=wondermiddel", 422),
        ("/api/v1/publications/?jaar=negentien", 422),
        ("/api/v1/publications/?jaar=1800", 422),
        ("/api/v1/publications/?soort=roman", 422),
        ("/api/v1/regions/municipalities/?provincie=atlantis", 400),
        ("/api/v1/regions/municipalities/?jeugdregio=JZ99", 400),
        ("/api/v1/topics/?sorteer=naam", 400),
        ("/api/v1/workplaces/?pagina=2", 400),
        # PostgreSQL refuses NUL bytes: they must be stopped before any query.
        ("/api/v1/practices/%00/", 422),
        ("/api/v1/sessions/tilburg/%00/", 422),
        ("/api/v1/sessions/?werkplaats=%00", 422),
        ("/api/v1/topics/%27%3B--/", 422),
        ("/api/v1/regions/municipalities/til%20burg/", 422),
    ],
)
def test_other_lists_refuse_unknown_values(client, data, url, status):
    assert get_json(client, url, status=status)["detail"]


def test_control_characters_in_filter_values_are_cleaned_as_on_the_web_page(client, data):
    page = get_json(client, "/api/v1/practices/?gemeente=%00&q=%00pauze")
    assert page["count"] == get_json(client, "/api/v1/practices/?q=pauze")["count"]


def test_pages_walk_through_every_result_once(client, data):
    seen, url = [], "/api/v1/regions/municipalities/?provincie=zeeland&limit=4"
    first = get_json(client, url)
    assert first["previous"] is None
    page = first
    while True:
        seen += [m["slug"] for m in page["results"]]
        if not page["next"]:
            break
        parts = urlsplit(page["next"])
        assert parts.path == "/api/v1/regions/municipalities/"
        page = get_json(client, parts.path, **dict(parse_qsl(parts.query)))
        assert page["previous"]
    assert len(seen) == len(set(seen)) == first["count"] > 4


def test_an_offset_past_the_end_gives_an_empty_page(client, data):
    page = get_json(client, "/api/v1/practices/", offset=50)
    assert page["count"] == 2
    assert page["results"] == []
    assert page["next"] is None


def test_relevance_order_is_paginated_too(client, demo):
    everything = get_json(client, "/api/v1/practices/", q="school", limit=100)
    assert everything["count"] > 3
    second = get_json(client, "/api/v1/practices/", q="school", limit=2, offset=2)
    assert [p["id"] for p in second["results"]] == [p["id"] for p in everything["results"][2:4]]
