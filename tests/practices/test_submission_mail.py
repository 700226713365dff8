"""The confirmation mail of the public submission form cannot be used to mail strangers:
only the submitter's name and the title of what they typed, and one mail per address per
period, on every app server (Django's shared cache)."""

from django.core import mail
from django.core.cache import cache
from django.test import Client

import pytest

from practices.models import Practice
from tests.practices.test_submission import valid_data

pytestmark = pytest.mark.django_db

URL = "/praktijkvoorbeelden/aanmelden/"
SUBJECT = "We hebben je praktijkvoorbeeld ontvangen"


def receipts(address):
    return [m for m in mail.outbox if m.subject == SUBJECT and m.to == [address]]


def visitor(number):
    """A different address each time, as a spammer with many would have."""
    return Client(REMOTE_ADDR=f"192.0.2.{number}")


def test_the_mail_carries_only_the_name_and_the_title_each_on_one_line():
    data = valid_data(
        title="Buurtvaders\n\nUw account verloopt vandaag",
        contact_name="Sanne\r\nDe Bank",
        summary="Ga naar http://phish.example om te betalen.",
        goal="Doel http://phish.example/doel",
        approach="Aanpak http://phish.example/aanpak",
        results="Resultaat http://phish.example/resultaat",
        organisations="Organisatie http://phish.example/org",
        contact_organisation="Organisatie van de afzender",
        contact_role="Functie van de afzender",
        contact_phone="0612345678",
    )
    assert visitor(1).post(URL, data).status_code == 302
    (message,) = receipts("sanne@example.nl")
    assert "phish.example" not in message.body
    for typed in ("Organisatie van de afzender", "Functie van de afzender", "0612345678"):
        assert typed not in message.body
    lines = message.body.splitlines()
    assert "Beste Sanne De Bank," in lines
    assert any('"Buurtvaders Uw account verloopt vandaag"' in line for line in lines)
    assert not any(line.startswith(("Uw account", "De Bank")) for line in lines)


def test_one_confirmation_per_address_per_period_whoever_sends_the_form(settings):
    settings.SUBMISSION_CONFIRMATION_WINDOW = 3600
    for number, address in enumerate(["sanne@example.nl", "Sanne@Example.NL ", "sanne@example.nl"]):
        data = valid_data(title=f"Voorbeeld {number}", contact_email=address)
        assert visitor(number).post(URL, data).status_code == 302
    # Every submission is stored and goes to review; only the first one is confirmed.
    assert Practice.objects.count() == 3
    assert len([m for m in mail.outbox if m.subject == SUBJECT]) == 1
    # Another address gets its own.
    assert visitor(9).post(URL, valid_data(contact_email="ahmed@example.nl")).status_code == 302
    assert len(receipts("ahmed@example.nl")) == 1


def test_the_address_is_mailed_again_after_the_period():
    assert visitor(1).post(URL, valid_data(title="Eerste")).status_code == 302
    cache.clear()  # the period is over: the cache entry has expired
    assert visitor(2).post(URL, valid_data(title="Tweede")).status_code == 302
    assert len(receipts("sanne@example.nl")) == 2


def test_the_cache_keeps_no_address_in_the_clear():
    """The test settings use the memory cache; its keys are inspected here."""
    assert visitor(1).post(URL, valid_data(contact_email="geheim@example.nl")).status_code == 302
    from django.core.cache.backends.locmem import _caches

    keys = [key for store in _caches.values() for key in store]
    assert any("practices:confirmation:" in key for key in keys)
    assert not any("geheim" in key for key in keys)
