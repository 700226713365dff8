"""The alert pages state the periods the code applies, from the settings, never a number
written into the text."""

from django.test import Client

import pytest

from jos_portal.alerts.models import Alert

pytestmark = pytest.mark.django_db


@pytest.fixture
def pending():
    return Alert.objects.create(
        email="lezer@example.nl",
        frequency="week",
        kind=Alert.Kind.PRACTICES,
        query="gemeente=tilburg",
        label="praktijkvoorbeelden (Tilburg)",
    )


def test_the_confirmation_page_names_the_days_from_the_settings(settings, pending):
    settings.ALERT_CONFIRMATION_DAYS = 3
    body = Client().get(f"/volgen/bevestigen/{pending.token}/").content.decode()
    assert "wissen we je adres binnen 3 dagen" in body
    assert "een week" not in body


def test_the_gone_page_names_the_days_from_the_settings(settings):
    settings.ALERT_CONFIRMATION_DAYS = 1
    body = Client().get("/volgen/bevestigen/onbekend/").content.decode()
    assert "niet binnen 1 dag bevestigd" in body


def test_the_privacy_note_names_the_days_from_the_settings(settings):
    settings.ALERT_CONFIRMATION_DAYS = 10
    body = Client().get("/volgen/").content.decode()
    assert "Bevestig je niet binnen 10 dagen, dan wissen we het ook." in body


def test_the_slow_down_message_names_the_hours_from_the_settings(settings):
    settings.ALERT_RATE_LIMIT = 0
    settings.ALERT_RATE_WINDOW = 2 * 60 * 60
    response = Client().post(
        "/volgen/attendering/",
        {"email": "a@example.nl", "frequency": "week", "soort": "praktijk", "selectie": ""},
    )
    assert response.status_code == 429
    assert "Probeer het over 2 uur opnieuw." in response.content.decode()


def test_the_english_pages_say_it_in_english(settings):
    settings.ALERT_CONFIRMATION_DAYS = 3
    body = Client().get("/en/volgen/").content.decode()
    assert "within 3 days" in body
