import itertools

from django.http import QueryDict

import pytest

from practices import filters
from practices.models import Practice

pytestmark = pytest.mark.django_db
URL = "/praktijkvoorbeelden/"


def titles(response):
    return [p.title for p in response.context["practices"]]


def facet(response, key):
    return {
        o.value: o.count
        for o in next(f for f in response.context["facets"] if f.key == key).options
    }


def test_list_shows_published_practices_and_hides_drafts(client, practices):
    response = client.get(URL)
    assert response.status_code == 200
    assert set(titles(response)) == {"Pauzeteam Tilburg", "Buurtbrug Utrecht", "Dialoog in de klas"}
    assert "Geheim concept" not in response.content.decode()


def test_filter_by_province_includes_regional_practices(client, practices):
    assert titles(client.get(URL, {"provincie": "noord-brabant"})) == ["Pauzeteam Tilburg"]
    # Goirle is one of the extra municipalities of the Tilburg practice.
    assert titles(client.get(URL, {"gemeente": "goirle"})) == ["Pauzeteam Tilburg"]


def test_values_within_a_filter_are_or_and_filters_are_and(client, practices):
    both = client.get(URL, {"provincie": ["noord-brabant", "utrecht"]})
    assert set(titles(both)) == {"Pauzeteam Tilburg", "Buurtbrug Utrecht"}
    narrowed = client.get(URL, {"provincie": ["noord-brabant", "utrecht"], "schooltype": "havo"})
    assert titles(narrowed) == ["Pauzeteam Tilburg"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"schooltype": "praktijkonderwijs"}, {"Buurtbrug Utrecht"}),
        ({"fase": "afgerond"}, {"Dialoog in de klas"}),
        ({"samenwerking": "vanuit-de-wijk"}, {"Buurtbrug Utrecht"}),
        ({"status": "afgerond"}, {"Dialoog in de klas"}),
        ({"onderwerp": "polarisatie"}, {"Pauzeteam Tilburg", "Dialoog in de klas"}),
        ({"factor": "vaste-contactpersoon"}, {"Pauzeteam Tilburg", "Dialoog in de klas"}),
        ({"jeugdregio": "JZ35"}, {"Pauzeteam Tilburg"}),
        (
            {"onderbouwing": "beschreven"},
            {"Pauzeteam Tilburg", "Buurtbrug Utrecht", "Dialoog in de klas"},
        ),
        ({"q": "praktijkonderwijs"}, {"Buurtbrug Utrecht"}),
    ],
)
def test_each_filter(client, practices, params, expected):
    assert set(titles(client.get(URL, params))) == expected


def test_facet_counts_match_a_brute_force_count(client, practices):
    """Each option's count equals the number of results the list gives with that option
    as the facet's value, the other facets unchanged (disjunctive faceting)."""
    base = {"schooltype": "havo"}
    response = client.get(URL, base)
    for key in ["provincie", "fase", "onderwerp", "schooltype", "factor", "status"]:
        counts = facet(response, key)
        assert counts, key
        for value, count in counts.items():
            params = {**base, key: value}
            ticked = client.get(URL, params)
            assert ticked.context["paginator"].count == count, (key, value)


def test_facet_counts_against_python(practices):
    """The aggregate counts equal a count done in Python on the published records."""
    published = list(Practice.objects.published().prefetch_related("school_types", "tags"))
    selection = filters.parse(QueryDict())
    filters.compute_facet_options(selection)
    by_key = {f.key: {o.value: o.count for o in f.options} for f in selection.facets}
    expected_school_types = {}
    for p in published:
        for s in p.school_types.all():
            expected_school_types[s.slug] = expected_school_types.get(s.slug, 0) + 1
    assert by_key["schooltype"] == expected_school_types
    expected_tags = {}
    for p in published:
        for t in p.tags.all():
            expected_tags[t.slug] = expected_tags.get(t.slug, 0) + 1
    assert by_key["onderwerp"] == expected_tags


def test_zero_count_options_are_hidden(client, practices):
    response = client.get(URL, {"provincie": "utrecht"})
    assert "noord-brabant" in facet(response, "provincie")  # other provinces stay (OR)
    assert "havo" not in facet(response, "schooltype")  # no havo practice in Utrecht
    assert all(count > 0 for count in facet(response, "fase").values())


