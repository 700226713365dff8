"""The subscribe form: Dutch messages for bad input (never a 500), the same answer for
every address, and limits so that nobody can mail-bomb a stranger through it."""

from django.core import mail
from django.test import Client

import pytest

from jos_portal.alerts.models import Alert

pytestmark = pytest.mark.django_db

SUBSCRIBE = "/volgen/attendering/"
CONFIRM_SUBJECT = "Bevestig je e-mailattendering"


def form(**fields):
    return {
        "email": "lezer@example.nl",
        "frequency": "week",
        "soort": "praktijk",
        "selectie": "gemeente=tilburg",
        **fields,
    }


def visitor(number):
    return Client(REMOTE_ADDR=f"192.0.2.{number}")


def confirmations(address=None):
    return [
        m
        for m in mail.outbox
        if m.subject == CONFIRM_SUBJECT and (address is None or m.to == [address])
    ]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"email": ""}, "Vul je e-mailadres in."),
        ({"email": "geen-adres"}, "Dit is geen geldig e-mailadres."),
        ({"email": "a" * 300 + "@example.nl"}, "Dit e-mailadres is te lang."),
        ({"frequency": "dagelijks"}, "Kies wekelijks of maandelijks."),
        ({"frequency": ""}, "Kies hoe vaak je een mail wilt."),
    ],
)
def test_bad_field_input_gets_a_dutch_message_and_keeps_the_form(fields, message):
    response = visitor(1).post(SUBSCRIBE, form(**fields))
    assert response.status_code == 400
    body = response.content.decode()
    assert message in body
    assert "Nog niet verstuurd" in body
    assert not Alert.objects.exists()
    assert confirmations() == []


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"soort": "iets"}, "Onbekend soort attendering."),
        ({"soort": ""}, "Onbekend soort attendering."),
        ({"soort": "onderwerp", "onderwerp": "bestaat-niet"}, "Dit onderwerp bestaat niet (meer)."),
        ({"selectie": "q=" + "x" * 1500}, "De zoekvraag is te lang"),
        ({"selectie": "&".join(f"gemeente=g{i}" for i in range(60))}, "Te veel waarden"),
        ({"selectie": "gemeente=tilburg\x00"}, ""),
        ({"email": "lezer\x00@example.nl"}, "geldig e-mailadres"),
    ],
)
def test_tampered_hidden_fields_never_give_a_500(fields, message):
    response = visitor(1).post(SUBSCRIBE, form(**fields))
    assert response.status_code in (302, 400)
    if message:
        assert message in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "",
        "?soort=x",
        "?soort=onderwerp",
        "?soort=praktijk&selectie=%00",
        "?soort=praktijk&selectie=q%3D%00",
    ],
)
def test_the_form_page_answers_odd_links_in_dutch(query):
    response = Client().get(SUBSCRIBE + query)
    assert response.status_code in (200, 400)
    assert "<h1>" in response.content.decode()


def test_the_form_page_for_a_selection_shows_the_form():
    response = Client().get(SUBSCRIBE + "?soort=praktijk&selectie=gemeente%3Dtilburg")
    assert response.status_code == 200
    assert "praktijkvoorbeelden (Tilburg)" in response.content.decode()


@pytest.mark.parametrize("token", ["onbekend", "x" * 500, "%00", "a%20b"])
@pytest.mark.parametrize("page", ["bevestigen", "mijn-attenderingen", "afmelden"])
def test_unknown_tokens_say_so_in_dutch(page, token):
    for method in ("get", "post"):
        response = getattr(Client(), method)(f"/volgen/{page}/{token}/")
        assert response.status_code == 404
        assert "Deze link werkt niet (meer)" in response.content.decode()


def test_confirmation_mails_per_address_are_limited_whoever_sends_them(settings):
    settings.ALERT_CONFIRMATIONS_PER_ADDRESS = 2
    selections = ["gemeente=tilburg", "gemeente=utrecht", "provincie=utrecht", "fase=lopend"]
    for number, (address, selection) in enumerate(
        zip(
            ["doel@example.nl", "Doel@Example.NL", "doel@example.nl ", "doel@example.nl"],
            selections,
            strict=True,
        )
    ):
        response = visitor(number).post(SUBSCRIBE, form(email=address, selectie=selection))
        # The same answer every time: the form does not tell what it did.
        assert response.status_code == 302
        assert response["Location"] == "/volgen/attendering/kijk-in-je-mail/"
    assert len(confirmations()) == 2


def test_the_same_selection_twice_makes_one_alert_and_no_extra_mail_once_confirmed():
    client = visitor(1)
    client.post(SUBSCRIBE, form())
    client.post(SUBSCRIBE, form(frequency="maand"))
    alert = Alert.objects.get()
    assert alert.frequency == "maand"  # the pending one is updated, not doubled
    Alert.objects.update(confirmed_at="2026-01-01T00:00:00Z")
    before = len(confirmations())
    response = client.post(SUBSCRIBE, form(frequency="week"))
    assert response.status_code == 302
    assert len(confirmations()) == before
    assert Alert.objects.get().frequency == "maand"  # a stranger cannot change it


def test_confirmed_alerts_per_address_are_capped(settings):
    settings.ALERT_MAX_PER_ADDRESS = 2
    for number, selection in enumerate(["gemeente=tilburg", "gemeente=utrecht"]):
        visitor(number).post(SUBSCRIBE, form(selectie=selection))
    Alert.objects.update(confirmed_at="2026-01-01T00:00:00Z")
    visitor(3).post(SUBSCRIBE, form(selectie="fase=lopend"))
    assert Alert.objects.count() == 2


def test_one_visitor_is_slowed_down_after_the_limit(settings):
    settings.ALERT_RATE_LIMIT = 2
    client = visitor(9)
    for number in range(2):
        assert client.post(SUBSCRIBE, form(email=f"a{number}@example.nl")).status_code == 302
    response = client.post(SUBSCRIBE, form(email="a3@example.nl"))
    assert response.status_code == 429
    assert "even wachten" in response.content.decode()
    assert 'value="a3@example.nl"' in response.content.decode()  # what they typed stays
    assert visitor(10).post(SUBSCRIBE, form(email="a4@example.nl")).status_code == 302


def test_a_bot_filling_the_hidden_field_is_told_the_same_but_nothing_happens():
    response = visitor(1).post(SUBSCRIBE, form(website="http://spam.example"))
    assert response.status_code == 302
    assert not Alert.objects.exists()
    assert confirmations() == []


def test_the_confirmation_mail_carries_the_label_and_one_link_only():
    visitor(1).post(SUBSCRIBE, form(selectie="gemeente=tilburg&q=pauze"))
    (message,) = confirmations()
    assert "praktijkvoorbeelden (Tilburg, met een zoekwoord)" in message.body
    assert message.body.count("http") == 1
