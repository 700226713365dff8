"""The public submission form: valid, invalid, spam, rate limit, uploads, CSRF; what it
creates is a draft in review, never public."""

import io
import zipfile

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from wagtail.documents import get_document_model
from wagtail.models import WorkflowState

import pytest

from jos_portal.taxonomy.models import Municipality, SchoolType
from practices.models import Practice, Source
from practices.submission import plain_text_to_html

pytestmark = pytest.mark.django_db

URL = "/praktijkvoorbeelden/aanmelden/"


@pytest.fixture
def moderator(db):
    user = get_user_model().objects.create_user(
        "eindredactie", "eindredactie@example.nl", "Een-lang-wachtwoord-2026"
    )
    user.groups.add(Group.objects.get(name="Eindredacteur"))
    return user


def valid_data(**overrides):
    data = {
        "title": "Buurtvaders op het schoolplein",
        "summary": "Jongerenwerk en vaders uit de wijk staan samen op het plein.",
        "goal": "Minder conflicten in de pauze.",
        "approach": "Elke dinsdag lopen twee jongerenwerkers mee.\n\nDe mentor sluit aan.",
        "results": "",
        "collaboration_type": "vanuit-de-wijk",
        "stage": "lopend",
        "school_types": [SchoolType.objects.get(slug="havo").pk],
        "municipality": Municipality.objects.get(code="GM0855").pk,
        "organisations": "Dalton College\nJongerenwerk Tilburg",
        "contact_name": "Sanne de Vries",
        "contact_email": "sanne@example.nl",
        "contact_organisation": "Jongerenwerk Tilburg",
        "contact_role": "",
        "contact_phone": "",
        "consent": "on",
        "website": "",
    }
    data.update(overrides)
    return data


def test_form_shows_labelled_fields_and_the_consent(client):
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="csrfmiddlewaretoken"' in html
    assert '<label for="id_title">' in html and '<label for="id_consent">' in html
    assert "toestemming" in html
    assert 'enctype="multipart/form-data"' in html


def test_valid_submission_creates_a_draft_in_review_and_sends_mail(client, moderator):
    response = client.post(URL, valid_data())
    assert response.status_code == 302
    assert response.url == "/praktijkvoorbeelden/aanmelden/bedankt/"
    thanks = client.get(response.url).content.decode()
    assert "Wat gebeurt er nu?" in thanks

    practice = Practice.objects.get()
    assert practice.live is False and practice.source == Source.PUBLIC_FORM
    assert practice.slug == "buurtvaders-op-het-schoolplein"
    assert practice.submitted_at is not None
    assert practice.contact_consent is False  # not ticked: contact details stay hidden
    assert practice.submitted_organisations == "Dalton College\nJongerenwerk Tilburg"
    assert practice.approach == (
        "<p>Elke dinsdag lopen twee jongerenwerkers mee.</p><p>De mentor sluit aan.</p>"
    )
    assert practice.revisions.count() == 1
    state = practice.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by is None

    # Never public while in review.
    assert client.get(practice.get_absolute_url()).status_code == 404
    assert "Buurtvaders" not in client.get("/praktijkvoorbeelden/").content.decode()

    # The moderators hear of it through Wagtail's workflow mail; the submitter gets a receipt.
    to = {message.to[0]: message for message in mail.outbox}
    assert set(to) == {"eindredactie@example.nl", "sanne@example.nl"}
    assert "Buurtvaders op het schoolplein" in to["sanne@example.nl"].body
    assert "Beste Sanne de Vries" in to["sanne@example.nl"].body


def test_html_is_never_taken_over():
    html = plain_text_to_html('<script>alert("x")</script>\nregel twee\n\n<b>vet</b>')
    assert html == (
        "<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;<br/>regel twee</p>"
        "<p>&lt;b&gt;vet&lt;/b&gt;</p>"
    )


