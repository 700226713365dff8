"""The bitset path of the practice list gives exactly what the SQL path gives: the same
practices in the same order, the same total and the same facet counts and options, on
random combinations of filters, search words and sort orders."""

import io
import random

from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jos_portal.operations.pagecache import content_version
from jos_portal.taxonomy.models import Factor, Municipality
from practices import bitsets, filters
from practices.models import (
    EvidenceLevel,
    Practice,
    PracticeEvaluation,
    invalidate_facet_cache,
)

pytestmark = pytest.mark.django_db
URL = "/praktijkvoorbeelden/"
WORDS = ["school", "wijk", "jongerenwerk", "klas", "pauze", "ouders", "gesprek", "zzzgeen"]


@pytest.fixture
def varied(vocab):
    """Sixty generated practices plus the awkward cases: drafts, a practice in two
    municipalities of one province, "evaluated" with and without an evaluation, equal
    titles and dates (ties in every order), no review date."""
    for n in range(5):
        Factor.objects.create(name=f"Factor {n}", kind="randvoorwaarde", description="<p>x</p>")
    call_command("generate_bench_data", practices=60, seed=11, stdout=io.StringIO())
    rng = random.Random(5)
    pks = list(Practice.objects.order_by("pk").values_list("pk", flat=True))
    drafts = rng.sample(pks, 6)
    Practice.objects.filter(pk__in=drafts).update(live=False)
    public = [pk for pk in pks if pk not in drafts]
    evaluated = rng.sample(public, 12)
    Practice.objects.filter(pk__in=evaluated).update(evidence_level=EvidenceLevel.EVALUATED)
    for pk in evaluated[:4]:
        PracticeEvaluation.objects.create(practice_id=pk, design="procesevaluatie", year=2024)
    Practice.objects.filter(pk__in=evaluated[4:6]).update(evidence_url="https://example.org/r")
    twin = Practice.objects.filter(pk__in=public[:4])
    twin.update(title="Zelfde titel", last_reviewed=None)
    first = Practice.objects.get(pk=public[0])
    Practice.objects.filter(pk__in=public[1:3]).update(first_published_at=first.first_published_at)
    # A regional practice: two municipalities in the same province.
    regional = Practice.objects.get(pk=public[5])
    same_province = Municipality.objects.filter(
        province_id=regional.municipality.province_id
    ).exclude(pk=regional.municipality_id)[:1]
    Practice.coverage.through.objects.bulk_create(
        [
            Practice.coverage.through(practice_id=regional.pk, municipality_id=m.pk)
            for m in same_province
        ]
    )
    invalidate_facet_cache()
    return public


def vocabulary():
    """{facet key: values} that occur (plus one that does not), read from the SQL path."""
    selection = filters.parse(QueryDict())
    counts = filters._count_all(selection)
    return {key: sorted(values) + ["bestaat-niet"] for key, values in counts.items()}


def selection_for(params):
    query = QueryDict(mutable=True)
    for key, values in params.items():
        query.setlist(key, values)
    return filters.parse(query)


def sql_result(selection):
    ordered = filters.ordered(selection, filters.apply(selection))
    if isinstance(ordered, list):
        return ordered
    return list(ordered.values_list("pk", flat=True))


def options(selection):
    return [
        (f.key, [(o.value, o.label, o.count, o.selected) for o in f.options], f.hidden_options)
        for f in selection.facets
    ]


def check_same(params):
    index = bitsets.current()
    assert index is not None
    sql = selection_for(params)
    fast = selection_for(params)
    expected = sql_result(sql)
    result = bitsets.ordered(index, fast)
    assert len(result) == len(expected), params
    assert list(result[0 : len(result)]) == expected, params
    # Pages as the paginator asks for them.
    for start in range(0, len(expected), 7):
        assert list(result[start : start + 7]) == expected[start : start + 7], params
    assert bitsets.count_all(index, fast) == filters._count_all(sql), params
    filters.compute_facet_options(sql)
    filters.compute_facet_options(fast, index)
    assert options(fast) == options(sql), params


