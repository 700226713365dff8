import pytest

from publications.models import Publication

pytestmark = pytest.mark.django_db


def test_demo_publications_have_their_bibliographic_data(demo):
    published = Publication.objects.published()
    assert published.count() == 4
    article = published.get(doi="10.54431/jsi.661")
    assert (article.journal, article.volume, article.issue, article.pages) == (
        "Journal of Social Intervention",
        "30",
        "3",
        "17-36",
    )
    assert [a.family_name for a in article.authors.all()] == ["Rijnders", "Manders", "Metz"]
    study = published.get(kind="literatuurstudie")
    assert study.year == 2020
    assert [a.family_name for a in study.authors.all()] == ["Mutsaers", "Demir"]
    assert study.title == "Handen ineen voor meer veerkracht bij jongeren"
    for publication in published:
        assert publication.document is not None
        assert publication.page_count == 1
        assert publication.chapters.filter(factors__isnull=False).exists()
    assert Publication.objects.filter(live=False).exists()


def test_demo_placeholder_pdf_says_it_is_a_placeholder(client, demo):
    import io

    from pypdf import PdfReader

    publication = Publication.objects.published().first()
    response = client.get(publication.document.url)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    text = PdfReader(io.BytesIO(body)).pages[0].extract_text()
    assert "PLAATSVERVANGER" in text
