"""An alert whose selection no longer exists in its subscribed form (a municipality merged
away, a factor or topic removed, input the list now refuses) is never widened: it stops,
its subscriber gets one mail saying so, and it shows as stopped on the manage page."""

import datetime
import re

from django.core import mail
from django.test import Client
from django.utils import timezone

import pytest
from taggit.models import Tag

from jos_portal.alerts import digests
from jos_portal.alerts.models import Alert, AlertDigest
from jos_portal.taxonomy.models import Municipality
from tests.factories.practices import PracticeFactory
from tests.factories.taxonomy import FactorFactory

pytestmark = pytest.mark.django_db

BROKEN_SUBJECT = "Je attendering is gestopt"


def at_day(days):
    day = timezone.localdate() + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(6)))


def confirmed(query="", label="praktijkvoorbeelden (Brielle)", **fields):
    fields.setdefault("kind", Alert.Kind.PRACTICES)
    return Alert.objects.create(
        email="lezer@example.nl",
        frequency="week",
        query=query,
        label=label,
        confirmed_at=timezone.now() - datetime.timedelta(minutes=1),
        **fields,
    )


def notices():
    return [m for m in mail.outbox if m.subject.startswith(BROKEN_SUBJECT)]


def digests_sent():
    return [m for m in mail.outbox if m.subject.startswith("Nieuw bij")]


@pytest.fixture
def tilburg():
    return Municipality.objects.get(code="GM0855")


def test_a_merged_away_municipality_stops_the_alert_instead_of_mailing_everything(tilburg):
    # Subscribed when the municipality existed; the yearly import merged it away since.
    alert = confirmed(query="gemeente=brielle")
    PracticeFactory(title="Nieuw in Tilburg", municipality=tilburg)
    counts = digests.send_due_digests(at_day(7))
    assert digests_sent() == []  # never the whole list
    assert not AlertDigest.objects.exists()
    assert counts["broken"] == 1 and counts["sent"] == 0 and counts["failed"] == 0
    (notice,) = notices()
    assert notice.to == ["lezer@example.nl"]
    assert notice.subject == "Je attendering is gestopt: praktijkvoorbeelden (Brielle)"
    assert "Die selectie bestaat niet meer in deze vorm" in notice.body
    assert "Nieuw in Tilburg" not in notice.body
    assert "http://testserver/praktijkvoorbeelden/\n" in notice.body  # subscribe again there
    assert f"http://testserver/volgen/afmelden/{alert.token}/" in notice.body
    assert f"http://testserver/volgen/mijn-attenderingen/{alert.token}/" in notice.body
    assert notice.extra_headers["List-Unsubscribe"].startswith("<http://testserver/volgen/")
    alert.refresh_from_db()
    assert alert.broken_at == at_day(7)


def test_the_notice_goes_out_once_and_no_digest_follows(tilburg):
    confirmed(query="gemeente=brielle")
    digests.send_due_digests(at_day(7))
    PracticeFactory(title="Later nieuw", municipality=tilburg)
    for days in (7, 14, 21, 60):
        counts = digests.send_due_digests(at_day(days))
        assert counts["left"] == 0
    assert len(notices()) == 1
    assert digests_sent() == []


def test_one_unknown_value_among_known_ones_also_stops_the_alert(tilburg):
    # The list would drop Brielle and follow Tilburg alone: not what was subscribed to.
    confirmed(query="gemeente=brielle&gemeente=tilburg")
    PracticeFactory(title="Nieuw in Tilburg", municipality=tilburg)
    digests.send_due_digests(at_day(7))
    assert digests_sent() == []
    assert len(notices()) == 1


def test_a_removed_factor_stops_a_factor_page_alert(tilburg):
    factor = FactorFactory(name="Vaste contactpersoon")
    alert = confirmed(query=f"factor={factor.slug}", label="praktijkvoorbeelden (Vaste ...)")
    PracticeFactory(title="Met de factor", municipality=tilburg, factors=[factor])
    factor.delete()
    digests.send_due_digests(at_day(7))
    assert digests_sent() == []
    assert len(notices()) == 1
    alert.refresh_from_db()
    assert alert.is_broken


def test_a_selection_the_list_now_refuses_stops_the_alert_instead_of_failing_forever(
    tilburg,
):
    too_many = "&".join(f"gemeente=g{n}" for n in range(31))  # over the facet's maximum
    confirmed(query=too_many)
    counts = digests.send_due_digests(at_day(7))
    assert counts["failed"] == 0
    assert counts["broken"] == 1
    assert len(notices()) == 1
    assert digests.send_due_digests(at_day(14))["failed"] == 0


def test_a_deleted_topic_stops_its_alert_with_a_link_to_the_topics():
    tag = Tag.objects.create(name="pesten", slug="pesten")
    alert = confirmed(kind=Alert.Kind.TOPIC, topic=tag, label="onderwerp pesten")
    tag.delete()
    alert.refresh_from_db()  # kept, not deleted along with the tag
    assert alert.topic is None
    digests.send_due_digests(at_day(7))
    (notice,) = notices()
    assert notice.subject == "Je attendering is gestopt: onderwerp pesten"
    assert "http://testserver/onderwerpen/\n" in notice.body


def test_a_clean_selection_keeps_working(tilburg):
    confirmed(query="gemeente=tilburg")
    PracticeFactory(title="Nieuw in Tilburg", municipality=tilburg)
    counts = digests.send_due_digests(at_day(7))
    assert counts["sent"] == 1 and counts["broken"] == 0
    assert notices() == []


def test_the_manage_page_shows_a_stopped_alert_with_its_old_name():
    alert = confirmed(query="gemeente=brielle")
    digests.send_due_digests(at_day(7))
    page = Client().get(f"/volgen/mijn-attenderingen/{alert.token}/").content.decode()
    row = re.search(r"<tr>\s*<th scope=\"row\">(.*?)</tr>", page, re.S).group(0)
    assert "praktijkvoorbeelden (Brielle)" in row
    assert "gestopt: deze selectie bestaat niet meer" in row


def test_an_english_subscriber_gets_the_notice_in_english_with_english_links():
    alert = confirmed(query="gemeente=brielle", label="practice examples (Brielle)")
    Alert.objects.filter(pk=alert.pk).update(language="en")
    digests.send_due_digests(at_day(7))
    (notice,) = mail.outbox
    assert notice.subject == "Your alert has stopped: practice examples (Brielle)"
    assert "That selection no longer exists in this form" in notice.body
    assert "http://testserver/en/praktijkvoorbeelden/\n" in notice.body
    assert f"http://testserver/en/volgen/afmelden/{alert.token}/" in notice.body


def test_subscribing_again_to_a_stopped_selection_makes_a_new_alert(tilburg):
    stopped = confirmed(query="gemeente=tilburg", broken_at=timezone.now())
    response = Client().post(
        "/volgen/attendering/",
        {
            "email": "lezer@example.nl",
            "frequency": "week",
            "soort": "praktijk",
            "selectie": "gemeente=tilburg",
        },
    )
    assert response.status_code == 302
    fresh = Alert.objects.exclude(pk=stopped.pk).get()
    assert not fresh.is_confirmed and not fresh.is_broken
    assert [m.subject for m in mail.outbox] == ["Bevestig je e-mailattendering"]
