import pytest

from publications.models import Publication

pytestmark = pytest.mark.django_db


def test_demo_publications_have_their_real_bibliographic_data(demo):
    published = Publication.objects.published()
    assert published.count() == 4
    assert not published.filter(is_fictional=True).exists()
    article = published.get(doi="10.54431/jsi.661")
    assert article.title == (
        "Werkzame elementen en randvoorwaarden in de samenwerking tussen jongerenwerk en "
        "scholen voor voortgezet onderwijs"
    )
    assert (article.journal, article.volume, article.issue, article.pages, article.licence) == (
        "Journal of Social Intervention: Theory and Practice",
        "30",
        "3",
        "17-36",
        "CC BY-NC-ND",
    )
    assert [a.family_name for a in article.authors.all()] == ["Rijnders", "Manders", "Metz"]
    assert (article.provenance, article.source_url) == ("bron", "https://doi.org/10.54431/jsi.661")
    sarti = published.get(doi="10.1007/s12451-019-00200-3")
    assert (sarti.journal, sarti.volume, sarti.issue, sarti.pages, sarti.year) == (
        "Jeugdbeleid",
        "13",
        "2",
        "83-91",
        2019,
    )
    assert [a.family_name for a in sarti.authors.all()] == ["Sarti", "Manders", "Metz"]
    study = published.get(kind="literatuurstudie")
    assert study.year == 2020
    assert [a.family_name for a in study.authors.all()] == ["Mutsaers", "Demir"]
    assert study.title == "Handen ineen voor meer veerkracht bij jongeren"
    assert Publication.objects.filter(live=False, is_fictional=True).exists()


def test_real_demo_publications_offer_no_file_and_no_invented_contents(demo):
    for publication in Publication.objects.filter(is_fictional=False):
        assert publication.document is None
        assert not publication.chapters.exists()
        assert not publication.key_lessons.exists()
        assert not publication.references.exists()


def test_the_article_page_shows_its_dutch_title_and_links_to_the_doi(client, demo):
    html = client.get("/publicaties/werkzame-elementen-en-randvoorwaarden-jongerenwerk-en-scholen/")
    html = html.content.decode()
    assert "Werkzame elementen en randvoorwaarden in de samenwerking" in html
    assert 'class="button" href="https://doi.org/10.54431/jsi.661"' in html
    assert "Naar de publicatie (DOI)" in html
    assert "plaatsvervanger" not in html.lower()


def test_a_publication_without_doi_links_to_the_publisher(client, demo):
    stappenplan = Publication.objects.get(kind="stappenplan")
    html = client.get(stappenplan.get_absolute_url()).content.decode()
    assert f'class="button" href="{stappenplan.external_url}"' in html
    assert "Bekijk bij de uitgever" in html
    listing = client.get("/publicaties/").content.decode()
    assert 'href="https://doi.org/10.1007/s12451-019-00200-3"' in listing
    assert "Download" not in listing
