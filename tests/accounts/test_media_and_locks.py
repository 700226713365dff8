"""Attachments of submissions are for moderators only; a contributor cannot change a file
that published content uses; only those who may publish lock records, and the data
migration cleans up what the first role migration allowed."""

import importlib

from django.apps import apps as django_apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

import pytest

from practices.models import Practice
from tests.factories.practices import PracticeFactory
from tests.factories.publications import PublicationFactory
from tests.practices.test_submission import pdf, valid_data

pytestmark = pytest.mark.django_db

Document = get_document_model()
migration = importlib.import_module("jos_portal.accounts.migrations.0002_role_matrix")


@pytest.fixture
def submitted(client):
    """A public submission with an attachment, approved and published by a moderator."""
    response = client.post("/praktijkvoorbeelden/aanmelden/", valid_data(attachment=pdf()))
    assert response.status_code == 302
    practice = Practice.objects.get()
    document = practice.documents.get().document
    yield practice, document
    document.file.delete(save=False)


def publish(practice):
    practice.refresh_from_db()
    practice.get_latest_revision().publish()


def test_the_attachment_collection_is_restricted_to_moderators(submitted):
    _practice, document = submitted
    restriction = document.collection.get_view_restrictions().get()
    assert restriction.restriction_type == CollectionViewRestriction.GROUPS
    assert list(restriction.groups.values_list("name", flat=True)) == ["Eindredacteur"]


@pytest.mark.parametrize(
    "role,allowed",
    [
        ("anoniem", False),
        ("bijdrager", False),
        ("redacteur", False),
        ("beheerder", False),
        ("eindredacteur", True),
    ],
)
def test_only_moderators_download_an_attachment(clients, submitted, role, allowed):
    _practice, document = submitted
    response = clients[role].get(document.url)
    assert response.status_code == (200 if allowed else 404)
    if allowed:
        assert response["X-Robots-Tag"] == "noindex, nofollow"


def test_any_other_account_gets_a_404_not_the_file(submitted):
    _practice, document = submitted
    client = Client()
    client.force_login(get_user_model().objects.create_user("iemand", "i@example.nl", "x"))
    assert client.get(document.url).status_code == 404


@pytest.mark.parametrize("role", ["bijdrager", "redacteur"])
def test_others_do_not_see_attachments_in_the_admin(clients, submitted, role):
    _practice, document = submitted
    client = clients[role]
    listing = client.get(reverse("wagtaildocs:index")).content.decode()
    assert "Bijlage bij aanmelding" not in listing
    chooser = client.get(reverse("wagtaildocs_chooser:choose")).content.decode()
    assert "Bijlage bij aanmelding" not in chooser
    response = client.get(reverse("wagtaildocs:edit", args=[document.pk]))
    assert response.status_code in (302, 403)
    assert "Bijlage bij aanmelding" not in client.get("/admin/", follow=True).content.decode()


def test_moderators_see_attachments_in_the_admin(clients, submitted):
    _practice, document = submitted
    listing = clients["eindredacteur"].get(reverse("wagtaildocs:index")).content.decode()
    assert "Bijlage bij aanmelding" in listing
    response = clients["eindredacteur"].get(reverse("wagtaildocs:edit", args=[document.pk]))
    assert response.status_code == 200


def test_the_published_practice_never_links_the_attachment(client, submitted):
    practice, document = submitted
    publish(practice)
    html = client.get(practice.get_absolute_url()).content.decode()
    assert practice.title in html
    assert "Bijlage van de aanmelder" not in html
    assert document.url not in html
    assert client.get(document.url).status_code == 404


def pdf_upload(content=b"%PDF-1.4 vervangen"):
    return SimpleUploadedFile("vervangen.pdf", content, content_type="application/pdf")


def edit_document(client, document):
    return client.post(
        reverse("wagtaildocs:edit", args=[document.pk]),
        {
            "title": document.title,
            "file": pdf_upload(),
            "collection": document.collection_id,
            "tags": "",
        },
    )


