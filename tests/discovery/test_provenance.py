"""Fictional examples across record types: labelled in search, on topic, region and factor
pages, in the related block and the "everything new" feed; and they do not count as
evidence on the factor map unless the visitor asks for examples."""

import xml.etree.ElementTree as ET

import pytest

from jos_portal.taxonomy.models import Factor, Municipality
from tests.factories.practices import PracticeFactory
from tests.factories.publications import PublicationFactory
from tests.factories.stories import StoryIndexPageFactory, StoryPageFactory
from tests.factories.workshops import SessionFactory, WorkplaceFactory
from tests.labels import FEED_PREFIX, LABEL_HTML, labelled

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"

# Real records end in Esdoorn, Ahorn, Ceder; fictional ones in Zonnebloem, Berk, Den, Eik;
# drafts in Geheimtuin. Every title holds the search word "kringgesprek".
REAL = ("Esdoorn", "Ahorn", "Ceder")
FICTIONAL = ("Zonnebloem", "Berk", "Den", "Eik")


@pytest.fixture
def mixed(home):
    tilburg = Municipality.objects.get(code="GM0855")
    mentor = Factor.objects.create(name="Vaste mentor", kind="succesfactor", description="x")
    real_place = WorkplaceFactory(name="Werkplaats Echtstad", slug="echtstad", municipality=tilburg)
    example = WorkplaceFactory(
        name="Voorbeeldwerkplaats", slug="voorbeeld", municipality=tilburg, is_fictional=True
    )
    both = {"tags": ["kring"]}
    records = {
        "mentor": mentor,
        "real_place": real_place,
        "example": example,
        "practice": PracticeFactory(
            title="Kringgesprek bij de Esdoorn", municipality=tilburg, factors=[mentor], **both
        ),
        "fictional_practice": PracticeFactory(
            title="Kringgesprek bij de Zonnebloem",
            municipality=tilburg,
            factors=[mentor],
            is_fictional=True,
            **both,
        ),
        "draft_practice": PracticeFactory(
            title="Kringgesprek bij de Geheimtuin",
            municipality=tilburg,
            factors=[mentor],
            is_fictional=True,
            live=False,
            **both,
        ),
        "session": SessionFactory(
            workplace=real_place,
            title="Kringgesprek sessie Ahorn",
            slug="ahorn",
            findings=[(mentor, "sterk")],
        ),
        "fictional_session": SessionFactory(
            workplace=example,
            title="Kringgesprek sessie Berk",
            slug="berk",
            is_fictional=True,
            findings=[(mentor, "sterk")],
        ),
        "publication": PublicationFactory(
            title="Kringgesprek rapport Ceder",
            slug="ceder",
            chapters=[("Over de mentor", [mentor])],
            **both,
        ),
        "fictional_publication": PublicationFactory(
            title="Kringgesprek rapport Den",
            slug="den",
            is_fictional=True,
            chapters=[("Verzonnen hoofdstuk", [mentor])],
            **both,
        ),
        "draft_publication": PublicationFactory(
            title="Kringgesprek rapport Geheimtuin",
            is_fictional=True,
            chapters=[("Concept", [mentor])],
            live=False,
        ),
    }
    for key in ("session", "fictional_session"):
        records[key].tags.add("kring")
        records[key].save_revision().publish()
    index = StoryIndexPageFactory(parent=home)
    records["story"] = StoryPageFactory(
        parent=index, title="Kringgesprek verhaal Eik", is_fictional=True
    )
    return records


def test_search_results_label_fictional_records_of_every_type(client, mixed):
    html = client.get("/zoeken/", {"q": "kringgesprek"}).content.decode()
    for word in FICTIONAL:
        assert labelled(html, word), word
    for word in REAL:
        assert word in html and not labelled(html, word), word
    assert "Geheimtuin" not in html
    assert html.count(LABEL_HTML) == len(FICTIONAL)


def test_topic_page_labels_fictional_records(client, mixed):
    html = client.get("/onderwerpen/kring/").content.decode()
    for word in ("Zonnebloem", "Berk", "Den"):
        assert labelled(html, word), word
    for word in REAL:
        assert word in html and not labelled(html, word), word
    assert "Geheimtuin" not in html


@pytest.mark.parametrize("url", ["/regio/noord-brabant/", "/regio/noord-brabant/tilburg/"])
def test_region_pages_label_fictional_practices_werkplaatsen_and_sessions(client, mixed, url):
    html = client.get(url).content.decode()
    for title in ("Zonnebloem", "Voorbeeldwerkplaats", "Berk"):
        assert labelled(html, title), title
    for title in ("Esdoorn", "Werkplaats Echtstad", "Ahorn"):
        assert title in html and not labelled(html, title), title
    assert "Geheimtuin" not in html


