import datetime
import json

from django.template import Context, Template

import pytest

from jos_portal.core.blocks import TipBlock
from jos_portal.core.models import ContentPage
from jos_portal.stories.models import Tip
from tests.factories.practices import PracticeFactory
from tests.factories.stories import TipFactory, site_home
from tests.factories.taxonomy import FactorFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def factors():
    return {
        "contact": FactorFactory(name="Vaste contactpersoon", kind="randvoorwaarde"),
        "visie": FactorFactory(name="Gedeelde visie", kind="succesfactor"),
        "cultuur": FactorFactory(name="Cultuurverschil", kind="valkuil"),
    }


def test_tip_list_groups_tips_by_factor_kind_and_hides_drafts(client, factors):
    TipFactory(title="Bel elkaar elke week", factors=[factors["contact"]])
    TipFactory(title="Praat over pedagogiek", factors=[factors["visie"], factors["cultuur"]])
    TipFactory(title="Een losse tip")
    TipFactory(title="Concepttip", factors=[factors["contact"]], live=False)
    response = client.get("/tips/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Concepttip" not in html
    randvoorwaarden = html.index('id="kind-randvoorwaarde"')
    succesfactoren = html.index('id="kind-succesfactor"')
    valkuilen = html.index('id="kind-valkuil"')
    assert randvoorwaarden < html.index("Bel elkaar elke week") < succesfactoren
    # A tip with two factors appears under each.
    assert html.count("Praat over pedagogiek") == 2
    assert html.index("Praat over pedagogiek") < valkuilen < html.rindex("Praat over pedagogiek")
    assert html.index('id="kind-other"') < html.index("Een losse tip")
    assert "3 praktische tips" in html


def test_tip_list_runs_a_fixed_number_of_queries(client, factors, django_assert_max_num_queries):
    for n in range(12):
        TipFactory(factors=[factors["contact"], factors["visie"]], tags=[f"t{n}"])
    client.get("/tips/")
    with django_assert_max_num_queries(14):
        assert client.get("/tips/").status_code == 200


def test_factor_page_shows_its_published_tips(client, factors):
    TipFactory(title="Tip bij de factor", factors=[factors["contact"]])
    TipFactory(title="Tip bij iets anders", factors=[factors["visie"]])
    TipFactory(title="Concept bij de factor", factors=[factors["contact"]], live=False)
    html = client.get(f"/factoren/{factors['contact'].slug}/").content.decode()
    assert "Tip bij de factor" in html
    assert "Tip bij iets anders" not in html
    assert "Concept bij de factor" not in html


def test_practice_page_shows_tips_sharing_a_factor_or_tag_factor_first(client, factors):
    practice = PracticeFactory(factors=[factors["contact"]], tags=["ouders"])
    TipFactory(title="Zelfde onderwerp", tags=["ouders"])
    TipFactory(title="Zelfde factor", factors=[factors["contact"]])
    TipFactory(title="Niets gemeen", factors=[factors["visie"]], tags=["geld"])
    TipFactory(title="Concept zelfde factor", factors=[factors["contact"]], live=False)
    html = client.get(practice.get_absolute_url()).content.decode()
    assert html.index("Zelfde factor") < html.index("Zelfde onderwerp")
    assert "Niets gemeen" not in html
    assert "Concept zelfde factor" not in html


def test_practice_without_matching_tips_shows_no_tip_section(client, factors):
    practice = PracticeFactory(tags=["iets"])
    TipFactory(title="Andere tip", tags=["anders"])
    html = client.get(practice.get_absolute_url()).content.decode()
    assert 'id="tips-practice"' not in html


def test_tip_of_the_day_rotates_daily_over_published_tips():
    tips = [TipFactory(title=f"Tip {n}") for n in range(3)]
    TipFactory(title="Concept", live=False)
    day = datetime.date(2026, 3, 1)
    picks = [Tip.objects.of_the_day(day + datetime.timedelta(days=n)) for n in range(6)]
    assert {tip.title for tip in picks} == {t.title for t in tips}
    assert picks[0] == picks[3]  # three tips: the same one every third day
    assert picks[0] != picks[1]
    assert Tip.objects.of_the_day(day) == Tip.objects.of_the_day(day)


def test_tip_of_the_day_is_none_without_published_tips():
    TipFactory(live=False)
    assert Tip.objects.of_the_day() is None


def test_tip_block_picks_among_the_chosen_published_tips_only():
    chosen = TipFactory(title="Gekozen tip")
    draft = TipFactory(title="Gekozen concept", live=False)
    TipFactory(title="Niet gekozen")
    block = TipBlock()
    value = block.to_python({"tips": [chosen.pk, draft.pk]})
    for _ in range(3):
        html = block.render(value)
        assert "Gekozen tip" in html
        assert "Niet gekozen" not in html and "Gekozen concept" not in html


def test_tip_block_on_a_content_page_without_choice_shows_a_published_tip(client):
    TipFactory(title="Enige tip", text="Begin klein.")
    home = site_home()
    page = ContentPage(
        title="Over",
        slug="over",
        body=json.dumps([{"type": "tip", "value": {"tips": []}}]),
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    html = client.get("/over/").content.decode()
    assert "Enige tip" in html and "Begin klein." in html


def test_story_tags_template_tag_renders_nothing_without_tips(factors):
    html = Template("{% load story_tags %}{% tips_for_factor factor %}").render(
        Context({"factor": factors["contact"]})
    )
    assert html.strip() == ""