@pytest.fixture
def live_pdf(users):
    """The PDF of a published publication, uploaded by the contributor."""
    document = Document(
        title="Rapport",
        collection=Collection.get_first_root_node(),
        uploaded_by_user=users["bijdrager"],
    )
    document.file.save("rapport.pdf", ContentFile(b"%PDF-1.4 origineel"), save=False)
    document.save()
    PublicationFactory(document=document)
    yield document
    Document.objects.get(pk=document.pk).file.delete(save=False)


def file_bytes(document):
    document = Document.objects.get(pk=document.pk)
    with document.file.open("rb") as handle:
        return handle.read()


def test_a_contributor_cannot_replace_the_file_of_a_live_publication(clients, live_pdf):
    """Not even the file they uploaded themselves, once published content uses it."""
    edit_document(clients["bijdrager"], live_pdf)
    assert file_bytes(live_pdf) == b"%PDF-1.4 origineel"
    assert clients["anoniem"].get(live_pdf.url).status_code == 200
    clients["bijdrager"].post(reverse("wagtaildocs:delete", args=[live_pdf.pk]))
    assert Document.objects.filter(pk=live_pdf.pk).exists()


def test_a_contributor_cannot_replace_someone_elses_file(clients, users, make_document_of):
    document = make_document_of(None)
    edit_document(clients["bijdrager"], document)
    assert file_bytes(document) == b"%PDF-1.4 origineel"


def test_a_contributor_still_edits_an_unused_upload_of_their_own(clients, users, make_document_of):
    document = make_document_of(users["bijdrager"])
    response = edit_document(clients["bijdrager"], document)
    assert response.status_code == 302
    assert file_bytes(document) == b"%PDF-1.4 vervangen"


def test_an_editor_may_replace_a_live_file(clients, live_pdf):
    """Editors publish anyway; the review is theirs."""
    response = edit_document(clients["redacteur"], live_pdf)
    assert response.status_code == 302
    assert file_bytes(live_pdf) == b"%PDF-1.4 vervangen"


@pytest.fixture
def make_document_of():
    made = []

    def make(owner):
        document = Document(
            title="Werkplan",
            collection=Collection.get_first_root_node(),
            uploaded_by_user=owner,
        )
        document.file.save("werkplan.pdf", ContentFile(b"%PDF-1.4 origineel"), save=False)
        document.save()
        made.append(document)
        return document

    yield make
    for document in made:
        Document.objects.get(pk=document.pk).file.delete(save=False)


def lock_url(practice):
    return reverse("wagtailsnippets_practices_practice:lock", args=[practice.pk])


def unlock_url(practice):
    return reverse("wagtailsnippets_practices_practice:unlock", args=[practice.pk])


def test_a_contributor_cannot_lock_a_record(clients):
    practice = PracticeFactory()
    clients["bijdrager"].post(lock_url(practice))
    practice.refresh_from_db()
    assert not practice.locked


def test_an_editors_lock_is_lifted_by_the_moderators(clients, users):
    practice = PracticeFactory()
    clients["redacteur"].post(lock_url(practice))
    practice.refresh_from_db()
    assert practice.locked and practice.locked_by == users["redacteur"]
    clients["eindredacteur"].post(unlock_url(practice))
    practice.refresh_from_db()
    assert not practice.locked


def test_the_migration_releases_locks_their_holders_may_no_longer_hold(users):
    stuck = PracticeFactory(title="Vergrendeld door een bijdrager")
    stuck.locked, stuck.locked_by = True, users["bijdrager"]
    stuck.save()
    kept = PracticeFactory(title="Vergrendeld door een redacteur")
    kept.locked, kept.locked_by = True, users["redacteur"]
    kept.save()
    migration.release_locks_nobody_may_hold(django_apps, None)
    stuck.refresh_from_db()
    kept.refresh_from_db()
    assert not stuck.locked and stuck.locked_by is None
    assert kept.locked


def test_the_migration_restricts_an_existing_login_only_collection():
    """Installs that already had submissions: the collection only asked for a login."""
    collection = Collection.get_first_root_node().add_child(name=migration.SUBMISSION_COLLECTION)
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    migration.restrict_submission_collection(django_apps, None)
    restriction = CollectionViewRestriction.objects.get(collection=collection)
    assert restriction.restriction_type == CollectionViewRestriction.GROUPS
    assert list(restriction.groups.all()) == [Group.objects.get(name="Eindredacteur")]
