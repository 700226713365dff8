"""An alert keeps the language it was subscribed in: a visitor of the English site gets
the confirmation, the digests and their links in English; the labels are made at send
and show time, so a page in the other language names the alert in that language."""

import datetime
import io
import re

from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

import pytest

from jos_portal.alerts.models import Alert
from jos_portal.taxonomy.models import Municipality
from tests.factories.practices import PracticeFactory

pytestmark = pytest.mark.django_db

ADDRESS = "reader@example.org"


def links(message):
    return re.findall(r"http://testserver(/\S+)", message.body)


@pytest.fixture
def tilburg():
    return Municipality.objects.get(code="GM0855")


def test_an_english_round_trip(tilburg):
    client = Client()
    page = client.get("/en/praktijkvoorbeelden/?gemeente=tilburg").content.decode()
    hidden = re.search(r'name="selectie" value="([^"]*)"', page).group(1)
    response = client.post(
        "/en/volgen/attendering/",
        {"email": ADDRESS, "frequency": "week", "soort": "praktijk", "selectie": hidden},
    )
    assert response.status_code == 302
    assert response["Location"] == "/en/volgen/attendering/kijk-in-je-mail/"
    alert = Alert.objects.get()
    assert alert.language == "en"

    (confirmation,) = mail.outbox
    assert confirmation.subject == "Confirm your e-mail alert"
    assert "practice examples (Tilburg)" in confirmation.body
    (confirm_path,) = links(confirmation)
    assert confirm_path.startswith("/en/volgen/bevestigen/")
    assert "Alert confirmed" in client.post(confirm_path).content.decode()

    PracticeFactory(
        title="Pauzeteam in Tilburg", title_en="Break-time team in Tilburg", municipality=tilburg
    )
    day = timezone.localdate() + datetime.timedelta(days=7)
    call_command("send_alerts", f"--today={day.isoformat()}", stdout=io.StringIO())
    digest = mail.outbox[-1]
    assert digest.subject == "New in practice examples (Tilburg): 1 item"
    assert "New or updated in practice examples (Tilburg) since" in digest.body
    assert "Break-time team in Tilburg" in digest.body
    assert "Nieuw" not in digest.body and "Afmelden" not in digest.body
    paths = links(digest)
    assert paths and all(path.startswith("/en/") for path in paths)
    assert digest.extra_headers["List-Unsubscribe"].startswith("<http://testserver/en/volgen/")


def test_a_dutch_subscription_stays_dutch_whatever_language_the_sender_runs_in(tilburg):
    Client().post(
        "/volgen/attendering/",
        {
            "email": ADDRESS,
            "frequency": "week",
            "soort": "praktijk",
            "selectie": "gemeente=tilburg",
        },
    )
    assert Alert.objects.get().language == "nl"
    Alert.objects.update(confirmed_at=timezone.now())
    PracticeFactory(title="Pauzeteam in Tilburg", title_en="Break-time team", municipality=tilburg)
    day = timezone.localdate() + datetime.timedelta(days=7)
    from django.utils import translation

    with translation.override("en"):
        call_command("send_alerts", f"--today={day.isoformat()}", stdout=io.StringIO())
    digest = mail.outbox[-1]
    assert digest.subject == "Nieuw bij praktijkvoorbeelden (Tilburg): 1 item"
    assert "Pauzeteam in Tilburg" in digest.body
    assert all(not path.startswith("/en/") for path in links(digest))


def test_the_manage_page_names_the_alert_in_the_language_of_the_page():
    alert = Alert.objects.create(
        email=ADDRESS,
        frequency="week",
        kind=Alert.Kind.PRACTICES,
        query="gemeente=tilburg",
        label="praktijkvoorbeelden (Tilburg)",
        confirmed_at=timezone.now(),
    )
    page = Client().get(f"/en/volgen/mijn-attenderingen/{alert.token}/").content.decode()
    assert "practice examples (Tilburg)" in page
    assert "praktijkvoorbeelden (Tilburg)" not in page
