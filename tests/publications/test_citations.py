"""Citation formats checked against hand-written expected strings."""

import datetime

import pytest

from publications import citations
from publications.models import Author, Publication


def report():
    publication = Publication(
        title="Handen ineen voor meer veerkracht bij jongeren",
        subtitle="Preventie van radicalisering en polarisatie",
        slug="handen-ineen",
        kind="literatuurstudie",
        year=2020,
        publisher="Platform JEP",
        commissioned_by="Platform JEP",
        language="nl",
    )
    authors = [
        Author(given_names="Paul", family_name="Mutsaers", affiliation="Fontys Hogeschool"),
        Author(given_names="Sibel", family_name="Demir", affiliation="ContourdeTwern"),
    ]
    return publication, authors


def article():
    publication = Publication(
        title="Samenwerking tussen jongerenwerk en school",
        slug="artikel",
        kind="artikel",
        year=2021,
        journal="Journal of Social Intervention",
        volume="30",
        issue="3",
        pages="17-36",
        doi="10.54431/jsi.661",
        language="en",
    )
    authors = [
        Author(given_names="Jan Willem", particle="van der", family_name="Berg"),
        Author(given_names="Anne-Marie", family_name="Çelik"),
        Author(given_names="", family_name="Metz"),
    ]
    return publication, authors


def test_apa_for_a_report_without_doi():
    assert citations.apa_text(*report()) == (
        "Mutsaers, P., & Demir, S. (2020). Handen ineen voor meer veerkracht bij jongeren: "
        "Preventie van radicalisering en polarisatie. Platform JEP."
    )
    html = str(citations.apa_html(*report()))
    assert "<i>Handen ineen voor meer veerkracht bij jongeren: Preventie" in html


def test_apa_for_an_article_with_particles_diacritics_and_doi():
    assert citations.apa_text(*article()) == (
        "van der Berg, J. W., Çelik, A.-M., & Metz (2021). Samenwerking tussen jongerenwerk en "
        "school. Journal of Social Intervention, 30(3), 17–36. https://doi.org/10.54431/jsi.661"
    )
    html = str(citations.apa_html(*article()))
    assert "<i>Journal of Social Intervention, 30</i>(3), 17–36." in html
    assert '<a href="https://doi.org/10.54431/jsi.661">' in html


def test_apa_for_an_organisation_as_author_does_not_repeat_the_publisher():
    publication = Publication(
        title="Stappenplan", kind="stappenplan", year=2021, publisher="Platform JEP", slug="s"
    )
    authors = [Author(family_name="Platform JEP", is_organisation=True)]
    assert citations.apa_text(publication, authors) == "Platform JEP (2021). Stappenplan."


def test_bibtex_for_a_report():
    assert citations.bibtex(*report()) == (
        "@techreport{mutsaers2020handen,\n"
        "  author = {Mutsaers, Paul and Demir, Sibel},\n"
        "  title = {{Handen ineen voor meer veerkracht bij jongeren: Preventie van radicalisering "
        "en polarisatie}},\n"
        "  year = {2020},\n"
        "  institution = {Platform JEP},\n"
        "  note = {In opdracht van Platform JEP},\n"
        "  language = {dutch},\n"
        "}\n"
    )


def test_bibtex_for_an_article_escapes_and_keeps_particles():
    publication, authors = article()
    publication.title = "Jongeren & school: 100% samen"
    assert citations.bibtex(publication, authors) == (
        "@article{berg2021jongeren,\n"
        "  author = {van der Berg, Jan Willem and Çelik, Anne-Marie and Metz},\n"
        "  title = {{Jongeren \\& school: 100\\% samen}},\n"
        "  year = {2021},\n"
        "  journal = {Journal of Social Intervention},\n"
        "  volume = {30},\n"
        "  number = {3},\n"
        "  pages = {17--36},\n"
        "  doi = {10.54431/jsi.661},\n"
        "  language = {english},\n"
        "}\n"
    )


@pytest.mark.django_db
def test_ris_for_an_article():
    publication, authors = article()
    publication.publication_date = datetime.date(2021, 12, 1)
    publication.save()
    assert citations.ris(publication, authors, "Een samenvatting.") == (
        "TY  - JOUR\r\n"
        "AU  - van der Berg, Jan Willem\r\n"
        "AU  - Çelik, Anne-Marie\r\n"
        "AU  - Metz\r\n"
        "TI  - Samenwerking tussen jongerenwerk en school\r\n"
        "PY  - 2021\r\n"
        "DA  - 2021/12/01\r\n"
        "T2  - Journal of Social Intervention\r\n"
        "VL  - 30\r\n"
        "IS  - 3\r\n"
        "SP  - 17\r\n"
        "EP  - 36\r\n"
        "DO  - 10.54431/jsi.661\r\n"
        "UR  - https://doi.org/10.54431/jsi.661\r\n"
        "LA  - en\r\n"
        "AB  - Een samenvatting.\r\n"
        "ER  - \r\n"
    )


def test_highwire_tags_for_an_article():
    tags = citations.highwire_tags(*article(), pdf_url="https://jos.example.nl/doc.pdf")
    assert ("citation_author", "van der Berg, Jan Willem") in tags
    assert ("citation_journal_title", "Journal of Social Intervention") in tags
    assert ("citation_firstpage", "17") in tags and ("citation_lastpage", "36") in tags
    assert ("citation_doi", "10.54431/jsi.661") in tags
    assert ("citation_publication_date", "2021") in tags
    assert ("citation_pdf_url", "https://jos.example.nl/doc.pdf") in tags
