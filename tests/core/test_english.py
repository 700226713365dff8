"""English titles and summaries: shown first under /en/ with Dutch text marked, found by
English words in search, feeds and the API, never from a draft."""

import re
import xml.etree.ElementTree as ET

from django.utils import translation

import pytest

from jos_portal.core.models import ContentPage
from practices.models import Practice
from tests.factories.practices import PracticeFactory

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def english_practice(db):
    return PracticeFactory(
        title="Pauzeteam Tilburg",
        slug="pauzeteam-tilburg",
        summary="Jongerenwerkers in de pauze op een havo-school.",
        goal="<p>Leerlingen kennen de jongerenwerker bij naam.</p>",
        title_en="Break-time zeppelin team",
        summary_en="Youth workers at break time; the word quokka is only in English.",
    )


@pytest.fixture
def english_draft(db):
    return PracticeFactory(
        title="Geheim concept",
        slug="geheim-concept",
        title_en="Secret zeppelin draft",
        summary_en="A draft about a quokka that must never show.",
        live=False,
    )


def test_the_interface_language_chooses_the_title_and_summary(english_practice):
    with translation.override("en"):
        assert english_practice.title_in() == ("Break-time zeppelin team", "en")
        assert english_practice.shown_summary.startswith("Youth workers")
    with translation.override("nl"):
        assert english_practice.shown_title == "Pauzeteam Tilburg"
    english_practice.title_en = ""
    with translation.override("en"):
        assert english_practice.title_in() == ("Pauzeteam Tilburg", "nl")


def test_english_page_shows_english_first_and_marks_the_dutch_text(client, english_practice):
    html = client.get("/en/praktijkvoorbeelden/pauzeteam-tilburg/").content.decode()
    assert "<h1>Break-time zeppelin team</h1>" in html
    assert "<title>Break-time zeppelin team |" in html
    assert 'Dutch title: <span lang="nl">Pauzeteam Tilburg</span>' in html
    assert "The full text below is in Dutch." in html
    assert '<p class="lead" lang="nl">Jongerenwerkers in de pauze op een havo-school.</p>' in html
    assert '<div lang="nl"><p>Leerlingen kennen de jongerenwerker bij naam.</p></div>' in html
    dutch = client.get("/praktijkvoorbeelden/pauzeteam-tilburg/").content.decode()
    assert "<h1>Pauzeteam Tilburg</h1>" in dutch
    assert "english-intro" not in dutch and "quokka" not in dutch


def test_without_english_text_the_dutch_title_is_marked_and_the_note_says_so(client):
    PracticeFactory(title="Alleen Nederlands", slug="alleen-nl")
    html = client.get("/en/praktijkvoorbeelden/alleen-nl/").content.decode()
    assert '<h1><span lang="nl">Alleen Nederlands</span></h1>' in html
    assert "There is no English summary yet." in html


def test_english_cards_on_the_list(client, english_practice):
    html = client.get("/en/praktijkvoorbeelden/").content.decode()
    assert ">Break-time zeppelin team</a>" in html
    assert "the word quokka is only in English" in html


@pytest.mark.parametrize("path", ["/en/zoeken/?q=quokka", "/zoeken/?q=quokka"])
def test_site_search_finds_english_words_but_never_a_draft(
    client, english_practice, english_draft, path
):
    html = client.get(path).content.decode()
    assert "/praktijkvoorbeelden/pauzeteam-tilburg/" in html
    assert "geheim-concept" not in html and "Secret zeppelin" not in html


def test_practice_list_search_finds_english_words(client, english_practice, english_draft):
    html = client.get("/en/praktijkvoorbeelden/?q=zeppelin").content.decode()
    assert "Break-time zeppelin team" in html
    assert "Secret zeppelin" not in html


def test_a_draft_revision_of_the_english_title_stays_out(client, english_practice):
    practice = Practice.objects.get(pk=english_practice.pk)
    practice.title_en = "Unpublished walrus title"
    practice.save_revision()
    assert not client.get("/en/zoeken/?q=walrus").content.decode().count("pauzeteam-tilburg")
    for path in (
        "/en/praktijkvoorbeelden/pauzeteam-tilburg/",
        "/en/praktijkvoorbeelden/feed/",
        "/en/feed/",
        "/api/v1/practices/?q=zeppelin",
    ):
        assert "walrus" not in client.get(path).content.decode(), path


