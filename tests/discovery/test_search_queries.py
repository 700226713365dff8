"""The search test set: queries a teacher, youth worker or policy officer types, with what
they must find on the demo content (tests/discovery/data/search_queries.json). It passes on
PostgreSQL; on SQLite the queries marked ``"sqlite": false`` are expected to fail (strictly:
one that starts to pass fails the test, so docs/zoeken.md stays true)."""

import json
from pathlib import Path

from django.db import connection

import pytest

from jos_portal.discovery import search

pytestmark = pytest.mark.django_db

DATA = json.loads((Path(__file__).parent / "data" / "search_queries.json").read_text("utf-8"))
QUERIES = DATA["queries"]


def title_of(obj):
    return getattr(obj, "title", None) or obj.name


def every_title(query):
    """All titles the search finds for the query, best first (every page)."""
    _query, words, _messages = search.clean_query(query)
    return [title_of(obj) for _key, obj in search.load(search.merged(search.run(words)))]


def case(item):
    marks = []
    if item.get("sqlite", True) is False:
        marks.append(
            pytest.mark.xfail(
                connection.vendor == "sqlite",
                reason="op SQLite: geen stemming en een eenvoudiger volgorde (docs/zoeken.md)",
                strict=True,
            )
        )
    return pytest.param(item, id=item["query"], marks=marks)


def test_the_set_is_large_enough_and_covers_three_kinds_of_visitors():
    assert len(QUERIES) >= 30
    assert {q["who"] for q in QUERIES} == {"docent", "jongerenwerker", "beleidsmedewerker"}
    assert len({q["query"] for q in QUERIES}) == len(QUERIES)


@pytest.mark.parametrize("item", [case(q) for q in QUERIES])
def test_query_finds_what_it_should(client, demo, item):
    response = client.get("/zoeken/", {"q": item["query"]})
    assert response.status_code == 200
    shown = [title_of(r["object"]) for r in response.context["results"]]
    found = every_title(item["query"])
    for title in item.get("expect", []):
        assert title in shown, f"{title!r} niet op de eerste pagina voor {item['query']!r}"
    if "first" in item:
        assert shown and shown[0] == item["first"], shown[:3]
    for title in item.get("absent", []):
        assert title not in found, f"{title!r} hoort niet bij {item['query']!r}"
    if "expect_same_as" in item:
        missing = set(every_title(item["expect_same_as"])) - set(found)
        assert not missing, missing
    if "theme" in item:
        assert item["theme"] in [t["name"] for t in response.context["themes"]]
    for place in item.get("places", []):
        assert place in [m.name for m in response.context["places"]]