def test_active_filters_are_removable_chips(client, practices):
    html = client.get(URL, {"provincie": "utrecht", "fase": "opstarten"}).content.decode()
    assert 'href="?fase=opstarten"' in html
    assert 'href="?provincie=utrecht"' in html


def test_sorting_by_title_and_pagination(client, vocab):
    from tests.factories.practices import PracticeFactory

    for letter in "DCBAEFGHIJKLMN":
        PracticeFactory(title=f"{letter} voorbeeld")
    first = client.get(URL, {"sorteer": "titel"})
    assert titles(first)[:3] == ["A voorbeeld", "B voorbeeld", "C voorbeeld"]
    assert first.context["paginator"].num_pages == 2
    second = client.get(URL, {"sorteer": "titel", "pagina": 2})
    assert titles(second) == ["M voorbeeld", "N voorbeeld"]
    assert 'aria-current="page"' in second.content.decode()
    bigger = client.get(URL, {"sorteer": "titel", "aantal": 24})
    assert len(titles(bigger)) == 14


def test_text_query_uses_relevance_by_default(client, practices):
    response = client.get(URL, {"q": "Utrecht"})
    assert response.context["selection"].sort == "relevantie"
    assert "Buurtbrug Utrecht" in titles(response)


@pytest.mark.parametrize(
    ("params", "status", "message"),
    [
        ({"pagina": "abc"}, 400, "Het paginanummer moet een getal zijn"),
        ({"pagina": "999"}, 404, "Pagina 999 bestaat niet"),
        ({"pagina": "-1"}, 404, "bestaat niet"),
        ({"aantal": "1000"}, 400, "Kies 12, 24 of 48"),
        ({"q": "x" * 500}, 400, "De zoekvraag is te lang"),
        ({"provincie": ["p"] * 40}, 400, "Te veel waarden"),
        ({"provincie": "x" * 300}, 400, "Een filterwaarde is te lang"),
        ({"format": "pdf"}, 400, "Onbekend exportformaat"),
        (
            {"onderwerp": ["a" * 95] * 25, "gemeente": ["c" * 95] * 25},
            400,
            "Het webadres is te lang",
        ),
    ],
)
def test_bad_input_gives_a_clear_dutch_message(client, practices, params, status, message):
    response = client.get(URL, params)
    assert response.status_code == status
    assert message in response.content.decode()


