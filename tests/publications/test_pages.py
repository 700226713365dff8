from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

import pytest

from jos_portal.taxonomy.models import Factor
from publications.models import Author, Publication
from tests.factories.publications import PublicationFactory

pytestmark = pytest.mark.django_db


def one_page_pdf(text):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "", 12)
    pdf.multi_cell(0, 7, text)
    return bytes(pdf.output())


@pytest.fixture
def pubs(db):
    factor = Factor.objects.create(
        name="Vaste contactpersoon", kind="randvoorwaarde", description="x"
    )
    document = get_document_model()(title="Rapport")
    pdf = one_page_pdf("Rapport")
    document.file.save("rapport.pdf", ContentFile(pdf), save=False)
    document._set_document_file_metadata()
    document.save()
    return {
        "report": PublicationFactory(
            title="Handen ineen",
            slug="handen-ineen",
            kind="literatuurstudie",
            year=2020,
            document=document,
            tags=["veerkracht"],
            chapters=[("Beleid", [factor])],
            authors=[
                Author(given_names="Paul", family_name="Mutsaers", affiliation="Fontys Hogeschool"),
                Author(given_names="Sibel", family_name="Demir", affiliation="ContourdeTwern"),
            ],
        ),
        "article": PublicationFactory(
            title="Zeven samenwerkingen",
            slug="zeven",
            kind="artikel",
            year=2021,
            journal="Journal of Social Intervention",
            volume="30",
            issue="3",
            pages="17-36",
            doi="10.54431/jsi.661",
        ),
        "draft": PublicationFactory(
            title="Geheime factsheet", slug="geheim", kind="factsheet", live=False
        ),
    }


def test_list_newest_first_with_filters_and_hides_drafts(client, pubs):
    response = client.get("/publicaties/")
    titles = [p.title for p in response.context["publications"]]
    assert titles == ["Zeven samenwerkingen", "Handen ineen"]
    html = response.content.decode()
    assert "Geheime factsheet" not in html
    assert "Paul Mutsaers &amp; Sibel Demir" in html
    assert "(PDF, " in html
    assert [
        p.title for p in client.get("/publicaties/", {"soort": "artikel"}).context["publications"]
    ] == ["Zeven samenwerkingen"]
    assert [
        p.title for p in client.get("/publicaties/", {"jaar": "2020"}).context["publications"]
    ] == ["Handen ineen"]
    assert [
        p.title
        for p in client.get("/publicaties/", {"onderwerp": "veerkracht"}).context["publications"]
    ] == ["Handen ineen"]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"soort": "roman"}, "Onbekende soort publicatie genegeerd."),
        ({"jaar": "abc"}, "Onbekend jaar genegeerd."),
        ({"onderwerp": "bestaat-niet"}, "Onbekend onderwerp genegeerd."),
    ],
)
def test_list_bad_filters_give_a_message(client, pubs, params, message):
    response = client.get("/publicaties/", params)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert client.get("/publicaties/", {"pagina": "99"}).status_code == 404


def test_detail_has_citation_block_meta_tags_and_structured_data(client, pubs):
    html = client.get("/publicaties/handen-ineen/").content.decode()
    assert "<h1>Handen ineen" in html
    assert "Fontys Hogeschool" in html
    assert '<meta name="citation_title" content="Handen ineen">' in html
    assert '<meta name="citation_author" content="Mutsaers, Paul">' in html
    assert '<meta name="citation_pdf_url" content="http://testserver/documenten/' in html
    assert '"@type": "Report"' in html
    assert "Mutsaers, P., &amp; Demir, S. (2020). <i>Handen ineen</i>." in html
    assert 'href="/factoren/vaste-contactpersoon/"' in html
    assert "1 pagina" in html
    article = client.get("/publicaties/zeven/").content.decode()
    assert '"@type": "ScholarlyArticle"' in article
    assert '<meta name="citation_doi" content="10.54431/jsi.661">' in article


def test_citation_downloads(client, pubs):
    bib = client.get("/publicaties/handen-ineen/citeer.bib")
    assert bib["Content-Type"].startswith("application/x-bibtex")
    assert bib["Content-Disposition"] == 'attachment; filename="handen-ineen.bib"'
    assert bib.content.decode().startswith("@techreport{mutsaers2020handen,")
    ris = client.get("/publicaties/zeven/citeer.ris")
    assert ris["Content-Disposition"] == 'attachment; filename="zeven.ris"'
    assert ris.content.decode().startswith("TY  - JOUR\r\n")