def test_related_block_of_a_publication_labels_fictional_records(client, mixed):
    html = client.get("/publicaties/ceder/").content.decode()
    related = html.split('id="related-heading"')[1]
    assert labelled(related, "Zonnebloem") and labelled(related, "Berk")
    assert not labelled(related, "Esdoorn") and not labelled(related, "Ahorn")


def test_everything_new_feed_prefixes_fictional_entries(client, mixed):
    root = ET.fromstring(client.get("/feed/").content)
    titles = {e.find(f"{ATOM}title").text for e in root.iter(f"{ATOM}entry")}
    assert f"{FEED_PREFIX}Praktijkvoorbeeld: Kringgesprek bij de Zonnebloem" in titles
    assert f"{FEED_PREFIX}Publicatie: Kringgesprek rapport Den" in titles
    assert f"{FEED_PREFIX}Werkplaatssessie: Voorbeeldwerkplaats: Kringgesprek sessie Berk" in titles
    assert "Praktijkvoorbeeld: Kringgesprek bij de Esdoorn" in titles
    assert not any("Geheimtuin" in title for title in titles)


# Factor map and factor page -------------------------------------------------------


def mentor_row(response):
    columns = [column["label"] for column in response.context["columns"]]
    for group in response.context["groups"]:
        for row in group["rows"]:
            if row["factor"].name == "Vaste mentor":
                return dict(zip(columns, [cell["count"] for cell in row["cells"]], strict=True))
    raise AssertionError("no row for the factor")


def test_factor_map_counts_only_real_sources_by_default(client, mixed):
    response = client.get("/factoren/")
    assert mentor_row(response) == {
        "Werkplaats Echtstad": 1,
        "Praktijkvoorbeelden": 1,
        "Publicaties": 1,
    }
    html = response.content.decode()
    assert "aantal echte, onderbouwde bronnen" in html
    assert "Fictieve voorbeelden tellen niet mee." in html
    assert '<input type="checkbox" name="voorbeelden" value="1" id="id_voorbeelden">' in html
    assert '<label for="id_voorbeelden">Tel ook fictieve voorbeelden mee</label>' in html
    assert "Voorbeeldwerkplaats" not in html


def test_factor_map_counts_examples_only_when_asked_and_labels_them(client, mixed):
    response = client.get("/factoren/", {"voorbeelden": "1"})
    assert mentor_row(response) == {
        "Voorbeeldwerkplaats": 1,
        "Werkplaats Echtstad": 1,
        "Praktijkvoorbeelden": 2,  # the fictional draft still does not count
        "Publicaties": 2,
    }
    html = response.content.decode()
    assert labelled(html, "Voorbeeldwerkplaats")
    assert 'id_voorbeelden" checked' in html
    assert "/factoren/vaste-mentor/?voorbeelden=1" in html
    assert "Je telt nu ook fictieve voorbeelden mee." in html


@pytest.mark.parametrize("value", ["0", "ja", "", "1' OR 1=1", "x" * 3000])
def test_factor_map_treats_any_other_value_as_no_examples(client, mixed, value):
    response = client.get("/factoren/", {"voorbeelden": value})
    assert response.status_code == 200
    assert mentor_row(response)["Praktijkvoorbeelden"] == 1


def test_factor_page_leaves_out_fictional_evidence_and_says_how_much(client, mixed):
    html = client.get("/factoren/vaste-mentor/").content.decode()
    for word in REAL:
        assert word in html, word
    for word in ("Zonnebloem", "Berk", "Den", "Voorbeeldwerkplaats"):
        assert word not in html, word
    assert "3 fictieve voorbeelden bij deze factor tellen niet mee" in html
    assert "Geheimtuin" not in html


def test_factor_page_shows_fictional_evidence_labelled_when_asked(client, mixed):
    response = client.get("/factoren/vaste-mentor/", {"voorbeelden": "1"})
    html = response.content.decode()
    for word in ("Zonnebloem", "Berk", "Den", "Voorbeeldwerkplaats"):
        assert labelled(html, word), word
    for word in REAL:
        assert word in html and not labelled(html, word), word
    assert response.context["practice_count"] == 2
    assert "Geheimtuin" not in html


def test_examples_toggle_costs_no_extra_queries(client, mixed, django_assert_max_num_queries):
    for url in ("/factoren/", "/factoren/vaste-mentor/"):
        client.get(url)
        with django_assert_max_num_queries(40) as without:
            client.get(url)
        with django_assert_max_num_queries(len(without.captured_queries)):
            client.get(url, {"voorbeelden": "1"})
