import xml.etree.ElementTree as ET

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

import pytest

from jos_portal.core.models import HomePage
from jos_portal.stories.models import StoryIndexPage, StoryPage
from tests.factories.practices import PracticeFactory
from tests.factories.publications import PublicationFactory
from tests.factories.stories import StoryIndexPageFactory, StoryPageFactory, site_home

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def index(db):
    return StoryIndexPageFactory()


class StoryPageRulesTests(WagtailPageTestCase):
    def test_story_index_lives_under_home_and_holds_stories_only(self):
        self.assertAllowedParentPageTypes(StoryIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(StoryIndexPage, {StoryPage})
        self.assertAllowedParentPageTypes(StoryPage, {StoryIndexPage})
        self.assertAllowedSubpageTypes(StoryPage, set())

    def test_there_is_one_story_index(self):
        home = site_home()
        self.assertCanCreateAt(HomePage, StoryIndexPage)
        StoryIndexPageFactory(parent=home)
        self.assertFalse(StoryIndexPage.can_create_at(home))

    def test_editor_creates_a_story_with_a_pull_quote_and_in_short_box(self):
        index = StoryIndexPageFactory()
        # A superuser needs the second factor: force_login verifies it (tests/conftest.py).
        self.client.force_login(self.create_superuser("admin"))
        data = nested_form_data(
            {
                "title": "Samen in de pauze",
                "slug": "samen-in-de-pauze",
                "intro": "Een jongerenwerker in de aula.",
                "kind": "interview",
                "date": "2026-05-01",
                "authors": "Redactie JOS",
                "hero_alt": "",
                "body": streamfield(
                    [
                        ("paragraph", rich_text("<p>Het begon met een praatje.</p>")),
                        ("pull_quote", {"quote": "Er zijn is het begin.", "attribution": ""}),
                        (
                            "in_short",
                            {"title": "In het kort", "items": streamfield([("item", "Punt")])},
                        ),
                    ]
                ),
                "tags": "veerkracht",
                "related_practices": inline_formset([]),
                "related_workplaces": inline_formset([]),
                "related_publications": inline_formset([]),
            }
        )
        self.assertCanCreate(index, StoryPage, data)
        story = StoryPage.objects.get(slug="samen-in-de-pauze")
        self.assertEqual(story.kind, "interview")
        self.assertEqual(
            [b.block_type for b in story.body], ["paragraph", "pull_quote", "in_short"]
        )


def test_index_lists_published_stories_newest_first_and_hides_drafts(client, index):
    import datetime

    StoryPageFactory(parent=index, title="Oud verhaal", date=datetime.date(2025, 1, 1))
    StoryPageFactory(parent=index, title="Nieuw verhaal", date=datetime.date(2026, 6, 1))
    StoryPageFactory(parent=index, title="Concept verhaal", live=False)
    html = client.get("/verhalen/").content.decode()
    assert html.index("Nieuw verhaal") < html.index("Oud verhaal")
    assert "Concept verhaal" not in html
    assert "2 verhalen" in html


def test_index_filters_by_kind_and_by_tag(client, index):
    StoryPageFactory(parent=index, title="Een interview", kind="interview", tags=["ouders"])
    StoryPageFactory(parent=index, title="Een column", kind="column", tags=["wijk"])
    by_kind = client.get("/verhalen/?soort=interview").content.decode()
    assert "Een interview" in by_kind and "Een column" not in by_kind
    by_tag = client.get("/verhalen/?onderwerp=wijk").content.decode()
    assert "Een column" in by_tag and "Een interview" not in by_tag
    assert "<h1>Verhalen: wijk</h1>" in by_tag


@pytest.mark.parametrize(
    ("query", "status", "message"),
    [
        ("soort=roman", 400, "Onbekende soort verhaal"),
        ("onderwerp=bestaat-niet", 400, "Onbekend onderwerp"),
        ("pagina=twee", 400, "Het paginanummer moet een getal zijn."),
        ("pagina=99", 404, "Pagina 99 bestaat niet"),
        ("pagina=-1", 404, "bestaat niet"),
    ],
)
def test_bad_filters_and_pages_give_a_clear_message(client, index, query, status, message):
    StoryPageFactory(parent=index)
    response = client.get(f"/verhalen/?{query}")
    assert response.status_code == status
    assert message in response.content.decode()
    assert "Terug naar alle verhalen" in response.content.decode()


def test_index_paginates_ten_stories_a_page(client, index):
    for n in range(12):
        StoryPageFactory(parent=index, title=f"Verhaal nummer {n:02d}")
    first = client.get("/verhalen/").content.decode()
    second = client.get("/verhalen/?pagina=2").content.decode()
    assert first.count('class="card story-card"') == 10
    assert second.count('class="card story-card"') == 2
    assert 'rel="next"' in first


def test_index_runs_a_fixed_number_of_queries(client, index, django_assert_max_num_queries):
    for n in range(10):
        StoryPageFactory(parent=index, tags=["wijk", f"tag-{n}"])
    client.get("/verhalen/")  # warm Wagtail's site cache
    with django_assert_max_num_queries(18):  # page shell ~14, listing 4; no query per story
        response = client.get("/verhalen/")
    assert response.status_code == 200


def test_atom_feed_is_valid_and_holds_only_published_stories(client, index):
    StoryPageFactory(parent=index, title="Gepubliceerd verhaal", slug="gepubliceerd", tags=["wijk"])
    StoryPageFactory(parent=index, title="Concept in de feed", live=False)
    response = client.get("/verhalen/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    titles = [entry.find(f"{ATOM}title").text for entry in feed.iter(f"{ATOM}entry")]
    assert titles == ["Gepubliceerd verhaal"]
    entry = next(feed.iter(f"{ATOM}entry"))
    assert entry.find(f"{ATOM}link").get("href").endswith("/verhalen/gepubliceerd/")
    assert entry.find(f"{ATOM}category").get("term") == "wijk"


def test_feed_keeps_the_filters_and_rejects_unknown_ones(client, index):
    StoryPageFactory(parent=index, title="Interview", kind="interview")
    StoryPageFactory(parent=index, title="Nieuws", kind="nieuws")
    feed = ET.fromstring(client.get("/verhalen/feed/?soort=nieuws").content)
    assert [e.find(f"{ATOM}title").text for e in feed.iter(f"{ATOM}entry")] == ["Nieuws"]
    assert client.get("/verhalen/feed/?soort=xyz").status_code == 400


def test_story_links_its_tags_to_the_filtered_index(client, index):
    story = StoryPageFactory(parent=index, tags=["ouders"])
    html = client.get(story.url).content.decode()
    assert 'href="/verhalen/?onderwerp=ouders"' in html


def test_story_shows_related_records_only_when_published(client, index):
    from jos_portal.stories.models import StoryPractice, StoryPublication

    live_practice = PracticeFactory(title="Zichtbaar voorbeeld")
    draft_practice = PracticeFactory(title="Verborgen voorbeeld", live=False)
    live_publication = PublicationFactory(title="Zichtbare publicatie")
    draft_publication = PublicationFactory(title="Verborgen publicatie", live=False)
    story = StoryPageFactory(
        parent=index,
        related_practices=[
            StoryPractice(practice=live_practice),
            StoryPractice(practice=draft_practice),
        ],
        related_publications=[
            StoryPublication(publication=live_publication),
            StoryPublication(publication=draft_publication),
        ],
    )
    html = client.get(story.url).content.decode()
    assert "Zichtbaar voorbeeld" in html and "Zichtbare publicatie" in html
    assert "Verborgen voorbeeld" not in html and "Verborgen publicatie" not in html


def test_story_shows_other_stories_that_share_a_tag_but_not_drafts(client, index):
    story = StoryPageFactory(parent=index, tags=["wijk"])
    StoryPageFactory(parent=index, title="Ook over de wijk", tags=["wijk"])
    StoryPageFactory(parent=index, title="Over iets anders", tags=["geld"])
    StoryPageFactory(parent=index, title="Concept over de wijk", tags=["wijk"], live=False)
    html = client.get(story.url).content.decode()
    assert "Ook over de wijk" in html
    assert "Over iets anders" not in html
    assert "Concept over de wijk" not in html


def test_draft_story_is_not_served(client, index):
    draft = StoryPageFactory(parent=index, live=False, slug="geheim")
    assert client.get("/verhalen/geheim/").status_code == 404
    assert draft.pk


def test_preview_of_an_unsaved_story_renders_and_hides_draft_records(index):
    from jos_portal.stories.models import StoryPractice

    draft = PracticeFactory(title="Conceptvoorbeeld", live=False)
    shown = PracticeFactory(title="Gepubliceerd voorbeeld")
    story = StoryPageFactory.build(title="Voorproefje", path=index.path + "9999", depth=4)
    story.related_practices = [StoryPractice(practice=shown), StoryPractice(practice=draft)]
    response = story.make_preview_request()
    html = response.content.decode()
    assert response.status_code == 200
    assert "Voorproefje" in html and "Gepubliceerd voorbeeld" in html
    assert "Conceptvoorbeeld" not in html
