from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from jos_portal.discovery import search
from jos_portal.taxonomy.search import postgresql_matches
from practices.models import Practice
from tests.factories.practices import PracticeFactory

pytestmark = pytest.mark.django_db

ODD_QUERIES = [
    "",
    "   ",
    "a",
    "x" * 1000,
    "school " * 150,
    '"school"',
    "'",
    '"',
    "&|!():*",
    "school & pauze | !mentor",
    "(pesten)*",
    "'; DROP TABLE practices_practice; --",
    "1 OR 1=1",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "\x00nul",
    "%",
    "_",
    "NEAR(school pauze)",
    "AND OR NOT",
    "ë ø 漢字",
]


def titles(response):
    return [
        getattr(r["object"], "title", None) or r["object"].name for r in response.context["results"]
    ]


def test_search_finds_every_published_type_in_one_list(client, portal):
    response = client.get("/zoeken/", {"q": "pesten"})
    assert response.status_code == 200
    found = titles(response)
    assert "Kick-off over pesten" in found  # session, in the title
    assert "Over pesten op school" in found  # content page
    facets = {f["key"]: f["count"] for f in response.context["facets"]}
    assert facets["sessions"] == 1 and facets["pages"] == 1
    for secret in ("Geheim conceptvoorbeeld", "Geheime conceptsessie", "Geheim rapport"):
        assert secret not in found
    assert "Geheime pagina over pesten" not in found


def test_search_covers_factors_publications_and_chapter_titles(client, portal):
    assert "Vaste mentor" in titles(client.get("/zoeken/", {"q": "mentor"}))
    assert titles(client.get("/zoeken/", {"q": "onderbouw"})) == ["Handen ineen"]
    assert titles(client.get("/zoeken/", {"q": "aula"})) == ["Jongerenwerker in de pauze"]


def test_drafts_are_absent_from_search(client, portal):
    for word in ("Geheim", "conceptvoorbeeld", "conceptsessie", "rapport"):
        response = client.get("/zoeken/", {"q": word})
        assert not any("Geheim" in t for t in titles(response)), word
        assert all(f["count"] == 0 for f in response.context["facets"]), word


def test_type_facets_filter_and_keep_the_query(client, portal):
    response = client.get("/zoeken/", {"q": "mentor"})
    facets = {f["key"]: f for f in response.context["facets"]}
    assert facets["practices"]["count"] == 1 and facets["factors"]["count"] == 1
    html = response.content.decode()
    assert 'href="?q=mentor&amp;type=factors"' in html
    response = client.get("/zoeken/", {"q": "mentor", "type": "factors"})
    assert titles(response) == ["Vaste mentor"]
    assert response.context["total"] == sum(facets[k]["count"] for k in facets)
    response = client.get("/zoeken/", {"q": "mentor", "type": "onzin"})
    assert response.status_code == 200
    assert "Onbekend type genegeerd" in response.content.decode()


def test_results_link_to_the_records(client, portal):
    response = client.get("/zoeken/", {"q": "mentor"})
    urls = {r["url"] for r in response.context["results"]}
    assert "/factoren/vaste-mentor/" in urls
    assert portal["practices"]["utrecht"].get_absolute_url() in urls
    for url in urls:
        assert client.get(url).status_code == 200


def test_highlighting_escapes_first_then_marks(client, portal):
    PracticeFactory(title="Pesten <b>stoppen</b> & samen", summary="Over <i>pesten</i> & meer.")
    response = client.get("/zoeken/", {"q": "pesten"})
    html = response.content.decode()
    assert "<mark>Pesten</mark> &lt;b&gt;stoppen&lt;/b&gt; &amp; samen" in html
    assert "<b>stoppen</b>" not in html
    assert search.highlight("a&amp b", ["amp"]) == "a&amp;<mark>amp</mark> b"
    assert search.highlight("<x>", ["x"]) == "&lt;<mark>x</mark>&gt;"


