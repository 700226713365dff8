"""Provenance of publications: a fictional publication is labelled everywhere and is never
offered as a real work (no citation, no Highwire tags, no schema.org, no downloads)."""

import xml.etree.ElementTree as ET

import pytest

from jos_portal.taxonomy.models import Factor
from tests.factories.publications import PublicationFactory
from tests.labels import FEED_PREFIX, LABEL_HTML, labelled

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def pubs(db):
    factor = Factor.objects.create(name="Vaste contactpersoon", kind="randvoorwaarde")
    return {
        "real": PublicationFactory(
            title="Echt rapport",
            slug="echt-rapport",
            doi="10.54431/jsi.661",
            provenance="bron",
            source_url="https://doi.org/10.54431/jsi.661",
            chapters=[("Samenwerking", [factor])],
        ),
        "fictional": PublicationFactory(
            title="Verzonnen handreiking",
            slug="verzonnen-handreiking",
            is_fictional=True,
            chapters=[("Verzonnen hoofdstuk", [factor])],
        ),
        "draft": PublicationFactory(title="Verzonnen concept", is_fictional=True, live=False),
    }


def test_list_labels_the_fictional_publication_only(client, pubs):
    html = client.get("/publicaties/").content.decode()
    assert labelled(html, "Verzonnen handreiking")
    assert not labelled(html, "Echt rapport")
    assert "Verzonnen concept" not in html


def test_fictional_publication_has_no_citation_metadata_or_structured_data(client, pubs):
    html = client.get("/publicaties/verzonnen-handreiking/").content.decode()
    assert 'class="provenance provenance--fictional"' in html
    assert "citation_" not in html
    assert "application/ld+json" not in html
    assert "citeer.bib" not in html and "citeer.ris" not in html
    assert "Niet te citeren" in html


def test_real_publication_keeps_its_citation_metadata(client, pubs):
    html = client.get("/publicaties/echt-rapport/").content.decode()
    assert '<meta name="citation_title" content="Echt rapport">' in html
    assert "application/ld+json" in html and "citeer.bib" in html
    assert LABEL_HTML not in html.split('id="related-heading"')[0]
    assert "Bron: <a" in html


@pytest.mark.parametrize("suffix", ["citeer.bib", "citeer.ris"])
def test_citation_downloads_of_a_fictional_publication_are_refused_in_dutch(client, pubs, suffix):
    response = client.get(f"/publicaties/verzonnen-handreiking/{suffix}")
    assert response.status_code == 404
    assert "is een fictief voorbeeld, geen echte publicatie" in response.content.decode()
    assert client.get(f"/publicaties/echt-rapport/{suffix}").status_code == 200


def test_publication_feed_prefixes_the_fictional_entry(client, pubs):
    root = ET.fromstring(client.get("/publicaties/feed/").content)
    titles = sorted(e.find(f"{ATOM}title").text for e in root.iter(f"{ATOM}entry"))
    assert titles == ["Echt rapport", f"{FEED_PREFIX}Verzonnen handreiking"]
