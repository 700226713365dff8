"""Words a visitor can look up: the evidence label on cards and practice pages links to
the reading guide, and so do the factor kinds."""

import pytest

from practices.models import EvidenceLevel
from tests.factories.practices import PracticeFactory, databank_practice

pytestmark = pytest.mark.django_db

GUIDE_LABELS = 'href="/leeswijzer/#labels"'


def test_practice_cards_show_the_evidence_label_linked_to_the_reading_guide(client, vocab):
    PracticeFactory(title="Beschreven voorbeeld", municipality=vocab["tilburg"])
    databank_practice(
        title="Geëvalueerd voorbeeld",
        municipality=vocab["tilburg"],
        evidence_level=EvidenceLevel.EVALUATED,
    )
    PracticeFactory(
        title="Belofte zonder rapport",
        municipality=vocab["tilburg"],
        evidence_level=EvidenceLevel.EVALUATED,
    )
    html = client.get("/praktijkvoorbeelden/").content.decode()
    cards = {
        title: html.split(f">{title}</a>", 1)[1].split("</article>", 1)[0]
        for title in ("Beschreven voorbeeld", "Geëvalueerd voorbeeld", "Belofte zonder rapport")
    }
    for card in cards.values():
        assert GUIDE_LABELS in card
    assert "evidence-label--geevalueerd" in cards["Geëvalueerd voorbeeld"]
    assert "geëvalueerd met een rapport" in cards["Geëvalueerd voorbeeld"]
    # "Evaluated" needs an evaluation on record; without one the card says "described".
    assert "evidence-label--beschreven" in cards["Belofte zonder rapport"]
    assert "beschreven door de praktijk" in cards["Belofte zonder rapport"]


def test_evidence_labels_on_cards_cost_no_query_per_card(
    client, vocab, django_assert_max_num_queries
):
    def add(n):
        # "Evaluated" makes each card ask for the practice's evaluations.
        databank_practice(
            title=f"Voorbeeld {n}",
            municipality=vocab["tilburg"],
            evidence_level=EvidenceLevel.EVALUATED,
        )

    for n in range(3):
        add(n)
    # Warm the per-process caches (site root, settings) with another selection, so both
    # measured requests count their facets afresh.
    client.get("/praktijkvoorbeelden/", {"fase": "lopend"})
    with django_assert_max_num_queries(30) as few:
        client.get("/praktijkvoorbeelden/", {"aantal": 12})
    for n in range(3, 12):
        add(n)
    # New data: the list's bitset index is built once for the new version (practices/bitsets.py).
    client.get("/praktijkvoorbeelden/", {"fase": "lopend"})
    with django_assert_max_num_queries(len(few.captured_queries)):
        html = client.get("/praktijkvoorbeelden/", {"aantal": 24}).content.decode()
    assert html.count("evidence-label--geevalueerd") == 12


def test_practice_page_links_its_labels_and_factor_kinds_to_the_reading_guide(client, practices):
    html = client.get(practices["tilburg_havo"].get_absolute_url()).content.decode()
    facts = html.split('id="facts-heading"', 1)[1].split("</aside>", 1)[0]
    assert GUIDE_LABELS in facts
    assert 'class="factor-kind factor-kind--randvoorwaarde" href="/leeswijzer/#factoren"' in html
    # The key facts come before the long text (first on a phone).
    assert html.index('id="facts-heading"') < html.index(">Doel</h2>")


def test_factor_pages_link_the_kind_to_the_reading_guide(client, vocab):
    html = client.get(f"/factoren/{vocab['factor'].slug}/").content.decode()
    assert '<a href="/leeswijzer/#factoren">Randvoorwaarde</a>' in html
    html = client.get("/factoren/").content.decode()
    assert 'class="factor-map__explain" href="/leeswijzer/#factoren"' in html


def test_the_reading_guide_covers_records_labels_factors_and_the_map(client, db):
    html = client.get("/leeswijzer/").content.decode()
    for anchor in ('id="praktijkvoorbeeld"', 'id="labels"', 'id="factoren"', 'id="factorenkaart"'):
        assert anchor in html
    for word in ("beschreven door de praktijk", "Randvoorwaarden", "Succesfactoren", "Valkuilen"):
        assert word in html
