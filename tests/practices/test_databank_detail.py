"""The public detail page reads like a databank entry; empty sections stay out."""

import pytest

from practices.models import PracticeEvaluation
from tests.factories.practices import PracticeFactory, databank_practice

pytestmark = pytest.mark.django_db


def section(html, heading_id):
    return html.split(f'id="{heading_id}"')[1].split("</section>")[0]


def test_detail_shows_every_databank_section(client, vocab):
    practice = databank_practice(
        factor=vocab["factor"], elements=("Vaste jongerenwerker", "Een eigen ruimte")
    )
    html = client.get(practice.get_absolute_url()).content.decode()
    elements = section(html, "working-elements-heading")
    assert elements.index("Vaste jongerenwerker") < elements.index("Een eigen ruimte")
    assert "/factoren/vaste-contactpersoon/" in elements
    recognition = section(html, "recognition-heading")
    assert "Goed beschreven" in recognition and "geldig tot" in recognition
    assert 'href="https://example.org/databank/fictieve-aanpak"' in recognition
    assert "Movisie Databank" in recognition
    assert "eigen schaal" in recognition  # the explanation of both scales
    costs = section(html, "costs-heading")
    assert "12,5 uur per week" in costs
    assert "8.000" in costs and "15.000" in costs
    assert "gemeente" in costs and "8 bijeenkomsten van 50 minuten" in costs
    target = section(html, "target-group-heading")
    assert "12 tot en met 16 jaar" in target and "universeel" in target
    research = section(html, "research-heading")
    assert "geëvalueerd in 1 onderzoek" in research and "Fictief onderzoeksbureau" in research
    owner = section(html, "owner-heading")
    assert "Fictieve Eigenaar" in owner and "mailto:training@example.org" in owner


def test_empty_sections_are_left_out(client, vocab):
    practice = PracticeFactory()
    html = client.get(practice.get_absolute_url()).content.decode()
    for heading in (
        "working-elements-heading",
        "costs-heading",
        "target-group-heading",
        "research-heading",
        "owner-heading",
    ):
        assert f'id="{heading}"' not in html
    # The own scale always has a value, so its explanation is always there.
    assert 'id="recognition-heading"' in html
    assert "Officiële erkenning</dt>" not in html


def test_owner_only_with_consent(client, vocab):
    practice = databank_practice(owner_consent=False)
    html = client.get(practice.get_absolute_url()).content.decode()
    assert "Fictieve Eigenaar" not in html and "training@example.org" not in html


def test_evaluated_is_only_shown_when_an_evaluation_exists(client, vocab):
    practice = PracticeFactory(evidence_level="geevalueerd")

    def own_scale():
        html = client.get(practice.get_absolute_url()).content.decode()
        return html.split("Herkomst van de kennis</dt>")[1].split("</dd>")[0]

    assert "beschreven door de praktijk" in own_scale()
    PracticeEvaluation.objects.create(practice=practice, design="monitor", year=2022)
    assert "geëvalueerd met een rapport" in own_scale()


def test_detail_with_all_sections_keeps_a_fixed_query_count(
    client, vocab, django_assert_max_num_queries
):
    practice = databank_practice(
        factor=vocab["factor"], elements=("a", "b", "c", "d"), evaluations=(("monitor", 2020),) * 3
    )
    with django_assert_max_num_queries(28):
        assert client.get(practice.get_absolute_url()).status_code == 200
