"""Autosave (Wagtail 8) on the practice editor, through the endpoint its script uses.

While an editor types, Wagtail's ``w-autosave`` controller posts the whole edit form to the
edit view with ``Accept: application/json``, ``WAGTAIL_AUTOSAVE_INTERVAL`` milliseconds
after the last change. The view saves a draft revision (the published version stays as it
is) and answers with the revision's id; later autosaves send that id as
``overwrite_revision_id`` and update the same revision instead of piling up new ones.
The browser side is in tests/browser/test_autosave.py.
"""

from django.conf import settings
from django.urls import reverse

import pytest

from jos_portal.taxonomy.models import SchoolType
from tests.factories.practices import PracticeFactory
from tests.practices.test_admin import form_data

pytestmark = pytest.mark.django_db

JSON = {"HTTP_ACCEPT": "application/json"}


def edit_url(practice):
    return reverse("wagtailsnippets_practices_practice:edit", args=(practice.pk,))


@pytest.fixture
def practice(db):
    return PracticeFactory(
        title="Gepubliceerde titel", school_types=[SchoolType.objects.get(slug="havo")]
    )


def data_for(practice, **overrides):
    vocab = {"utrecht": practice.municipality, "havo": SchoolType.objects.get(slug="havo")}
    return form_data(vocab, **{"slug": practice.slug, **overrides})


def test_autosave_is_switched_on_in_the_editor(clients, practice):
    assert settings.WAGTAIL_AUTOSAVE_INTERVAL > 0
    html = clients["redacteur"].get(edit_url(practice)).content.decode()
    assert 'data-controller="w-unsaved w-autosave"' in html
    assert f'data-w-autosave-interval-value="{settings.WAGTAIL_AUTOSAVE_INTERVAL}"' in html
    assert 'id="w-autosave-indicator"' in html


def test_autosave_keeps_a_draft_revision_and_leaves_the_published_version(
    clients, practice, client
):
    editor = clients["redacteur"]
    revisions = practice.revisions.count()

    response = editor.post(edit_url(practice), data_for(practice, title="Half getypt"), **JSON)
    assert response.status_code == 200
    saved = response.json()
    assert saved["success"] is True
    assert practice.revisions.count() == revisions + 1
    revision = practice.revisions.get(pk=saved["revision_id"])
    assert revision.as_object().title == "Half getypt"
    assert revision.user.username == "redacteur"

    # The next autosave of the same editing session updates that revision in place.
    response = editor.post(
        edit_url(practice),
        {
            **data_for(practice, title="Half getypt, nu af"),
            "overwrite_revision_id": saved["revision_id"],
        },
        **JSON,
    )
    assert response.json()["revision_id"] == saved["revision_id"]
    assert practice.revisions.count() == revisions + 1
    practice.refresh_from_db()
    assert practice.get_latest_revision_as_object().title == "Half getypt, nu af"

    # Nothing went live: the public page still shows the published title.
    assert practice.live is True and practice.title == "Gepubliceerde titel"
    assert practice.has_unpublished_changes is True
    page = client.get(practice.get_absolute_url()).content.decode()
    assert "Gepubliceerde titel" in page and "Half getypt" not in page

    # Opening the editor again shows the autosaved text.
    form = editor.get(edit_url(practice)).content.decode()
    assert 'value="Half getypt, nu af"' in form


def test_autosave_does_not_overwrite_a_newer_version_from_someone_else(clients, practice):
    loaded = practice.latest_revision
    # Another editor saves in between.
    clients["eindredacteur"].post(edit_url(practice), data_for(practice, title="Nieuwer"))
    practice.refresh_from_db()
    assert practice.latest_revision != loaded

    response = clients["redacteur"].post(
        edit_url(practice),
        {
            **data_for(practice, title="Ouder"),
            "loaded_revision_id": loaded.pk,
            "loaded_revision_created_at": loaded.created_at.isoformat(),
        },
        **JSON,
    )
    assert response.status_code == 400
    assert response.json()["error_code"] == "invalid_revision"
    practice.refresh_from_db()
    assert practice.get_latest_revision_as_object().title == "Nieuwer"


def test_autosave_respects_a_lock(clients, practice):
    clients["eindredacteur"].post(
        reverse("wagtailsnippets_practices_practice:lock", args=(practice.pk,))
    )
    revisions = practice.revisions.count()
    response = clients["redacteur"].post(
        edit_url(practice), data_for(practice, title="Toch proberen"), **JSON
    )
    assert response.status_code == 400
    assert response.json()["error_code"] == "locked"
    assert practice.revisions.count() == revisions


def test_autosave_with_an_unfinished_required_field_still_keeps_the_draft(clients, practice):
    """Drafts skip the required-field check, so half-finished work is not lost."""
    response = clients["redacteur"].post(
        edit_url(practice), data_for(practice, title="Zonder samenvatting", summary=""), **JSON
    )
    assert response.status_code == 200
    practice.refresh_from_db()
    draft = practice.get_latest_revision_as_object()
    assert draft.title == "Zonder samenvatting" and draft.summary == ""


def test_the_autosaves_of_one_session_are_one_history_entry(clients, practice):
    from wagtail.models import ModelLogEntry

    editor = clients["redacteur"]
    edits = ModelLogEntry.objects.for_instance(practice).filter(action="wagtail.edit")
    before = edits.count()
    saved = editor.post(edit_url(practice), data_for(practice, title="Eerste pauze"), **JSON)
    revision_id = saved.json()["revision_id"]
    for title in ("Tweede pauze", "Derde pauze", "Vierde pauze"):
        editor.post(
            edit_url(practice),
            {**data_for(practice, title=title), "overwrite_revision_id": revision_id},
            **JSON,
        )
    assert edits.count() == before + 1
    assert edits.get(revision_id=revision_id).user.username == "redacteur"

    # A deliberate save makes a new revision and a history entry of its own.
    editor.post(edit_url(practice), data_for(practice, title="Bewust opgeslagen"))
    assert edits.count() == before + 2
