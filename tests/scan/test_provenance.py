"""The scan's advice labels fictional examples, on the page and in the PDF."""

from io import BytesIO

import pytest
from pypdf import PdfReader

from jos_portal.scan import codes
from jos_portal.scan.codes import DONT_KNOW, Answers
from tests.factories.practices import PracticeFactory
from tests.factories.publications import PublicationFactory
from tests.factories.workshops import SessionFactory, WorkplaceFactory
from tests.labels import FEED_PREFIX, labelled

pytestmark = pytest.mark.django_db


@pytest.fixture
def advice(scan, factors):
    visie = factors["visie"]
    PracticeFactory(title="Echt gesprek", factors=[visie])
    PracticeFactory(title="Verzonnen gesprek", factors=[visie], is_fictional=True)
    example = WorkplaceFactory(name="Voorbeeldwerkplaats", slug="voorbeeld", is_fictional=True)
    SessionFactory(
        workplace=example, title="Verzonnen sessie", is_fictional=True, findings=[(visie, "sterk")]
    )
    PublicationFactory(
        title="Verzonnen boek", is_fictional=True, chapters=[("Over visie", [visie])]
    )
    return codes.encode(1, Answers(values=(4, DONT_KNOW, 1, 0, 4), stage="opstarten"))


def test_scan_advice_labels_fictional_examples(client, advice):
    html = client.get(f"/samenwerkingsscan/uitslag/{advice}/").content.decode()
    for title in ("Verzonnen gesprek", "Verzonnen sessie", "Verzonnen boek"):
        assert labelled(html, title), title
    assert "Echt gesprek" in html and not labelled(html, "Echt gesprek")


def test_scan_pdf_labels_fictional_examples(client, advice):
    response = client.get(f"/samenwerkingsscan/uitslag/{advice}/pdf/")
    text = " ".join(page.extract_text() for page in PdfReader(BytesIO(response.content)).pages)
    text = " ".join(text.split())
    for title in ("Verzonnen gesprek", "Verzonnen sessie", "Verzonnen boek"):
        assert f"{FEED_PREFIX}{title}" in text, title
    assert f"{FEED_PREFIX}Echt gesprek" not in text