def random_params(rng, vocab_values):
    params = {}
    for key in rng.sample(sorted(vocab_values), rng.randint(0, 6)):
        params[key] = rng.sample(vocab_values[key], rng.randint(1, min(3, len(vocab_values[key]))))
    if rng.random() < 0.5:
        params["q"] = [" ".join(rng.sample(WORDS, rng.randint(1, 2)))]
    params["sorteer"] = [rng.choice(["", "nieuwste", "titel", "gecontroleerd", "relevantie"])]
    return params


def test_random_combinations_match_the_sql_path(varied):
    vocab_values = vocabulary()
    rng = random.Random(2026)
    for _ in range(60):
        check_same(random_params(rng, vocab_values))


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(seed=st.integers(min_value=0, max_value=2**32 - 1))
def test_property_any_combination_matches_the_sql_path(varied, seed):
    check_same(random_params(random.Random(seed), vocabulary()))


def test_every_single_value_matches_the_sql_path(varied):
    for key, values in vocabulary().items():
        for value in values:
            check_same({key: [value]})


def test_the_list_page_shows_the_same_with_and_without_bitsets(client, varied, monkeypatch):
    params = {"schooltype": ["havo", "vwo"], "fase": "lopend", "q": "school", "aantal": 12}
    fast = client.get(URL, params)
    cache.clear()
    monkeypatch.setattr(bitsets, "current", lambda: None)
    slow = client.get(URL, params)
    assert [p.pk for p in fast.context["practices"]] == [p.pk for p in slow.context["practices"]]
    assert fast.context["paginator"].count == slow.context["paginator"].count
    assert options(fast.context["selection"]) == options(slow.context["selection"])


def test_the_index_follows_publishing_and_is_shared_between_processes(client, varied):
    index = bitsets.current()
    assert bitsets.current() is index  # same version: no rebuild
    practice = Practice.objects.filter(live=True).order_by("pk").first()
    practice.unpublish()
    after = bitsets.current()
    assert after is not index
    assert practice.pk not in after.positions
    # Another worker finds it in the cache and loads it without a query.
    bitsets._shared["index"] = None
    with CaptureQueriesContext(connection) as queries:
        loaded = bitsets.current()
    assert len(queries.captured_queries) == 0
    assert loaded.token == after.token and loaded.pks == after.pks
    # A cleared cache (or one that lost the index) builds a new one.
    cache.clear()
    assert bitsets.current().token != after.token


def test_building_the_index_costs_a_fixed_number_of_queries(vocab):
    from tests.factories.practices import databank_practice

    databank_practice(tags=["a"])
    with CaptureQueriesContext(connection) as small:
        bitsets.build(1)
    for n in range(10):
        databank_practice(tags=[f"t{n}", "b"], funding=("gemeente", "school"))
    with CaptureQueriesContext(connection) as large:
        bitsets.build(2)
    assert len(large.captured_queries) == len(small.captured_queries) <= 16


def test_without_a_working_cache_the_list_uses_the_sql_path(client, varied, monkeypatch):
    monkeypatch.setattr(cache, "get_many", lambda keys, **kw: {})
    monkeypatch.setattr(cache, "add", lambda *a, **kw: False)
    monkeypatch.setattr(cache, "get", lambda *a, **kw: None)
    assert bitsets.current() is None
    assert client.get(URL, {"q": "school"}).status_code == 200


def selected_state(selection):
    return (
        [(f.key, f.selected) for f in selection.facets],
        [str(m) for m in selection.messages],
        selection.query,
        selection.sort,
    )