def test_invalid_submission_shows_dutch_errors_next_to_fields_and_keeps_input(client):
    data = valid_data(title="", consent="", contact_email="geen-adres", school_types=[])
    response = client.post(URL, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Nog niet verstuurd" in html
    assert 'id="id_title_error"' in html and "Dit is een verplicht veld." in html
    assert "Zonder je toestemming kunnen we de aanmelding niet verwerken." in html
    assert "Kies ten minste één schooltype." in html
    assert 'aria-describedby="id_contact_email_error"' in html
    # What the person typed is still there.
    assert "Jongerenwerk en vaders uit de wijk staan samen op het plein." in html
    assert 'value="geen-adres"' in html
    assert not Practice.objects.exists()
    assert mail.outbox == []


def test_too_long_summary_is_refused(client):
    response = client.post(URL, valid_data(summary="x" * 301))
    assert "niet meer dan 300 tekens" in response.content.decode()
    assert not Practice.objects.exists()


def test_honeypot_filled_in_stores_nothing_and_sends_nothing(client):
    response = client.post(URL, valid_data(website="http://spam.example"))
    assert response.status_code == 302
    assert not Practice.objects.exists()
    assert mail.outbox == []


def test_a_flood_from_one_address_is_throttled_with_429(client, settings):
    settings.SUBMISSION_RATE_LIMIT = 2
    for n in range(2):
        assert client.post(URL, valid_data(title=f"Voorbeeld {n}")).status_code == 302
    response = client.post(URL, valid_data(title="Nummer drie"))
    assert response.status_code == 429
    html = response.content.decode()
    assert "Nog niet verstuurd: even wachten" in html
    assert 'value="Nummer drie"' in html  # the form comes back filled in
    assert Practice.objects.count() == 2
    # Another address is not affected.
    other = Client(REMOTE_ADDR="10.0.0.9")
    assert other.post(URL, valid_data(title="Ander adres")).status_code == 302


def test_csrf_is_required():
    response = Client(enforce_csrf_checks=True).post(URL, valid_data())
    assert response.status_code == 403
    assert not Practice.objects.exists()


def pdf(name="verslag.pdf", size=None):
    body = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    if size:
        body += b"0" * (size - len(body))
    return SimpleUploadedFile(name, body, content_type="application/pdf")


def docx(name="verslag.docx"):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="application/octet-stream")


@pytest.mark.parametrize("make", [pdf, docx])
def test_pdf_and_docx_attachments_are_stored_for_moderators_only(client, make):
    response = client.post(URL, valid_data(attachment=make()))
    assert response.status_code == 302
    practice = Practice.objects.get()
    document = practice.documents.get().document
    assert document.collection.name == "Aanmeldingen praktijkvoorbeelden"
    assert document.collection.get_view_restrictions().exists()
    # Not downloadable for visitors (tests/accounts/test_media_and_locks.py: nor for
    # anyone but the moderators).
    assert client.get(document.url).status_code == 404
    document.file.delete(save=False)


@pytest.mark.parametrize(
    "upload,message",
    [
        (SimpleUploadedFile("verslag.pdf", b"MZ\x90\x00 not a pdf"), "Alleen een PDF"),
        (SimpleUploadedFile("virus.exe", b"%PDF-1.4 sneaky"), "Alleen een PDF"),
        (SimpleUploadedFile("kapot.docx", b"PK\x03\x04broken"), "Alleen een PDF"),
        ("big", "te groot"),
    ],
)
def test_wrong_or_oversized_uploads_are_refused(client, settings, upload, message):
    settings.SUBMISSION_MAX_ATTACHMENT_BYTES = 1024 * 1024
    if upload == "big":
        upload = pdf(size=1024 * 1024 + 1)
    response = client.post(URL, valid_data(attachment=upload))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Practice.objects.exists()
    assert not get_document_model().objects.exists()


def test_only_get_and_post(client):
    assert client.put(URL).status_code == 405


def test_moderator_sees_the_submission_in_the_admin_editor(client, moderator):
    client.post(URL, valid_data())
    practice = Practice.objects.get()
    admin = Client()
    admin.force_login(moderator)
    response = admin.get(f"/admin/snippets/practices/practice/edit/{practice.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "aanmeldformulier" in html  # the read-only source
    assert "Dalton College" in html  # the organisations as the submitter gave them
    assert "Goedkeuren" in html  # the review action is offered to the moderator
