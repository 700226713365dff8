"""Review reminders: one mail per owning editor with the records past their review date,
admin links that work from a mail, not again within the interval, bounded per mail."""

import datetime

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from wagtail.log_actions import log

import pytest

from jos_portal.accounts.models import ReviewReminder
from practices.models import Practice
from tests.factories.practices import PracticeFactory
from tests.factories.publications import PublicationFactory
from tests.factories.stories import StoryIndexPageFactory, StoryPageFactory, TipFactory
from tests.factories.workshops import SessionFactory, WorkplaceFactory

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2027, 6, 1)
LONG_AGO = datetime.date(2026, 1, 1)
LATELY = datetime.date(2027, 5, 1)


def aware(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))


def aged(record, *, reviewed=None, published=LONG_AGO, by=None):
    """Put the record's review and publication dates back; ``by`` last edited it."""
    type(record)._default_manager.filter(pk=record.pk).update(
        last_reviewed=reviewed, first_published_at=aware(published)
    )
    if by is not None:
        log(record, "wagtail.edit", user=by)
    return record


def remind(*args, today=TODAY):
    call_command("send_review_reminders", f"--today={today.isoformat()}", *args)


def mail_to(address):
    return [message for message in mail.outbox if message.to == [address]]


@pytest.fixture
def records(users):
    editor, moderator = users["redacteur"], users["eindredacteur"]
    return {
        "old": aged(PracticeFactory(title="Oude aanpak"), reviewed=LONG_AGO, by=editor),
        "fresh": aged(PracticeFactory(title="Net nagelopen"), reviewed=LATELY, by=editor),
        "never": aged(SessionFactory(title="Sessie van lang geleden"), by=editor),
        "new": aged(PublicationFactory(title="Nieuwe publicatie"), published=LATELY, by=editor),
        "fictional": aged(PracticeFactory(title="Verzonnen school", is_fictional=True), by=editor),
        "tip": aged(TipFactory(title="Oude tip"), reviewed=LONG_AGO, by=moderator),
    }


def test_each_owner_gets_one_mail_with_their_due_records(records, users):
    remind()
    [editor_mail] = mail_to("redacteur@example.nl")
    body = editor_mail.body
    assert "Oude aanpak" in body and "Sessie van lang geleden" in body
    assert "Net nagelopen" not in body  # reviewed a month ago
    assert "Nieuwe publicatie" not in body  # never reviewed, but online for a month only
    assert "Verzonnen school" not in body  # a fictional example has nothing to check
    assert "Oude tip" not in body
    practice = records["old"]
    assert f"http://testserver/admin/snippets/practices/practice/edit/{practice.pk}/" in body
    assert "Laatst gecontroleerd: 1 januari 2026" in body
    assert "Nog nooit gecontroleerd" in body
    assert "2 records zijn toe aan controle" in editor_mail.subject
    [moderator_mail] = mail_to("eindredacteur@example.nl")
    assert "Oude tip" in moderator_mail.body and "Oude aanpak" not in moderator_mail.body
    assert len(mail.outbox) == 2


def test_no_second_reminder_within_the_interval(records):
    remind()
    assert len(mail.outbox) == 2
    remind(today=TODAY + datetime.timedelta(days=10))
    assert len(mail.outbox) == 2
    remind(today=TODAY + datetime.timedelta(days=31))
    assert len(mail.outbox) == 4


def test_a_review_in_between_stops_the_reminders(records):
    remind()
    Practice.objects.filter(pk=records["old"].pk).update(last_reviewed=TODAY)
    remind(today=TODAY + datetime.timedelta(days=31))
    [_first, again] = mail_to("redacteur@example.nl")
    assert "Oude aanpak" not in again.body and "Sessie van lang geleden" in again.body


def test_a_mail_names_at_most_max_per_mail_records_and_the_rest_follows(records):
    remind("--max-per-mail=1")
    [first] = mail_to("redacteur@example.nl")
    assert "Oude aanpak" not in first.body  # the never reviewed session comes first
    assert "Sessie van lang geleden" in first.body
    assert "Er staat nog één record klaar" in first.body
    remind("--max-per-mail=1", today=TODAY + datetime.timedelta(days=1))
    [_first, second] = mail_to("redacteur@example.nl")
    assert "Oude aanpak" in second.body


def test_dry_run_sends_and_stores_nothing(records, capsys):
    remind("--dry-run")
    assert mail.outbox == []
    assert not ReviewReminder.objects.exists()
    out = capsys.readouterr().out
    assert "redacteur@example.nl: 2 record(s)" in out and "Oude aanpak" in out


def test_records_without_a_reachable_owner_go_to_the_eindredactie(users):
    aged(PracticeFactory(title="Van het aanmeldformulier"), reviewed=LONG_AGO)
    workplace = WorkplaceFactory(name="Werkplaats Oost")
    remind()
    [message] = mail.outbox
    assert message.to == ["eindredacteur@example.nl"]
    assert "Van het aanmeldformulier" in message.body
    assert "Werkplaats Oost" in message.body  # a werkplaats without review date is due
    assert "als eindredacteur voor records waarvan geen redacteur bekend is" in message.body
    assert f"/admin/snippets/workshops/workplace/edit/{workplace.pk}/" in message.body


def test_a_page_reminds_its_owner(users):
    story = StoryPageFactory(parent=StoryIndexPageFactory(), title="Oud verhaal")
    story.owner = users["redacteur"]
    story.save(update_fields=["owner"])
    aged(story)
    remind()
    [message] = mail_to("redacteur@example.nl")
    assert f"http://testserver/admin/pages/{story.pk}/edit/" in message.body
