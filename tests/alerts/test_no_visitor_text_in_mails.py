"""A confirmation mail goes to a typed-in address before anyone confirmed it: it must not
repeat the visitor's search text (a phishing message or link from the portal's sender)."""

from django.core import mail

import pytest

pytestmark = pytest.mark.django_db


def test_the_search_text_never_reaches_the_confirmation_mail(client, db):
    bait = "Uw account wordt geblokkeerd ga naar https://evil.example nu"
    from urllib.parse import urlencode

    response = client.post(
        "/volgen/attendering/",
        {
            "email": "iemand@example.org",
            "frequency": "week",
            "soort": "praktijk",
            "selectie": urlencode({"q": bait}),
        },
    )
    assert response.status_code in (200, 302)
    assert len(mail.outbox) == 1
    body = mail.outbox[0].body + mail.outbox[0].subject
    assert "evil.example" not in body and "geblokkeerd" not in body
    assert "met een zoekwoord" in body