def test_unknown_filter_values_are_ignored_with_a_message(client, practices):
    response = client.get(URL, {"provincie": ["atlantis", "utrecht"], "sorteer": "willekeurig"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Onbekende waarde voor Provincie genegeerd: atlantis" in html
    assert "Onbekende sortering" in html
    assert titles(response) == ["Buurtbrug Utrecht"]


def test_odd_characters_in_the_query_do_not_break_the_list(client, practices):
    for q in [
        '"',
        'x"y',
        "'; DROP TABLE",
        "a & b | !c",
        "((",
        "ü*?",
        "%",
        "OR AND NOT",
        "-a",
        "NEAR(",
    ]:
        response = client.get(URL, {"q": q})
        assert response.status_code == 200, q
    assert "bevat geen woorden" in client.get(URL, {"q": '"*'}).content.decode()
    nul = client.get(URL, {"q": "school\x00", "provincie": "utrecht\x00", "sorteer": "\x00"})
    assert nul.status_code == 200
    assert titles(nul) == ["Buurtbrug Utrecht"]


def test_list_query_count_does_not_grow_with_page_size_or_data(
    client, vocab, django_assert_max_num_queries
):

    from tests.factories.practices import databank_practice

    params = {
        "provincie": "noord-brabant",
        "schooltype": ["havo", "vwo"],
        "fase": "lopend",
        "erkenning": "goed-beschreven",
        "onderbouwing": ["beschreven", "geevalueerd"],
        "financiering": ["gemeente", "school"],
        "kosten": ["5000-25000", "tot-5000"],
    }
    for n in range(3):
        databank_practice(school_types=[vocab["havo"]], tags=[f"tag{n}"], factors=[vocab["factor"]])
    client.get(URL)  # warm the per-process caches (site root, settings)
    with django_assert_max_num_queries(30) as small:
        client.get(URL, {**params, "aantal": 12})
    small_queries = [q["sql"] for q in small.captured_queries]
    for n in range(30):
        databank_practice(
            school_types=[vocab["havo"], vocab["vwo"]],
            tags=[f"tag{n}", "extra"],
            factors=[vocab["factor"]],
            funding=("gemeente", "school", "anders"),
            elements=("a", "b"),
        )
    # New data: the bitset index is built once per data version, in a fixed number of
    # queries (tests/practices/test_bitset_facets.py), not per request.
    client.get(URL)
    with django_assert_max_num_queries(len(small_queries)) as large:
        response = client.get(URL, {**params, "aantal": 48})
    assert len(response.context["practices"]) == 33
    # At most as many (the warm-up above already read the site and its settings).
    assert len(large.captured_queries) <= len(small_queries)


def test_every_combination_of_two_filters_renders(client, practices):
    options = {
        "provincie": "utrecht",
        "schooltype": "havo",
        "fase": "lopend",
        "onderwerp": "wijk",
        "q": "school",
    }
    for (k1, v1), (k2, v2) in itertools.combinations(options.items(), 2):
        assert client.get(URL, {k1: v1, k2: v2}).status_code == 200


def test_facet_counts_are_cached_until_a_practice_changes(client, practices, vocab):
    from tests.factories.practices import PracticeFactory

    client.get(URL)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as cold:
        client.get(URL, {"fase": "lopend"})
    with CaptureQueriesContext(connection) as warm:
        response = client.get(URL, {"fase": "lopend"})
    assert len(warm.captured_queries) < len(cold.captured_queries)
    assert facet(response, "schooltype")["havo"] == 1

    PracticeFactory(school_types=[vocab["havo"]], stage="lopend")
    assert facet(client.get(URL, {"fase": "lopend"}), "schooltype")["havo"] == 2
    draft = practices["draft"]
    draft.save_revision().publish()
    response = client.get(URL, {"fase": "lopend"})
    assert facet(response, "schooltype")["havo"] == 3
    # The result count and the cached filter form follow the same version.
    heading = response.content.decode().split('id="results-heading"')[1].split("</h2>")[0]
    assert f"{response.context['paginator'].count} praktijkvoorbeeld" in heading
    assert (
        response.context["paginator"].count
        == Practice.objects.published().filter(stage="lopend").count()
    )
    Practice.objects.get(pk=draft.pk).unpublish()
    after = client.get(URL, {"fase": "lopend"})
    assert after.context["paginator"].count == response.context["paginator"].count - 1
    assert facet(after, "schooltype")["havo"] == 2


def test_english_interface_of_the_list(client, practices):
    html = client.get("/en/praktijkvoorbeelden/", {"fase": "opstarten"}).content.decode()
    assert '<html lang="en">' in html
    assert "Search and filter" in html
    assert "1 practice example" in html
    assert "Stage: starting" in html
    # The cached facet labels follow the language of each request.
    assert (
        'opstarten <span class="facet__count">(1'
        in client.get(URL, {"fase": "opstarten"}).content.decode()
    )
    assert (
        'starting <span class="facet__count">(1'
        in client.get("/en/praktijkvoorbeelden/", {"fase": "opstarten"}).content.decode()
    )


def test_a_bulk_delete_updates_counts_and_search_at_once(client, practices):
    """Wagtail's bulk delete is a queryset delete that never calls Practice.delete: the
    cached counts and search hits must still forget the practice."""
    gone = Practice.objects.get(title="Buurtbrug Utrecht")
    before = facet(client.get(URL), "provincie")
    assert "Buurtbrug Utrecht" in titles(client.get(URL, {"q": "Utrecht"}))
    Practice.objects.filter(pk=gone.pk).delete()
    after = facet(client.get(URL), "provincie")
    assert after.get("utrecht", 0) == before["utrecht"] - 1
    assert "Buurtbrug Utrecht" not in titles(client.get(URL, {"q": "Utrecht"}))
