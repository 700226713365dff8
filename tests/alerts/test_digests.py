"""Sending digests: what goes in (published only, the live version), when (weekly,
monthly), and bounded, retried sending that never mails the same period twice."""

import datetime
import io

from django.core import mail
from django.core.management import CommandError, call_command
from django.utils import timezone

import pytest
from taggit.models import Tag

from jos_portal.alerts import digests, scopes
from jos_portal.alerts.models import Alert, AlertDigest
from jos_portal.taxonomy.models import Municipality
from tests.factories.practices import PracticeFactory
from tests.factories.publications import PublicationFactory
from tests.factories.workshops import SessionFactory

pytestmark = pytest.mark.django_db


def at(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(6)))


def today():
    return timezone.localdate()


def later(days):
    return at(today() + datetime.timedelta(days=days))


def confirmed(email="lezer@example.nl", frequency="week", **scope):
    scope.setdefault("kind", Alert.Kind.PRACTICES)
    scope.setdefault("query", "gemeente=tilburg")
    return Alert.objects.create(
        email=email,
        frequency=frequency,
        label="een selectie",
        confirmed_at=timezone.now() - datetime.timedelta(minutes=1),
        **scope,
    )


def sent():
    return [m for m in mail.outbox if m.subject.startswith("Nieuw bij")]


@pytest.fixture
def tilburg():
    return Municipality.objects.get(code="GM0855")


def test_a_draft_change_to_a_live_practice_shows_the_live_version(tilburg):
    confirmed()
    practice = PracticeFactory(title="Live titel", municipality=tilburg)
    practice.title = "Geheime concepttitel"
    practice.save_revision()  # a draft: not published
    digests.send_due_digests(later(7))
    (message,) = sent()
    assert "Live titel" in message.body
    assert "Geheime concepttitel" not in message.body


def test_a_topic_alert_covers_every_published_record_type_with_the_tag(tilburg):
    tag = Tag.objects.create(name="pesten", slug="pesten")
    confirmed(kind=Alert.Kind.TOPIC, query="", topic=tag)
    PracticeFactory(title="Praktijk over pesten", tags=["pesten"], municipality=tilburg)
    PublicationFactory(title="Publicatie over pesten", tags=["pesten"])
    PublicationFactory(title="Concept over pesten", tags=["pesten"], live=False)
    PracticeFactory(title="Praktijk over iets anders", tags=["wijk"], municipality=tilburg)
    session = SessionFactory(title="Sessie over pesten")
    session.tags.add("pesten")
    session.save()
    session.save_revision().publish()
    digests.send_due_digests(later(7))
    (message,) = sent()
    for title in ("Praktijk over pesten", "Publicatie over pesten", "Sessie over pesten"):
        assert title in message.body
    assert "Concept over pesten" not in message.body
    assert "iets anders" not in message.body
    assert "3 items" in message.subject


def test_nothing_new_means_no_mail_and_the_next_digest_covers_the_longer_period(tilburg):
    alert = confirmed()
    digests.send_due_digests(later(7))
    assert sent() == []
    alert.refresh_from_db()
    assert alert.checked_at == later(7)
    assert alert.last_sent_at is None
    PracticeFactory(title="Eindelijk iets", municipality=tilburg)
    digests.send_due_digests(later(10))  # not due again yet
    assert sent() == []
    digests.send_due_digests(later(14))
    assert "Eindelijk iets" in sent()[0].body


def test_a_monthly_alert_waits_a_calendar_month(tilburg):
    confirmed(frequency="maand")
    PracticeFactory(title="Nieuw", municipality=tilburg)
    digests.send_due_digests(later(14))
    assert sent() == []
    digests.send_due_digests(later(31))
    assert len(sent()) == 1


def test_month_before_handles_short_months():
    assert digests.month_before(datetime.date(2027, 3, 31)) == datetime.date(2027, 2, 28)
    assert digests.month_before(datetime.date(2027, 1, 15)) == datetime.date(2026, 12, 15)


def test_a_long_digest_is_cut_and_links_to_the_whole_list(tilburg):
    confirmed()
    for number in range(5):
        PracticeFactory(title=f"Voorbeeld {number}", municipality=tilburg)
    digests.send_due_digests(later(7), max_items=3)
    (message,) = sent()
    assert message.body.count("- Praktijkvoorbeeld") == 3
    assert "En nog 2 items" in message.body
    assert "http://testserver/praktijkvoorbeelden/?gemeente=tilburg" in message.body
    assert AlertDigest.objects.get().item_count == 5


def test_sending_is_batched_and_bounded_and_the_rest_waits(tilburg):
    for number in range(5):
        confirmed(email=f"lezer{number}@example.nl")
    PracticeFactory(title="Voor iedereen", municipality=tilburg)
    counts = digests.send_due_digests(later(7), batch_size=2, max_batches=2)
    assert counts["sent"] == 4
    assert counts["left"] == 1
    counts = digests.send_due_digests(later(7), batch_size=2, max_batches=2)
    assert counts["sent"] == 1
    assert counts["left"] == 0
    assert sorted(m.to[0] for m in sent()) == [f"lezer{n}@example.nl" for n in range(5)]


def test_a_failing_alert_does_not_stop_the_others_and_is_tried_again(tilburg, monkeypatch):
    first = confirmed(email="eerste@example.nl")
    confirmed(email="tweede@example.nl")
    PracticeFactory(title="Nieuw", municipality=tilburg)
    real_scope = scopes.alert_scope

    def failing(alert):
        if alert.pk == first.pk:
            raise RuntimeError("database hapert")
        return real_scope(alert)

    monkeypatch.setattr(scopes, "alert_scope", failing)
    counts = digests.send_due_digests(later(7))
    assert counts["failed"] == 1
    assert [m.to for m in sent()] == [["tweede@example.nl"]]
    first.refresh_from_db()
    assert first.checked_at is None  # rolled back: still due
    monkeypatch.setattr(scopes, "alert_scope", real_scope)
    digests.send_due_digests(later(7))
    assert sorted(m.to[0] for m in sent()) == ["eerste@example.nl", "tweede@example.nl"]


def test_two_runs_holding_the_same_alert_send_it_once(tilburg):
    confirmed()
    PracticeFactory(title="Nieuw", municipality=tilburg)
    (seen_by_first,) = digests.due_alerts(later(7))
    (seen_by_second,) = digests.due_alerts(later(7))
    assert digests.handle(seen_by_first, later(7), 20) == digests.SENT
    assert digests.handle(seen_by_second, later(7), 20) is None
    assert len(sent()) == 1


def test_the_command_can_queue_the_run_for_the_worker(tilburg):
    confirmed()
    PracticeFactory(title="Nieuw", municipality=tilburg)
    out = io.StringIO()
    day = (today() + datetime.timedelta(days=7)).isoformat()
    call_command("send_alerts", f"--today={day}", "--enqueue", stdout=out)
    assert "In de wachtrij gezet" in out.getvalue()
    # The test settings run tasks at once (TASKS_BACKEND immediate), as the worker would.
    assert len(sent()) == 1


@pytest.mark.parametrize("args", [["--today=morgen"], ["--batch-size=0"], ["--max-batches=0"]])
def test_the_command_refuses_bad_options_in_dutch(args):
    with pytest.raises(CommandError):
        call_command("send_alerts", *args, stdout=io.StringIO())