def test_values_are_checked_against_the_held_vocabulary_as_against_the_database(varied):
    """The list checks which filter values exist in lookups held per process; they accept
    and name exactly what the queries accept: unknown values, a second name of a
    municipality (den-haag), doubles and values of another facet."""
    vocab_values = vocabulary()
    Municipality.objects.filter(pk=Municipality.objects.order_by("pk")[0].pk).update(
        common_name="Den Bosch"
    )
    lookups = filters.vocabulary_lookups(content_version())
    rng = random.Random(9)
    every_value = sorted({v for values in vocab_values.values() for v in values})
    cases = [
        {"gemeente": ["den-bosch", "bestaat-niet"]},
        {"gemeente": [Municipality.objects.order_by("pk")[0].slug, "den-bosch"]},
        {"onderwerp": ["bestaat-niet"], "provincie": ["utrecht", "utrecht"]},
    ]
    for _ in range(80):
        params = random_params(rng, vocab_values)
        # Now and then a value of another facet.
        key = rng.choice(sorted(vocab_values))
        params.setdefault(key, []).append(rng.choice(every_value))
        cases.append(params)
    for params in cases:
        query = QueryDict(mutable=True)
        for key, values in params.items():
            query.setlist(key, values)
        with CaptureQueriesContext(connection) as queries:
            held = filters.parse(query, lookups)
        assert len(queries.captured_queries) == 0, params
        assert selected_state(held) == selected_state(filters.parse(query)), params


def test_held_lookups_follow_a_content_change(varied):
    version = content_version()
    lookups = filters.vocabulary_lookups(version)
    assert filters.vocabulary_lookups(version) is lookups
    municipality = Municipality.objects.order_by("pk")[0]
    municipality.common_name = "Nieuwe naam"
    municipality.save()  # a vocabulary change bumps the content version
    fresh = filters.vocabulary_lookups(content_version())
    assert fresh is not lookups
    assert "nieuwe-naam" in fresh["gemeente"].by_alias


def test_a_never_seen_combination_costs_no_query(client, varied):
    """With the index and the vocabulary held, a new combination of filters and a search
    word costs no query when nothing matches, and the cards' queries when something does."""
    client.get(URL)
    client.get(URL, {"q": "school"})
    vocab_values = vocabulary()
    rng = random.Random(4)
    for _ in range(10):
        params = {
            key: [rng.choice(vocab_values[key])] for key in rng.sample(sorted(vocab_values), 6)
        }
        params["q"] = ["school"]
        with CaptureQueriesContext(connection) as queries:
            response = client.get(URL, params)
        assert response.status_code == 200
        cards = 5 if response.context["paginator"].count else 0  # the page and its relations
        assert len(queries.captured_queries) <= cards, [q["sql"][:80] for q in queries]


def test_the_facet_options_read_as_the_template_loop_did(client, varied):
    """The options are rendered in Python (the hottest loop of the page): the markup is the
    one the template loop gave, up to whitespace between tags."""
    from django.template import Context, Template

    from practices.templatetags.practice_tags import facet_options

    # The loop as the page had it (templates/practices/practice_list.html).
    loop = Template(
        """{% load i18n %}{% for option in facet.options %}
              <li class="facet__option">
                <input type="checkbox" name="{{ facet.key }}" value="{{ option.value }}" \
id="f-{{ facet.key }}-{{ option.value|slugify }}"{% if option.selected %} checked{% endif %}>
                <label for="f-{{ facet.key }}-{{ option.value|slugify }}">\
{% if facet.dutch_labels %}<span lang="nl">{{ option.label }}</span>{% else %}\
{{ option.label }}{% endif %} <span class="facet__count">({{ option.count }}\
<span class="visually-hidden"> {% blocktranslate count counter=option.count %}resultaat\
{% plural %}resultaten{% endblocktranslate %}</span>)</span></label>
              </li>
              {% endfor %}"""
    )

    def normal(html):
        # Whitespace between tags stays, as one space (it shows between inline elements).
        return " ".join(html.split())

    vocab_values = vocabulary()
    rng = random.Random(12)
    index = bitsets.current()
    shown = 0
    for _ in range(20):
        selection = selection_for(random_params(rng, vocab_values))
        filters.compute_facet_options(selection, index)
        # Labels a visitor could not type: escaped the same way.
        selection.facets[0].options.append(filters.Option("a&b", "<b>\"x\" & 'y'</b>", 1234))
        for facet in selection.facets:
            expected = loop.render(Context({"facet": facet}))
            assert normal(facet_options(facet)) == normal(expected), facet.key
            shown += len(facet.options)
    assert shown > 100
