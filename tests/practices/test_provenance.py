"""Provenance of practices on every channel: the 'Fictief voorbeeld' label on a fictional
practice, the source line on a real one, and no structured data or review date for an
invented example."""

import csv
import datetime
import io
import xml.etree.ElementTree as ET

from django.core.exceptions import ValidationError
from django.urls import reverse

import pytest
from openpyxl import load_workbook

from practices.models import Practice
from tests.factories.practices import PracticeFactory
from tests.labels import FEED_PREFIX, LABEL_HTML, labelled
from tests.practices.test_admin import admin_client, form_data  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"
CHECKED = datetime.date(2026, 1, 5)


@pytest.fixture
def pair(vocab):
    """A real practice with a public source, a fictional one and a fictional draft; all
    share a factor and a topic, so each shows up beside the others."""
    shared = {"factors": [vocab["factor"]], "tags": ["wijk"], "school_types": [vocab["havo"]]}
    records = {
        "real": PracticeFactory(
            title="Echt pauzeteam",
            provenance="bron",
            source_url="https://www.example.nl/verslag",
            source_checked=CHECKED,
            last_reviewed=datetime.date(2026, 2, 1),
            **shared,
        ),
        "fictional": PracticeFactory(title="Verzonnen pauzeteam", is_fictional=True, **shared),
        "draft": PracticeFactory(
            title="Verzonnen concept", is_fictional=True, live=False, **shared
        ),
    }
    # A review date that slipped in past validation (a bulk import): never shown.
    Practice.objects.filter(pk=records["fictional"].pk).update(
        last_reviewed=datetime.date(2026, 2, 2)
    )
    return records


def test_list_card_labels_the_fictional_practice_only(client, pair):
    html = client.get("/praktijkvoorbeelden/").content.decode()
    assert labelled(html, "Verzonnen pauzeteam")
    assert not labelled(html, "Echt pauzeteam")
    assert html.count(LABEL_HTML) == 1
    assert "Verzonnen concept" not in html


def test_detail_of_a_fictional_practice_says_so_without_structured_data_or_review_date(
    client, pair
):
    html = client.get(pair["fictional"].get_absolute_url()).content.decode()
    assert 'class="provenance provenance--fictional"' in html
    assert LABEL_HTML in html
    assert "application/ld+json" not in html
    assert "Laatst gecontroleerd" not in html


def test_detail_of_a_real_practice_names_its_source_and_keeps_its_structured_data(client, pair):
    html = client.get(pair["real"].get_absolute_url()).content.decode()
    assert 'Bron: <a href="https://www.example.nl/verslag" rel="noopener">example.nl</a>' in html
    assert "(nagekeken op 5 januari 2026)" in html
    assert "application/ld+json" in html and '"dateModified": "2026-02-01"' in html
    assert "Laatst gecontroleerd" in html
    # The related block lists the fictional one, with its label.
    related = html.split('id="related-heading"')[1]
    assert labelled(related, "Verzonnen pauzeteam")
    assert "Verzonnen concept" not in html


def test_a_practice_from_the_form_says_it_was_submitted_by_the_practice(client, vocab):
    practice = PracticeFactory(title="Aangemeld voorbeeld", provenance="praktijk")
    html = client.get(practice.get_absolute_url()).content.decode()
    assert "Herkomst: aangemeld door de praktijk" in html
    assert LABEL_HTML not in html


def test_compare_labels_the_fictional_practice(client, pair):
    ids = f"{pair['real'].pk},{pair['fictional'].pk}"
    html = client.get("/praktijkvoorbeelden/vergelijk/", {"ids": ids}).content.decode()
    assert labelled(html, "Verzonnen pauzeteam")
    assert not labelled(html, "Echt pauzeteam")


def entry_titles(response):
    root = ET.fromstring(response.content)
    return [entry.find(f"{ATOM}title").text for entry in root.iter(f"{ATOM}entry")]


@pytest.mark.parametrize("params", [{}, {"onderwerp": "wijk"}, {"schooltype": "havo"}])
def test_every_feed_selection_prefixes_the_fictional_entry(client, pair, params):
    titles = entry_titles(client.get("/praktijkvoorbeelden/feed/", params))
    assert sorted(titles) == ["Echt pauzeteam", f"{FEED_PREFIX}Verzonnen pauzeteam"]


def csv_rows(response):
    body = b"".join(response.streaming_content).decode("utf-8").lstrip("\ufeff")
    header, *rows = list(csv.reader(io.StringIO(body), delimiter=";"))
    return [dict(zip(header, row, strict=True)) for row in rows]


def test_csv_export_has_the_fictional_flag_and_provenance(client, pair):
    rows = {row["titel"]: row for row in csv_rows(client.get("/praktijkvoorbeelden/export.csv"))}
    assert set(rows) == {"Echt pauzeteam", "Verzonnen pauzeteam"}
    real, fictional = rows["Echt pauzeteam"], rows["Verzonnen pauzeteam"]
    assert (real["fictief voorbeeld"], fictional["fictief voorbeeld"]) == ("nee", "ja")
    assert real["herkomst"] == "openbare bron" and fictional["herkomst"] == "redactie"
    assert real["bron"] == "https://www.example.nl/verslag"
    assert real["bron nagekeken op"] == "2026-01-05" and fictional["bron nagekeken op"] == ""
    assert real["laatst gecontroleerd"] == "2026-02-01"
    assert fictional["laatst gecontroleerd"] == ""


def test_xlsx_export_has_the_fictional_flag(client, pair):
    response = client.get("/praktijkvoorbeelden/export.xlsx")
    sheet = load_workbook(io.BytesIO(response.content)).active
    header, *rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    flag = header.index("fictief voorbeeld")
    assert {row[0]: row[flag] for row in rows} == {
        "Echt pauzeteam": "nee",
        "Verzonnen pauzeteam": "ja",
    }
    assert "herkomst" in header and "bron nagekeken op" in header


def test_a_fictional_practice_cannot_get_a_review_date(vocab):
    practice = PracticeFactory.build(is_fictional=True, last_reviewed=datetime.date(2026, 1, 1))
    with pytest.raises(ValidationError) as error:
        practice.clean()
    assert "geen datum 'laatst gecontroleerd'" in str(error.value.message_dict["last_reviewed"])


def test_admin_refuses_a_review_date_on_a_fictional_practice_in_dutch(admin_client, vocab):  # noqa: F811
    practice = PracticeFactory(title="Bestaand")
    url = reverse("wagtailsnippets_practices_practice:edit", args=[practice.pk])
    html = admin_client.get(url).content.decode()
    assert "Herkomst" in html and "Fictief voorbeeld" in html
    response = admin_client.post(
        url,
        form_data(
            vocab,
            title="Bestaand",
            slug=practice.slug,
            is_fictional="on",
            provenance="redactie",
            last_reviewed="2026-01-01",
        ),
    )
    assert response.status_code == 200
    assert "Een fictief voorbeeld krijgt geen datum" in response.content.decode()
    assert Practice.objects.get(pk=practice.pk).is_fictional is False


def test_admin_refuses_a_public_source_without_an_address_in_dutch(admin_client, vocab):  # noqa: F811
    practice = PracticeFactory(title="Bestaand")
    url = reverse("wagtailsnippets_practices_practice:edit", args=[practice.pk])
    response = admin_client.post(
        url, form_data(vocab, title="Bestaand", slug=practice.slug, provenance="bron")
    )
    assert response.status_code == 200
    assert "Vul het webadres van de bron in." in response.content.decode()