@pytest.mark.parametrize("query", ODD_QUERIES)
def test_odd_queries_give_a_page_and_never_reflect_unescaped_input(client, portal, query):
    response = client.get("/zoeken/", {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "<img src=x" not in html
    assert "onerror=alert(1)>" not in html
    suggest = client.get("/zoeken/suggesties/", {"q": query})
    assert suggest.status_code == 200
    assert isinstance(suggest.json()["suggestions"], list)


def test_long_queries_are_cut_with_a_message(client, portal):
    response = client.get("/zoeken/", {"q": "pesten " + "x" * 1000})
    assert response.status_code == 200
    assert len(response.context["query"]) <= search.MAX_QUERY_LENGTH
    assert "te lang" in response.content.decode()


def test_query_without_words_says_so(client, portal):
    response = client.get("/zoeken/", {"q": "&|!():*"})
    assert "geen woorden" in response.content.decode()
    assert response.context["results"] == []


def test_pagination_and_bad_page_numbers(client, portal):
    for i in range(25):
        PracticeFactory(title=f"Pauzeproject {i}", summary="Pauzeproject op school.")
    first = client.get("/zoeken/", {"q": "pauzeproject"})
    assert len(first.context["results"]) == 20
    assert first.context["page_obj"].paginator.count == 25
    second = client.get("/zoeken/", {"q": "pauzeproject", "pagina": "2"})
    assert len(second.context["results"]) == 5
    assert not set(titles(first)) & set(titles(second))
    assert client.get("/zoeken/", {"q": "pauzeproject", "pagina": "abc"}).status_code == 400
    assert client.get("/zoeken/", {"q": "pauzeproject", "pagina": "99"}).status_code == 404


def test_a_typo_finds_the_known_word_and_says_so(client, portal):
    response = client.get("/zoeken/", {"q": "jongerenwrker"})
    assert "Jongerenwerker in de pauze" in titles(response)
    assert "jongerenwerker" in response.context["also_searched"]
    assert 'Ook gezocht op: <span lang="nl">jongerenwerker' in response.content.decode()
    assert response.context["suggestion"] == ""


def test_did_you_mean_suggests_a_known_word_when_nothing_is_found(client, portal):
    # Each word alone is known or close to a known word, together they find nothing.
    response = client.get("/zoeken/", {"q": "jongerenwrker Vlieland"})
    assert response.context["total"] == 0
    assert response.context["suggestion"] == "jongerenwerker Vlieland"
    assert 'href="?q=jongerenwerker+Vlieland"' in response.content.decode()
    assert client.get("/zoeken/", {"q": "pesten"}).context["suggestion"] == ""


def test_a_topic_only_a_draft_carries_is_never_a_correction(client, portal):
    PracticeFactory(title="Concept", summary="Nog niet af.", live=False, tags=["geheimzinnig"])
    response = client.get("/zoeken/", {"q": "geheimzinnik"})
    assert response.context["total"] == 0
    assert response.context["suggestion"] == ""
    assert response.context["also_searched"] == []
    PracticeFactory(title="Gepubliceerd", summary="Wel af.", tags=["geheimzinnig"])
    response = client.get("/zoeken/", {"q": "geheimzinnik"})
    assert titles(response) == ["Gepubliceerd"]
    assert response.context["also_searched"] == ["geheimzinnig"]


def test_autocomplete_suggests_published_titles_only(client, portal):
    data = client.get("/zoeken/suggesties/", {"q": "gehe"}).json()
    assert data == {"suggestions": []}
    data = client.get("/zoeken/suggesties/", {"q": "jongeren"}).json()
    titles = [item["title"] for item in data["suggestions"]]
    assert titles[0] == "Jongerenwerker in de pauze"
    assert "Mentoruur met het jongerenwerk" in titles


def test_autocomplete_labels_fictional_examples_and_only_those(client, portal):
    PracticeFactory(title="Zeepkist echt", summary="Echt.", is_fictional=False)
    PracticeFactory(title="Zeepkist verzonnen", summary="Verzonnen.", is_fictional=True)
    PracticeFactory(title="Zeepkist concept", summary="Nog niet af.", live=False)
    data = client.get("/zoeken/suggesties/", {"q": "zeepkist"}).json()
    assert data["suggestions"] == [
        {"title": "Zeepkist echt", "fictional": False, "label": ""},
        {"title": "Zeepkist verzonnen", "fictional": True, "label": "Fictief voorbeeld"},
    ]


def test_header_has_a_search_box_on_every_page(client, portal):
    for url in ("/", "/praktijkvoorbeelden/", "/onderwerpen/", "/regio/"):
        html = client.get(url).content.decode()
        assert 'action="/zoeken/"' in html and 'role="search"' in html, url
        assert '<label class="visually-hidden" for="site-search-q">' in html
        assert 'data-suggest-url="/zoeken/suggesties/"' in html


def test_search_queries_do_not_grow_with_the_data(client, portal):
    from django.core.cache import cache

    def count(**params):
        cache.clear()  # cold: the search itself runs every time
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/zoeken/", {"q": "school", **params}).status_code == 200
        return len(captured.captured_queries)

    count()
    before = (count(), count(type="practices"))
    for i in range(30):
        PracticeFactory(title=f"School {i}", summary="Op school.")
    after = (count(), count(type="practices"))
    # One query per type for the matches, at most one per type for the shown objects.
    assert after[0] <= before[0]
    assert after[1] == before[1]


@pytest.mark.skipif("connection.vendor != 'postgresql'", reason="Dutch stemming needs PostgreSQL")
def test_dutch_stemming_on_postgresql(client, portal):
    PracticeFactory(title="Samenwerking met één school", summary="Eén vestiging.")
    found = titles(client.get("/zoeken/", {"q": "scholen"}))
    assert "Samenwerking met één school" in found
    assert "Samenwerking met één school" in titles(client.get("/zoeken/", {"q": "samenwerkingen"}))


def test_cached_search_follows_unpublishing_at_once(client, portal):
    response = client.get("/zoeken/", {"q": "aula"})
    assert titles(response) == ["Jongerenwerker in de pauze"]
    portal["practices"]["pauze"].unpublish()
    response = client.get("/zoeken/", {"q": "aula"})
    assert titles(response) == []
    assert response.context["total"] == 0


@pytest.mark.skipif(
    "connection.vendor != 'postgresql'", reason="the direct index query is PostgreSQL's"
)
@pytest.mark.parametrize(
    "words",
    [
        ["pesten"],
        ["scholen"],
        ["jongerenwerk", "mentor"],
        ["pauze", "aula"],  # "pauze" in a title, "aula" in the body: still one match
        ["de"],  # a Dutch stop word on its own finds nothing
        ["de", "school"],  # and is left out beside a real word
        ["weerbaarheid", "Breda"],
        ["onbekendwoord"],
        ["mentor_pauze"],  # split like PostgreSQL's parser does: both parts must match
    ],
)
def test_direct_postgresql_matches_equal_the_search_backend(portal, words):
    """The fast matcher must give exactly the backend's rows and scores, drafts excluded."""
    from wagtail.search.backends import get_search_backend

    PracticeFactory(title="Scholen in de wijk", summary="Met de mentor in de pauze.")
    PracticeFactory(title="Geheime school", summary="Concept.", live=False)
    backend = get_search_backend()
    draft_pk = Practice.objects.get(title="Geheime school").pk
    found = postgresql_matches(Practice.objects.all(), ["school"], 500)
    assert draft_pk in [pk for pk, _t, _s in found]  # it is indexed ...
    found = postgresql_matches(Practice.objects.published(), ["school"], 500)
    assert draft_pk not in [pk for pk, _t, _s in found]  # ... but never published
    assert postgresql_matches(Practice.objects.published(), [], 500) == []
    for search_type in search.TYPES:
        queryset = search_type.queryset()
        split = [part for word in words for part in word.split("_")]
        expected = [
            (pk, round(float(score or 0), 6))
            for pk, score in backend.search(" ".join(split), queryset, operator="and")
            .annotate_score("_score")[: search.MAX_PER_TYPE]
            .get_queryset()
            .values_list("pk", "_score")
        ]
        got = [
            (pk, round(score, 6))
            for pk, _title, score in postgresql_matches(queryset, words, search.MAX_PER_TYPE)
        ]
        assert got == expected, (search_type.key, words)
    if words == ["pauze", "aula"]:
        groups = search.expanded(words)
        assert [t for _pk, t, _s in search._matches(search.TYPE_KEYS["practices"], groups)]


def test_each_result_says_its_kind_in_the_singular_with_its_icon(client, demo):
    html = client.get("/zoeken/", {"q": "jongerenwerk"}).content.decode()
    results = html[html.index('class="search-results__list"') :]
    assert 'icon--practice"' in results
    assert "</svg>Praktijkvoorbeeld</p>" in results
    assert "</svg>Praktijkvoorbeelden</p>" not in results
    english = client.get("/en/zoeken/", {"q": "jongerenwerk"}).content.decode()
    assert "</svg>Practice example</p>" in english
