"""The practice list (where the home page's search box leads), its exports and the API
search with the same Dutch expansion as the site search: a compound finds what its parts
find, a near-miss finds the word meant, and the list says what it also searched for."""

import csv
import io

import pytest

from practices.models import Practice

pytestmark = pytest.mark.django_db
URL = "/praktijkvoorbeelden/"


def titles(client, query, **extra):
    response = client.get(URL, {"q": query, "aantal": 48, **extra})
    assert response.status_code == 200
    return {p.title for p in response.context["practices"]}, response


@pytest.mark.parametrize(
    ("query", "plain"),
    [("schoolverzuim", "verzuim"), ("radicalisring", "radicalisering"), ("spijbelen", "verzuim")],
)
def test_a_compound_a_typo_or_an_editors_word_finds_what_the_plain_word_finds(
    client, demo, query, plain
):
    expected, _response = titles(client, plain)
    assert expected, plain
    found, response = titles(client, query)
    assert expected <= found, expected - found
    html = response.content.decode()
    assert "Ook gezocht op:" in html and plain in html.split("Ook gezocht op:")[1][:300]


def test_a_plain_word_says_nothing_extra_when_nothing_was_added(client, demo):
    _found, response = titles(client, "Tilburg")
    assert response.context["also_searched"] == []
    assert "Ook gezocht op:" not in response.content.decode()


def test_exports_and_api_search_the_same_way_and_keep_drafts_out(client, demo):
    found, _response = titles(client, "schoolverzuim")
    body = b"".join(
        client.get("/praktijkvoorbeelden/export.csv", {"q": "schoolverzuim"}).streaming_content
    ).decode("utf-8-sig")
    exported = {row["titel"] for row in csv.DictReader(io.StringIO(body), delimiter=";")}
    assert exported == found
    api = client.get("/api/v1/practices/", {"q": "schoolverzuim", "limit": 100}).json()
    assert {item["title"] for item in api["results"]} == found
    drafts = set(Practice.objects.filter(live=False).values_list("title", flat=True))
    assert drafts and not drafts & found


def test_odd_queries_stay_calm(client, demo):
    for query in ("verzuim" * 20, "ä" * 150, "school-verzuim", "'; drop table"):
        assert client.get(URL, {"q": query}).status_code in (200, 400)
