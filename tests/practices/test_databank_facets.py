"""Facets on recognition, the own scale, funding source and cost band."""

import pytest

from practices.models import PracticeEvaluation
from tests.factories.practices import PracticeFactory, databank_practice

pytestmark = pytest.mark.django_db
URL = "/praktijkvoorbeelden/"


def titles(response):
    return {p.title for p in response.context["practices"]}


def facet(response, key):
    return {
        o.value: o.count
        for o in next(f for f in response.context["facets"] if f.key == key).options
    }


@pytest.fixture
def records(vocab):
    return {
        "erkend": databank_practice(title="Erkend", funding=("gemeente", "school")),
        "duur": databank_practice(
            title="Duur",
            recognition="effectief-goede",
            cost_per_year_from=30000,
            cost_per_year_to=None,
            funding=("subsidie-fonds",),
            evaluations=(),
        ),
        "goedkoop": PracticeFactory(
            title="Goedkoop", cost_per_year_to=4000, evidence_level="geevalueerd"
        ),
        "leeg": PracticeFactory(title="Leeg", evidence_level="werkplaats"),
        "concept": databank_practice(title="Concept", live=False),
    }


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"erkenning": "goed-beschreven"}, {"Erkend"}),
        ({"erkenning": ["goed-beschreven", "effectief-goede"]}, {"Erkend", "Duur"}),
        ({"financiering": "gemeente"}, {"Erkend"}),
        ({"financiering": ["gemeente", "subsidie-fonds"]}, {"Erkend", "Duur"}),
        ({"kosten": "tot-5000"}, {"Goedkoop"}),
        ({"kosten": "5000-25000"}, {"Erkend"}),
        ({"kosten": "vanaf-25000"}, {"Duur"}),
        ({"onderbouwing": "werkplaats"}, {"Leeg"}),
        # "Goedkoop" says evaluated without an evaluation: it counts as described.
        ({"onderbouwing": "beschreven"}, {"Erkend", "Duur", "Goedkoop"}),
        ({"kosten": "vanaf-25000", "financiering": "gemeente"}, set()),
    ],
)
def test_new_facets_filter_published_practices(client, records, params, expected):
    assert titles(client.get(URL, params)) == expected


def test_new_facets_count_and_drafts_do_not_count(client, records):
    response = client.get(URL)
    assert facet(response, "erkenning") == {"goed-beschreven": 1, "effectief-goede": 1}
    assert facet(response, "financiering") == {"gemeente": 1, "school": 1, "subsidie-fonds": 1}
    assert facet(response, "kosten") == {"tot-5000": 1, "5000-25000": 1, "vanaf-25000": 1}
    assert facet(response, "onderbouwing") == {"beschreven": 3, "werkplaats": 1}
    html = response.content.decode()
    assert "Officiële erkenning" in html and "Kosten per jaar" in html


def test_an_evaluation_moves_a_record_to_evaluated(client, records):
    PracticeEvaluation.objects.create(practice=records["goedkoop"], design="monitor")
    records["goedkoop"].save()  # any change bumps the cached counts
    assert titles(client.get(URL, {"onderbouwing": "geevalueerd"})) == {"Goedkoop"}


def test_unknown_values_of_the_new_facets_are_ignored_with_a_message(client, records):
    response = client.get(URL, {"erkenning": "topklasse", "kosten": "gratis", "financiering": "x"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Onbekende waarde voor Officiële erkenning genegeerd: topklasse" in html
    assert "Onbekende waarde voor Kosten per jaar genegeerd: gratis" in html
    assert "Onbekende waarde voor Financiering genegeerd: x" in html
    assert len(response.context["practices"]) == 4


def test_too_many_values_of_a_new_facet_is_a_400(client, records):
    response = client.get(URL, {"kosten": ["tot-5000"] * 40})
    assert response.status_code == 400


def test_list_cards_show_recognition_and_costs_without_extra_queries(client, records):
    html = client.get(URL, {"erkenning": "goed-beschreven"}).content.decode()
    card = html.split('class="practice-card"')[1]
    assert "Officiële erkenning" in card and "Goed beschreven" in card
    assert "€ 8.000 tot € 15.000 per jaar" in card