def _atom_entries(response):
    root = ET.fromstring(response.content)
    return [
        (entry.find(f"{ATOM}title").text, entry.find(f"{ATOM}summary").text)
        for entry in root.iter(f"{ATOM}entry")
    ]


@pytest.mark.parametrize("path", ["praktijkvoorbeelden/feed/", "feed/"])
def test_feeds_under_en_carry_english_titles_and_summaries(
    client, english_practice, english_draft, path
):
    english = _atom_entries(client.get(f"/en/{path}"))
    titles = [title for title, _summary in english]
    assert any(t.endswith("Break-time zeppelin team") for t in titles), titles
    assert any("quokka" in (summary or "") for _t, summary in english)
    assert not any("Secret" in t or "Geheim" in t for t in titles)
    dutch = [title for title, _summary in _atom_entries(client.get(f"/{path}"))]
    assert any(t.endswith("Pauzeteam Tilburg") for t in dutch)


def test_api_gives_english_fields_and_finds_english_words(client, english_practice, english_draft):
    data = client.get("/api/v1/practices/?q=quokka").json()
    assert [item["slug"] for item in data["results"]] == ["pauzeteam-tilburg"]
    item = data["results"][0]
    assert item["title_en"] == "Break-time zeppelin team"
    assert item["summary_en"].startswith("Youth workers")
    detail = client.get("/api/v1/practices/pauzeteam-tilburg/").json()
    assert detail["title_en"] == "Break-time zeppelin team"
    assert client.get("/api/v1/practices/geheim-concept/").status_code == 404


def test_openapi_schema_documents_the_english_fields(client):
    schema = client.get("/api/v1/openapi.json").json()
    components = schema["components"]["schemas"]
    for name in ("PracticeSummary", "WorkplaceSummary", "SessionSummary", "PublicationSummary"):
        properties = components[name]["properties"]
        assert {"title_en", "summary_en"} <= set(properties), name
        assert "Engelse" in properties["title_en"]["description"]


def test_menu_pages_show_their_english_title_under_en(client, home):
    page = ContentPage(title="Over ons", slug="over-ons", show_in_menus=True, title_en="About us")
    home.add_child(instance=page)
    page.save_revision().publish()
    english = client.get("/en/").content.decode()
    dutch = client.get("/").content.decode()
    # An editor's menu page joins the "About JOS" group of the main menu.
    assert re.search(r'class="main-nav__sublink" href="/en/over-ons/"[^>]*>About us</a>', english)
    assert re.search(r'class="main-nav__sublink" href="/over-ons/"[^>]*>Over ons</a>', dutch)


def test_page_sitemap_entries_carry_hreflang_pairs(client, home):
    xml = client.get("/sitemap.xml").content.decode()
    entry = re.search(r"<url><loc>http://testserver/en/</loc>.*?</url>", xml).group(0)
    assert 'hreflang="nl" href="http://testserver/"' in entry
    assert 'hreflang="en" href="http://testserver/en/"' in entry
    assert 'hreflang="x-default" href="http://testserver/"' in entry


def test_demo_records_have_english_titles_and_summaries_and_stay_fictional(client, demo):
    from jos_portal.events.models import EventPage
    from jos_portal.stories.models import StoryPage, Tip
    from publications.models import Publication
    from workshops.models import Session

    for model in (Practice, Session, Publication, StoryPage, Tip, EventPage):
        missing = list(model.objects.filter(title_en="").values_list("pk", flat=True))
        assert missing == [], model.__name__
        assert not model.objects.filter(summary_en="").exists(), model.__name__
    fictional = Practice.objects.filter(is_fictional=True, live=True).first()
    html = client.get(f"/en/praktijkvoorbeelden/{fictional.slug}/").content.decode()
    assert f"<h1>{fictional.title_en}</h1>" in html
    assert "Fictional example" in html
    # The honesty rule holds in English too: no fictional English text names a real
    # organisation from the facts file.
    real = ["Fontys", "ContourdeTwern", "R-Newt", "Stichting JoU", "Youthspot", "Youth Spot"]
    for model in (Practice, Session, StoryPage, EventPage):
        for title_en, summary_en in model.objects.filter(is_fictional=True).values_list(
            "title_en", "summary_en"
        ):
            assert not any(name in title_en + summary_en for name in real)
