"""The page count beside a publication's download follows the live document: a draft
that swaps the PDF neither reads the new file nor changes the count until it is published."""

import io

from django.core.files.base import ContentFile

from wagtail.actions.edit import EditAction
from wagtail.documents import get_document_model

import pytest
from pypdf import PdfWriter

import publications.models
from tests.factories.publications import PublicationFactory

pytestmark = pytest.mark.django_db


def pdf_document(title, pages):
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    document = get_document_model()(title=title)
    document.file.save(f"{title.lower()}.pdf", ContentFile(buffer.getvalue()), save=False)
    document._set_document_file_metadata()
    document.save()
    return document


def test_a_draft_with_another_pdf_keeps_the_live_page_count(client, monkeypatch):
    live_pdf, draft_pdf = pdf_document("Rapport", 2), pdf_document("Concept", 5)
    publication = PublicationFactory(title="Handen ineen", slug="handen-ineen", document=live_pdf)
    assert publication.page_count == 2
    read = []
    counting = publications.models.pdf_page_count

    def recording(document):
        read.append(document)
        return counting(document)

    monkeypatch.setattr(publications.models, "pdf_page_count", recording)

    publication.document = draft_pdf
    EditAction(publication, user=None).execute(skip_permission_checks=True)
    assert draft_pdf not in read
    publication.refresh_from_db()
    assert publication.has_unpublished_changes
    assert (publication.document, publication.page_count) == (live_pdf, 2)
    assert "2 pagina's" in client.get("/publicaties/handen-ineen/").content.decode()

    publication.get_latest_revision().publish()
    publication.refresh_from_db()
    assert (publication.document, publication.page_count) == (draft_pdf, 5)
    assert "5 pagina's" in client.get("/publicaties/handen-ineen/").content.decode()
