"""'Laatst gecontroleerd' on every record type: publishing by a person sets it, the edit
form shows it beside the provenance, and the "controle nodig" filter finds the records."""

import datetime
import re

from django.urls import reverse
from django.utils import timezone

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

import pytest

from jos_portal.accounts.review_desk import reminder_due_q, review_due_q
from tests.factories.events import EventIndexPageFactory, EventPageFactory
from tests.factories.publications import PublicationFactory
from tests.factories.stories import StoryIndexPageFactory, StoryPageFactory, TipFactory
from tests.factories.workshops import SessionFactory, WorkplaceFactory
from workshops.models import Session, Workplace

pytestmark = pytest.mark.django_db

MAKERS = {
    "session": lambda **kw: SessionFactory(**kw),
    "publication": lambda **kw: PublicationFactory(**kw),
    "tip": lambda **kw: TipFactory(**kw),
    "story": lambda **kw: StoryPageFactory(parent=StoryIndexPageFactory(), **kw),
    "event": lambda **kw: EventPageFactory(parent=EventIndexPageFactory(), **kw),
}


@pytest.mark.parametrize("kind", MAKERS)
def test_publishing_by_a_person_sets_the_review_date(kind, users):
    record = MAKERS[kind](live=False)
    assert record.last_reviewed is None
    record.save_revision().publish(user=users["redacteur"])
    record.refresh_from_db()
    assert record.live and record.last_reviewed == timezone.localdate()


@pytest.mark.parametrize("kind", MAKERS)
def test_publishing_without_a_person_leaves_the_date_alone(kind):
    assert MAKERS[kind]().last_reviewed is None


@pytest.mark.parametrize(
    ("kind", "edit_url"),
    [
        ("session", lambda r: reverse("wagtailsnippets_workshops_session:edit", args=[r.pk])),
        ("publication", lambda r: f"/admin/snippets/publications/publication/edit/{r.pk}/"),
        ("tip", lambda r: f"/admin/snippets/stories/tip/edit/{r.pk}/"),
        ("story", lambda r: f"/admin/pages/{r.pk}/edit/"),
        ("event", lambda r: f"/admin/pages/{r.pk}/edit/"),
    ],
)
def test_the_edit_form_shows_the_date_with_the_provenance(kind, edit_url, admin_client):
    record = MAKERS[kind]()
    html = admin_client.get(edit_url(record)).content.decode()
    provenance = html.index('name="source_checked"')
    reviewed = html.index('name="last_reviewed"')
    assert provenance < reviewed < provenance + 6000  # in the same "Herkomst" panel


def workplace_form(workplace, **overrides):
    data = {
        "name": workplace.name,
        "slug": workplace.slug,
        "municipality": workplace.municipality_id,
        "research_question": "Wat werkt?",
        "start_date": "2019-01-01",
        "end_date": "",
        "description": rich_text("<p>Beschrijving.</p>"),
        "partners": inline_formset([]),
        "image_alt": "",
        "tags": "",
        "provenance": "redactie",
        "source_url": "",
        "source_checked": "",
        "last_reviewed": "",
    }
    data.update(overrides)
    return nested_form_data(data)


def test_saving_a_werkplaats_in_the_admin_sets_the_review_date(admin_client):
    workplace = WorkplaceFactory(name="Werkplaats Noord")
    url = reverse("wagtailsnippets_workshops_workplace:edit", args=[workplace.pk])
    response = admin_client.post(url, workplace_form(workplace))
    assert response.status_code == 302, re.findall(r"error-message.*", response.content.decode())
    workplace.refresh_from_db()
    assert workplace.last_reviewed == timezone.localdate()


def test_a_fictional_werkplaats_gets_no_review_date(admin_client):
    workplace = WorkplaceFactory(name="Verzonnen werkplaats", is_fictional=True)
    url = reverse("wagtailsnippets_workshops_workplace:edit", args=[workplace.pk])
    admin_client.post(url, workplace_form(workplace, is_fictional="on"))
    workplace.refresh_from_db()
    assert workplace.last_reviewed is None


def test_due_for_review_works_for_types_with_and_without_publishing():
    today = datetime.date(2027, 6, 1)
    old = SessionFactory(title="Oud")
    Session.objects.filter(pk=old.pk).update(last_reviewed=datetime.date(2026, 1, 1))
    SessionFactory(title="Concept", live=False)
    reviewed = WorkplaceFactory(name="Nagelopen")
    Workplace.objects.filter(pk=reviewed.pk).update(last_reviewed=datetime.date(2027, 1, 1))
    due = set(Session.objects.filter(review_due_q(today, Session)).values_list("title", flat=True))
    assert "Oud" in due and "Concept" not in due
    due_places = Workplace.objects.filter(review_due_q(today, Workplace))
    assert reviewed not in due_places and old.workplace in due_places
    # Never reviewed and online since yesterday: due on the list, not yet worth a reminder.
    new = SessionFactory(title="Nieuw")
    yesterday = timezone.make_aware(datetime.datetime(2027, 5, 31, 12))
    Session.objects.filter(pk=new.pk).update(first_published_at=yesterday)
    assert Session.objects.filter(review_due_q(today, Session), pk=new.pk).exists()
    reminded = Session.objects.filter(reminder_due_q(Session, today))
    assert set(reminded.values_list("title", flat=True)) == {"Oud"}


def test_the_session_list_filters_on_controle_nodig(admin_client):
    old = SessionFactory(title="Oude sessie")
    Session.objects.filter(pk=old.pk).update(last_reviewed=datetime.date(2020, 1, 1))
    fresh = SessionFactory(title="Verse sessie")
    Session.objects.filter(pk=fresh.pk).update(last_reviewed=timezone.localdate())
    url = reverse("wagtailsnippets_workshops_session:list")
    html = admin_client.get(url, {"review_due": "true"}).content.decode()
    assert "Oude sessie" in html and "Verse sessie" not in html
