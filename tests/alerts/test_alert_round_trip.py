"""The whole life of an e-mail alert, through the public pages and the mail outbox, with a
fake clock (``send_alerts --today``): subscribe, confirm, a matching practice is
published, the digest arrives once however often the sender runs, unsubscribe."""

import datetime
import io
import re

from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

import pytest

from jos_portal.alerts.models import Alert, AlertDigest
from jos_portal.taxonomy.models import Municipality
from tests.factories.practices import PracticeFactory

pytestmark = pytest.mark.django_db

SUBSCRIBE = "/volgen/attendering/"
ADDRESS = "lezer@example.nl"


def send(day, *args):
    call_command("send_alerts", f"--today={day.isoformat()}", *args, stdout=io.StringIO())


def links(message):
    return re.findall(r"http://testserver(/\S+)", message.body)


def form(**fields):
    return {"email": ADDRESS, "frequency": "week", "soort": "praktijk", **fields}


def digests():
    return [m for m in mail.outbox if m.subject.startswith("Nieuw bij")]


@pytest.fixture
def tilburg():
    return Municipality.objects.get(code="GM0855")


@pytest.fixture
def utrecht():
    return Municipality.objects.get(code="GM0344")


def subscribe_and_confirm(client, selection, frequency="week"):
    page = client.get(f"/praktijkvoorbeelden/?{selection}")
    assert "Houd me op de hoogte" in page.content.decode()
    # The form on the page carries the normalised selection in a hidden field.
    hidden = re.search(r'name="selectie" value="([^"]*)"', page.content.decode()).group(1)
    response = client.post(
        SUBSCRIBE,
        form(frequency=frequency, selectie=hidden.replace("&amp;", "&")),
    )
    assert response.status_code == 302
    assert response["Location"] == "/volgen/attendering/kijk-in-je-mail/"
    (confirmation,) = [m for m in mail.outbox if m.subject == "Bevestig je e-mailattendering"]
    assert confirmation.to == [ADDRESS]
    (confirm_path,) = links(confirmation)
    alert = Alert.objects.get(email=ADDRESS)
    assert not alert.is_confirmed
    # Opening the link (as a mail scanner does) confirms nothing; the button does.
    assert "Ja, bevestig" in client.get(confirm_path).content.decode()
    alert.refresh_from_db()
    assert not alert.is_confirmed
    assert "Attendering bevestigd" in client.post(confirm_path).content.decode()
    alert.refresh_from_db()
    assert alert.is_confirmed
    return alert


def test_subscribe_confirm_digest_once_and_unsubscribe(tilburg, utrecht):
    client = Client()
    PracticeFactory(title="Al bekend in Tilburg", municipality=tilburg)
    alert = subscribe_and_confirm(client, "gemeente=tilburg")
    today = timezone.localdate()

    PracticeFactory(title="Nieuw pauzeteam in Tilburg", municipality=tilburg)
    PracticeFactory(title="Concept in Tilburg", municipality=tilburg, live=False)
    PracticeFactory(title="Nieuw in Utrecht", municipality=utrecht)

    send(today + datetime.timedelta(days=3))
    assert digests() == []  # a weekly alert waits a week

    week_later = today + datetime.timedelta(days=7)
    send(week_later)
    send(week_later)  # run twice: still one digest
    (digest,) = digests()
    assert digest.to == [ADDRESS]
    assert "Nieuw pauzeteam in Tilburg" in digest.body
    assert "Concept in Tilburg" not in digest.body  # a draft never
    assert "Nieuw in Utrecht" not in digest.body  # outside the selection
    assert "Al bekend in Tilburg" not in digest.body  # from before the subscription
    assert AlertDigest.objects.filter(alert=alert).count() == 1
    unsubscribe = digest.extra_headers["List-Unsubscribe"].strip("<>")
    assert digest.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    paths = links(digest)
    assert unsubscribe.removeprefix("http://testserver") in paths
    manage = next(p for p in paths if p.startswith("/volgen/mijn-attenderingen/"))
    assert "praktijkvoorbeelden (Tilburg)" in client.get(manage).content.decode()

    # The next day nothing is due, whatever was published.
    PracticeFactory(title="Weer nieuw in Tilburg", municipality=tilburg)
    send(week_later + datetime.timedelta(days=1))
    assert len(digests()) == 1

    # One-click unsubscribe as a mail program does it (RFC 8058): a POST to the header URL.
    response = client.post(
        unsubscribe.removeprefix("http://testserver"), {"List-Unsubscribe": "One-Click"}
    )
    assert response.status_code == 200
    assert not Alert.objects.filter(email=ADDRESS).exists()  # the address is gone
    send(week_later + datetime.timedelta(days=14))
    assert len(digests()) == 1
    # The old links now say so, in Dutch, without an error.
    gone = client.get(manage)
    assert gone.status_code == 404
    assert "Deze link werkt niet (meer)" in gone.content.decode()


def test_the_second_digest_covers_only_what_came_after_the_first(tilburg):
    client = Client()
    subscribe_and_confirm(client, "gemeente=tilburg")
    today = timezone.localdate()
    PracticeFactory(title="Eerste ronde", municipality=tilburg)
    send(today + datetime.timedelta(days=7))
    assert "Eerste ronde" in digests()[0].body
    # Published "after" the first digest: the fake clock of the run was a week ahead, so
    # move the first digest's moment back to now to keep the order of events real.
    Alert.objects.update(
        last_sent_at=timezone.now(), checked_at=timezone.now() - datetime.timedelta(days=7)
    )
    PracticeFactory(title="Tweede ronde", municipality=tilburg)
    send(today + datetime.timedelta(days=7))
    second = digests()[1]
    assert "Tweede ronde" in second.body
    assert "Eerste ronde" not in second.body


def test_an_unconfirmed_alert_gets_no_digest_and_is_deleted_after_a_week(tilburg):
    client = Client()
    client.post(
        SUBSCRIBE,
        form(selectie="gemeente=tilburg"),
    )
    PracticeFactory(title="Nieuw in Tilburg", municipality=tilburg)
    send(timezone.localdate() + datetime.timedelta(days=7))
    assert digests() == []
    send(timezone.localdate() + datetime.timedelta(days=8))
    assert not Alert.objects.exists()


def test_the_manage_page_unsubscribes_one_alert_with_a_button(tilburg):
    client = Client()
    alert = subscribe_and_confirm(client, "gemeente=tilburg")
    page = client.get(f"/volgen/afmelden/{alert.token}/")
    assert "Ja, meld me af" in page.content.decode()
    assert Alert.objects.filter(pk=alert.pk).exists()  # opening the page changes nothing
    client.post(f"/volgen/afmelden/{alert.token}/")
    assert not Alert.objects.filter(pk=alert.pk).exists()
