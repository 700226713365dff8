"""The PDF download for the team meeting holds the scores."""

from io import BytesIO

import pytest
from pypdf import PdfReader

from jos_portal.scan import codes
from jos_portal.scan.codes import DONT_KNOW, Answers
from tests.factories.practices import PracticeFactory

pytestmark = pytest.mark.django_db


def test_the_pdf_is_made_on_the_server_and_contains_the_scores(client, scan, factors):
    PracticeFactory(title="Samen het gesprek aan", factors=[factors["visie"]])
    code = codes.encode(1, Answers(values=(4, DONT_KNOW, 1, 3, 4), stage="opstarten"))
    response = client.get(f"/samenwerkingsscan/uitslag/{code}/pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert f"samenwerkingsscan-{code}.pdf" in response["Content-Disposition"]
    assert response.content.startswith(b"%PDF")
    reader = PdfReader(BytesIO(response.content))
    text = " ".join(page.extract_text() for page in reader.pages)
    # Groups: randvoorwaarden 100% (geld 4, contact weet ik niet),
    # succesfactoren 33% (visie 0 + zichtbaar 2 of 6 points), valkuilen 0%.
    assert "Score per onderdeel" in text
    assert "Randvoorwaarden" in text and "100%" in text
    assert "Succesfactoren" in text and "33%" in text
    assert "Valkuilen" in text and "0%" in text
    assert "Gedeelde visie" in text and "Tip bij Gedeelde visie." in text
    assert "Samen het gesprek aan" in text
    assert "niet te bepalen" in text  # Vaste contactpersoon: only "weet ik niet"
    assert "Fase: opstarten" in text
