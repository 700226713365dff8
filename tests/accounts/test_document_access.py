"""Which documents download for whom (jos_portal/accounts/documents.py): per record type
that can hold a document, a draft's file is a 404 like the draft, the published record's
file downloads, an unpublished record's file is a 404 again. Private files reach only
those who may have them, marked noindex and never cached."""

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.test import Client

from wagtail.documents import get_document_model
from wagtail.models import Collection, PageViewRestriction

import pytest

from jos_portal.accounts.documents import document_is_public
from tests.factories.events import EventIndexPageFactory, EventPageFactory, local
from tests.factories.practices import PracticeFactory
from tests.factories.publications import PublicationFactory
from tests.factories.stories import StoryIndexPageFactory, StoryPageFactory, site_home
from tests.factories.workshops import SessionFactory

pytestmark = pytest.mark.django_db

Document = get_document_model()


@pytest.fixture
def make_document():
    made = []

    def make(title="Verslag", collection=None, uploaded_by_user=None, name="verslag.pdf"):
        document = Document(
            title=title,
            collection=collection or Collection.get_first_root_node(),
            uploaded_by_user=uploaded_by_user,
        )
        document.file.save(name, ContentFile(b"%PDF-1.4 geheim"), save=False)
        document.save()
        made.append(document)
        return document

    yield make
    for document in made:
        document.file.delete(save=False)


def downloads(client, document):
    return client.get(document.url).status_code == 200


def document_link(document):
    return f'<p><a linktype="document" id="{document.pk}">het verslag</a></p>'


# One builder per place a document can sit: (make a draft that uses it) -> record.
def practice_with_document_list(document):
    from practices.models import PracticeDocument

    return PracticeFactory(live=False, documents=[PracticeDocument(document=document)])


def practice_with_link_in_text(document):
    return PracticeFactory(live=False, approach=document_link(document))


def session_with_report(document):
    from workshops.models import SessionDocument

    return SessionFactory(live=False, documents=[SessionDocument(document=document)])


def publication_with_pdf(document):
    return PublicationFactory(live=False, document=document)


def event_with_materials(document):
    from jos_portal.events.models import EventDocument

    index = EventIndexPageFactory()
    return EventPageFactory(
        parent=index,
        live=False,
        start=local(2020, 5, 1, 14),
        materials=[EventDocument(document=document)],
    )


def content_page_with_block(document):
    from jos_portal.core.models import ContentPage

    page = ContentPage(
        title="Over JOS",
        slug="over-jos-test",
        intro="Inleiding.",
        body=[("document", {"document": document, "title": ""})],
        live=False,
    )
    site_home().add_child(instance=page)
    page.save_revision()
    return page


def story_with_link_in_block(document):
    stories = StoryIndexPageFactory()
    return StoryPageFactory(
        parent=stories,
        live=False,
        body=[("paragraph", document_link(document))],
    )


def publish(record):
    record.refresh_from_db()
    record.get_latest_revision().publish()


def unpublish(record):
    record.refresh_from_db()
    record.unpublish()


@pytest.mark.parametrize(
    "build",
    [
        practice_with_document_list,
        practice_with_link_in_text,
        session_with_report,
        publication_with_pdf,
        event_with_materials,
        content_page_with_block,
        story_with_link_in_block,
    ],
)
def test_a_file_downloads_only_while_its_record_is_published(client, make_document, build):
    document = make_document()
    record = build(document)
    assert not downloads(client, document)
    assert client.get(document.url).status_code == 404
    publish(record)
    assert downloads(client, document)
    unpublish(record)
    assert client.get(document.url).status_code == 404


def test_a_file_nobody_uses_is_private_unless_in_a_public_collection(client, make_document):
    loose = make_document("Los bestand")
    assert client.get(loose.url).status_code == 404
    public = Collection.get_first_root_node().add_child(name="Openbare documenten")
    shared = make_document("Nieuwsbrief", collection=public)
    assert downloads(client, shared)
    assert "X-Robots-Tag" not in client.get(shared.url)


def test_a_draft_revision_neither_publishes_nor_withdraws_a_file(client, make_document):
    old, new = make_document("Oud"), make_document("Nieuw", name="nieuw.pdf")
    publication = PublicationFactory(document=old)
    publication.document = new
    publication.save_revision()  # a draft: the live version still has the old file
    assert downloads(client, old)
    assert client.get(new.url).status_code == 404


def test_a_file_also_used_by_a_draft_stays_public_with_its_live_record(client, make_document):
    document = make_document()
    PublicationFactory(document=document)
    publication_with_pdf(document)
    assert downloads(client, document)


def test_a_file_of_a_password_protected_page_downloads_after_the_password(client, make_document):
    document = make_document()
    page = content_page_with_block(document)
    publish(page)
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    assert not document_is_public(document)
    assert client.get(document.url).status_code == 404
    client.post(
        f"/_util/authenticate_with_password/{restriction.pk}/{page.pk}/",
        {"password": "geheim", "return_url": page.url},
    )
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]


@pytest.mark.parametrize(
    "role,allowed",
    [
        ("redacteur", True),
        ("eindredacteur", True),
        ("bijdrager", True),
        ("beheerder", False),
        ("anoniem", False),
    ],
)
def test_a_drafts_file_reaches_editors_only_and_marked_private(
    clients, make_document, role, allowed
):
    document = make_document()
    practice_with_document_list(document)
    response = clients[role].get(document.url)
    if not allowed:
        assert response.status_code == 404
        return
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 geheim"
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert "private" in response["Cache-Control"]


def test_an_account_without_document_rights_gets_a_404(make_document):
    document = make_document()
    practice_with_document_list(document)
    client = Client()
    client.force_login(get_user_model().objects.create_user("lezer", "l@example.nl", "x"))
    assert client.get(document.url).status_code == 404


def test_old_public_links_of_a_live_record_keep_working(client, make_document):
    """Regression guard: a published practice's documents are linked and download."""
    from practices.models import PracticeDocument

    document = make_document("Werkplan")
    practice = PracticeFactory(documents=[PracticeDocument(document=document)])
    html = client.get(practice.get_absolute_url()).content.decode()
    assert document.url in html
    assert downloads(client, document)
    assert "X-Robots-Tag" not in client.get(document.url)
