"""Themes (topic intros marked as theme) on the home page, their pages and at the top of
the search results; editors' picks (search promotions) above the results, never a draft;
tips, stories and events in the search."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

import pytest
from taggit.models import Tag

from jos_portal.core.models import ContentPage, HomePage
from jos_portal.discovery.models import SearchSynonym, TopicIntro
from jos_portal.events.models import EventIndexPage
from jos_portal.stories.models import StoryIndexPage
from tests.factories.events import EventPageFactory
from tests.factories.practices import PracticeFactory
from tests.factories.stories import StoryPageFactory, TipFactory

pytestmark = pytest.mark.django_db


def titles(response):
    return [
        getattr(r["object"], "title", None) or r["object"].name for r in response.context["results"]
    ]


# Theme pages ---------------------------------------------------------------------------


def test_home_lists_the_themes_with_their_introduction(client, demo):
    html = client.get("/").content.decode()
    start = html.index('aria-labelledby="home-themes"')
    block = html[start : html.index("</section>", start)]
    for name, slug in (
        ("Mentale gezondheid", "mentale-gezondheid"),
        ("Schoolverzuim", "schoolverzuim"),
        ("Veiligheid", "veiligheid"),
        ("Overgangen", "overgangen"),
    ):
        assert f'href="/onderwerpen/{slug}/" lang="nl">{name}</a>' in block
    assert "Verzuim is vaak een teken" in block
    # A topic intro that is no theme stays off the block.
    assert "/onderwerpen/wijk/" not in block


def test_a_theme_only_drafts_carry_is_not_on_the_home_page(client, demo):
    tag = Tag.objects.create(name="geheim thema", slug="geheim-thema")
    PracticeFactory(title="Concept met thema", tags=["geheim thema"], live=False)
    TopicIntro.objects.create(tag=tag, intro="<p>Nog niet af.</p>", is_theme=True)
    html = client.get("/").content.decode()
    assert "/onderwerpen/geheim-thema/" not in html
    assert client.get("/onderwerpen/geheim-thema/").status_code == 404


def test_theme_page_shows_the_intro_and_every_type_tagged_with_it(client, demo):
    response = client.get("/onderwerpen/veiligheid/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<h1 lang="nl">Veiligheid</h1>' in html
    assert "veilig en positief klimaat" in html
    counts = {g["key"]: g["count"] for g in response.context["groups"]}
    assert counts["practices"] >= 2
    assert counts["tips"] >= 1
    assert counts["events"] >= 1
    assert "Vraag leerlingen waar gepest wordt" in html
    page = client.get("/onderwerpen/mentale-gezondheid/")
    counts = {g["key"]: g["count"] for g in page.context["groups"]}
    assert counts["practices"] >= 2 and counts["stories"] >= 1 and counts["tips"] >= 1


def test_theme_page_keeps_drafts_out(client, demo):
    PracticeFactory(title="Conceptpraktijk over verzuim", tags=["schoolverzuim"], live=False)
    TipFactory(title="Concepttip over verzuim", tags=["schoolverzuim"], live=False)
    html = client.get("/onderwerpen/schoolverzuim/").content.decode()
    assert "Conceptpraktijk over verzuim" not in html
    assert "Concepttip over verzuim" not in html


def test_theme_page_has_a_fixed_number_of_queries(client, demo, django_assert_max_num_queries):
    """Two queries per type that has items, whatever their number ("veiligheid" has
    practices, tips and events in the demo; more of each changes nothing)."""

    def count_queries():
        from django.core.cache import cache

        cache.clear()
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/onderwerpen/veiligheid/").status_code == 200
        return len(captured)

    before = count_queries()
    for i in range(6):
        PracticeFactory(title=f"Extra veiligheidsvoorbeeld {i}", tags=["veiligheid"])
        TipFactory(title=f"Extra veiligheidstip {i}", tags=["veiligheid"])
    index = EventIndexPage.objects.first()
    for i in range(3):
        EventPageFactory(parent=index, title=f"Extra bijeenkomst {i}", tags=["veiligheid"])
    assert count_queries() == before
    with django_assert_max_num_queries(before):
        client.get("/onderwerpen/veiligheid/")


# Search: themes at the top ------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "theme"),
    [
        ("schoolverzuim", "schoolverzuim"),
        ("thuiszitten", "schoolverzuim"),
        ("welzijn", "mentale gezondheid"),
        ("Mentale gezondheid", "mentale gezondheid"),
        ("overstap", "overgangen"),
        ("veiligheid", "veiligheid"),
    ],
)
def test_a_theme_the_query_names_is_shown_above_the_results(client, demo, query, theme):
    response = client.get("/zoeken/", {"q": query})
    assert [t["name"] for t in response.context["themes"]] == [theme]
    html = response.content.decode()
    assert html.index('class="search-theme"') < html.index('class="search-results__list"')


def test_no_theme_for_an_unrelated_query(client, demo):
    assert client.get("/zoeken/", {"q": "Tilburg"}).context["themes"] == []


def test_an_editor_can_lead_a_new_word_to_a_theme(client, demo):
    assert client.get("/zoeken/", {"q": "leerplicht"}).context["themes"] == []
    SearchSynonym.objects.create(terms="leerplicht, schoolverzuim")
    response = client.get("/zoeken/", {"q": "leerplicht"})
    assert [t["name"] for t in response.context["themes"]] == ["schoolverzuim"]
    assert "Regionaal jongerenwerk tegen schooluitval in Oost-Groningen" in titles(response)


# Search promotions ---------------------------------------------------------------------


@pytest.fixture
def promoted(demo):
    home = HomePage.objects.get()
    live = home.add_child(
        instance=ContentPage(title="Alles over verzuim", slug="alles-over-verzuim", intro="x")
    )
    live.save_revision().publish()
    draft = home.add_child(
        instance=ContentPage(title="Conceptpagina verzuim", slug="concept-verzuim", live=False)
    )
    private = home.add_child(
        instance=ContentPage(title="Interne pagina verzuim", slug="intern-verzuim", intro="x")
    )
    private.save_revision().publish()
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    query = Query.get("schoolverzuim")
    SearchPromotion.objects.create(query=query, page=draft, sort_order=0)
    SearchPromotion.objects.create(query=query, page=private, sort_order=1)
    SearchPromotion.objects.create(
        query=query, page=live, sort_order=2, description="Uitleg van de redactie."
    )
    SearchPromotion.objects.create(
        query=query,
        external_link_url="https://www.example.org/verzuim",
        external_link_text="Verzuim elders",
        sort_order=3,
    )
    return {"live": live, "draft": draft, "private": private}


def test_editors_picks_are_shown_above_the_results(client, promoted):
    response = client.get("/zoeken/", {"q": "Schoolverzuim "})
    picks = response.context["promotions"]
    assert [p["title"] for p in picks] == ["Alles over verzuim", "Verzuim elders"]
    assert picks[0]["url"] == promoted["live"].url
    assert picks[0]["description"] == "Uitleg van de redactie."
    html = response.content.decode()
    assert "Aanbevolen door de redactie" in html
    assert html.index("Alles over verzuim") < html.index('class="search-results__list"')


def test_a_promoted_draft_or_restricted_page_never_shows(client, promoted):
    html = client.get("/zoeken/", {"q": "schoolverzuim"}).content.decode()
    assert "Conceptpagina verzuim" not in html
    assert "Interne pagina verzuim" not in html
    promoted["live"].unpublish()
    response = client.get("/zoeken/", {"q": "schoolverzuim"})
    assert [p["title"] for p in response.context["promotions"]] == ["Verzuim elders"]


def test_no_picks_for_another_query(client, promoted):
    assert client.get("/zoeken/", {"q": "verzuim"}).context["promotions"] == []


@pytest.mark.parametrize("query", ["x" * 1000, "\x00", "&|!():*", "'; --", "ë 漢字"])
def test_odd_queries_with_promotions_never_fail(client, promoted, query):
    assert client.get("/zoeken/", {"q": query}).status_code == 200


# Tips, stories and events in the search -------------------------------------------------


def test_tips_stories_and_events_are_searchable_and_drafts_are_not(client, demo):
    TipFactory(title="Concepttip pauzewandeling", text="Loop mee.", live=False)
    index = EventIndexPage.objects.first()
    EventPageFactory(parent=index, title="Conceptbijeenkomst pauzewandeling", live=False)
    stories = StoryIndexPage.objects.first()
    StoryPageFactory(parent=stories, title="Conceptverhaal pauzewandeling", live=False)
    response = client.get("/zoeken/", {"q": "pauzewandeling"})
    assert titles(response) == []
    facets = {
        f["key"]: f["count"] for f in client.get("/zoeken/", {"q": "webinar"}).context["facets"]
    }
    assert facets["events"] >= 1
    response = client.get("/zoeken/", {"q": "gepest"})
    assert "Vraag leerlingen waar gepest wordt" in titles(response)
    tip = next(r for r in response.context["results"] if r["type"] == "tips")
    assert tip["url"] == "/tips/" or tip["url"].endswith("/tips/")
    assert client.get(tip["url"]).status_code == 200
    response = client.get("/zoeken/", {"q": "smoelenboek"})
    assert [r["type"] for r in response.context["results"]] == ["tips"]
    response = client.get("/zoeken/", {"q": "zorgcoördinator"})
    assert "stories" in {r["type"] for r in response.context["results"]}
