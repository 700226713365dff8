"""The privacy page of the demo content says what the reach figures count, and what not."""

import pytest

pytestmark = pytest.mark.django_db


def test_the_privacy_page_says_what_is_counted(client, home):
    html = client.get("/privacy/").content.decode()
    assert "We tellen hoe vaak praktijkvoorbeelden" in html
    assert "alleen de domeinnaam" in html
    assert "geen internetadres, cookie, browsergegevens" in html
    assert "Do Not Track" in html
    assert "De tellingen van bekeken pagina" in html  # and how long they are kept