@pytest.mark.parametrize(
    "url",
    [
        "/publicaties/geheim/",
        "/publicaties/geheim/citeer.bib",
        "/publicaties/geheim/citeer.ris",
        "/publicaties/bestaat-niet/",
        "/publicaties/bestaat-niet/citeer.bib",
    ],
)
def test_drafts_and_unknown_slugs_are_404(client, pubs, url):
    assert client.get(url).status_code == 404


def test_document_is_served_with_type_and_download_name(client, pubs):
    document = pubs["report"].document
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "rapport" in response["Content-Disposition"]
    assert pubs["report"].page_count == 1


@pytest.fixture
def admin_client(client):
    client.force_login(get_user_model().objects.create_superuser("redactie", "r@example.nl", "pw"))
    return client


def test_document_upload_refuses_other_types_and_oversized_files(admin_client, settings):
    url = reverse("wagtaildocs:add")
    bad = SimpleUploadedFile("script.exe", b"MZ\x90\x00", content_type="application/octet-stream")
    response = admin_client.post(url, {"title": "Fout", "file": bad, "collection": 1})
    assert response.status_code == 200
    assert "Bestandsextensie ‘exe’ is niet toegestaan" in response.content.decode()
    assert not get_document_model().objects.filter(title="Fout").exists()
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1000
    big = SimpleUploadedFile("groot.pdf", b"%PDF-1.4" + b"0" * 2000, content_type="application/pdf")
    response = admin_client.post(url, {"title": "Groot", "file": big, "collection": 1})
    assert response.status_code == 200
    assert "te groot" in response.content.decode()
    assert not get_document_model().objects.filter(title="Groot").exists()


def test_create_and_publish_with_authors_and_chapters_in_the_admin(admin_client, client, pubs):
    factor = Factor.objects.get(name="Vaste contactpersoon")
    data = nested_form_data(
        {
            "title": "Nieuwe handreiking",
            "subtitle": "",
            "slug": "nieuwe-handreiking",
            "kind": "handreiking",
            "year": "2026",
            "summary": rich_text("<p>Samenvatting</p>"),
            "language": "nl",
            "authors": inline_formset(
                [
                    {"given_names": "Jan", "particle": "van der", "family_name": "Berg"},
                    {"family_name": "Platform JEP", "is_organisation": "on"},
                ],
                min=1,
            ),
            "key_lessons": inline_formset([{"text": "Begin klein."}]),
            "chapters": inline_formset([{"number": "1", "title": "Start"}]),
            "references": inline_formset([]),
            "tags": "samenwerking",
            "action-publish": "1",
        }
    )
    data["chapters-0-factors"] = [str(factor.pk)]  # a multiple choice: one key, many values
    response = admin_client.post(reverse("wagtailsnippets_publications_publication:add"), data)
    assert response.status_code == 302, response.content.decode()[:500]
    publication = Publication.objects.get(slug="nieuwe-handreiking")
    assert publication.live
    assert [a.display_name for a in publication.authors.all()] == [
        "Jan van der Berg",
        "Platform JEP",
    ]
    assert list(publication.chapters.get().factors.all()) == [factor]
    html = client.get("/publicaties/nieuwe-handreiking/").content.decode()
    assert "van der Berg, J., &amp; Platform JEP (2026)." in html


def test_preview_renders_the_public_template(admin_client, pubs):
    publication = pubs["report"]
    url = reverse("wagtailsnippets_publications_publication:preview_on_edit", args=[publication.pk])
    authors = list(publication.authors.all())
    data = nested_form_data(
        {
            "title": "Titel in preview",
            "subtitle": "",
            "slug": publication.slug,
            "kind": "literatuurstudie",
            "year": "2020",
            "summary": rich_text("<p>Samenvatting</p>"),
            "language": "nl",
            "authors": inline_formset(
                [
                    {"id": a.pk, "given_names": a.given_names, "family_name": a.family_name}
                    for a in authors
                ],
                initial=len(authors),
                min=1,
            ),
            "key_lessons": inline_formset([]),
            "chapters": inline_formset([]),
            "references": inline_formset([]),
            "tags": "",
        }
    )
    assert admin_client.post(url, data).json()["is_valid"] is True
    html = admin_client.get(url).content.decode()
    assert "<h1>Titel in preview" in html
    assert "Mutsaers, P., &amp; Demir, S. (2020)." in html
