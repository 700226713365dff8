"""Nothing an editor typed is lost: a locked record cannot be overwritten by a second
editor, and an old revision can be compared and restored."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

import pytest

from jos_portal.taxonomy.models import SchoolType
from tests.factories.practices import PracticeFactory
from tests.practices.test_admin import form_data

pytestmark = pytest.mark.django_db


def url(action, *args):
    return reverse(f"wagtailsnippets_practices_practice:{action}", args=args)


@pytest.fixture
def practice(db):
    return PracticeFactory(
        title="Oorspronkelijke titel", school_types=[SchoolType.objects.get(slug="havo")]
    )


def data_for(practice, **overrides):
    vocab = {"utrecht": practice.municipality, "havo": SchoolType.objects.get(slug="havo")}
    return form_data(vocab, **{"slug": practice.slug, **overrides})


@pytest.fixture
def two_editors(users):
    second = get_user_model().objects.create_user(
        "redacteur2", "r2@example.nl", "Een-lang-wachtwoord-2026"
    )
    second.groups.add(Group.objects.get(name="Redacteur"))
    first_client, second_client = Client(), Client()
    first_client.force_login(users["redacteur"])
    second_client.force_login(second)
    return first_client, second_client


def test_second_editor_is_told_the_record_is_locked_and_cannot_save(two_editors, practice):
    first, second = two_editors
    assert first.post(url("lock", practice.pk)).status_code == 302
    practice.refresh_from_db()
    assert practice.locked is True

    page = second.get(url("edit", practice.pk)).content.decode()
    assert "vergrendeld" in page.lower()
    revisions = practice.revisions.count()
    response = second.post(url("edit", practice.pk), data_for(practice, title="Overschreven"))
    assert response.status_code == 200  # the form comes back with the reason
    assert "vergrendeld" in response.content.decode().lower()
    assert practice.revisions.count() == revisions
    practice.refresh_from_db()
    assert practice.get_latest_revision_as_object().title == "Oorspronkelijke titel"

    # The editor who locked it can still save.
    assert first.post(url("edit", practice.pk), data_for(practice, title="Mijn wijziging"))
    assert practice.revisions.count() == revisions + 1


def test_an_editor_lifts_a_colleagues_lock_and_the_history_says_who(two_editors, practice):
    """Nobody waits for a colleague who forgot to unlock: another Redacteur lifts the lock,
    and the record's history names them."""
    from wagtail.models import ModelLogEntry

    first, second = two_editors
    first.post(url("lock", practice.pk))
    second.post(url("unlock", practice.pk))
    practice.refresh_from_db()
    assert practice.locked is False
    entry = ModelLogEntry.objects.for_instance(practice).filter(action="wagtail.unlock").get()
    assert entry.user.username == "redacteur2"


def test_a_moderator_can_unlock_someone_elses_lock(two_editors, clients, practice):
    first, _second = two_editors
    first.post(url("lock", practice.pk))
    clients["eindredacteur"].post(url("unlock", practice.pk))
    practice.refresh_from_db()
    assert practice.locked is False


def test_compare_and_revert_restores_the_old_text(clients, practice, client):
    editor = clients["redacteur"]
    old_revision = practice.latest_revision
    response = editor.post(
        url("edit", practice.pk),
        {**data_for(practice, title="Mislukte herschrijving"), "action-publish": "1"},
    )
    assert response.status_code == 302
    practice.refresh_from_db()
    assert practice.title == "Mislukte herschrijving"
    new_revision = practice.latest_revision

    compare = editor.get(url("revisions_compare", practice.pk, old_revision.pk, new_revision.pk))
    assert compare.status_code == 200
    html = compare.content.decode()
    assert "Oorspronkelijke titel" in html and "Mislukte herschrijving" in html

    # The revert view opens the editor with the old text; saving it makes it current again.
    revert_url = url("revisions_revert", practice.pk, old_revision.pk)
    form = editor.get(revert_url).content.decode()
    assert 'value="Oorspronkelijke titel"' in form
    response = editor.post(
        revert_url, {**data_for(practice, title="Oorspronkelijke titel"), "action-publish": "1"}
    )
    assert response.status_code == 302
    practice.refresh_from_db()
    assert practice.title == "Oorspronkelijke titel"
    assert practice.revisions.count() == 3  # nothing was thrown away
    assert "Oorspronkelijke titel" in client.get(practice.get_absolute_url()).content.decode()
