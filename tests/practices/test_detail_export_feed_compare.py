import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest
from openpyxl import load_workbook

from tests.factories.practices import PracticeFactory

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def test_detail_shows_the_practice_with_links_and_structured_data(client, practices):
    practice = practices["tilburg_havo"]
    response = client.get(f"/praktijkvoorbeelden/{practice.slug}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Pauzeteam Tilburg</h1>" in html
    assert "Tilburg (Noord-Brabant)" in html and "Goirle" in html
    assert "/factoren/vaste-contactpersoon/" in html
    assert "?onderwerp=polarisatie" in html
    assert '<meta property="og:title" content="Pauzeteam Tilburg">' in html
    data = json.loads(html.split('<script type="application/ld+json">')[1].split("</script>")[0])
    assert data["@type"] == "CreativeWork"
    assert data["spatialCoverage"]["name"] == "Tilburg"
    # Related: shares the factor and topic.
    assert "Dialoog in de klas" in html.split('id="related-heading"')[1]
    assert "Geheim concept" not in html


def test_draft_detail_is_a_404(client, practices):
    assert client.get(f"/praktijkvoorbeelden/{practices['draft'].slug}/").status_code == 404
    assert client.get("/praktijkvoorbeelden/bestaat-niet/").status_code == 404


def test_contact_details_only_with_consent(client, vocab):
    without = PracticeFactory(
        contact_name="Mila Jansen", contact_email="mila@example.nl", contact_consent=False
    )
    with_consent = PracticeFactory(
        contact_name="Ravi Bakker", contact_email="ravi@example.nl", contact_consent=True
    )
    html = client.get(without.get_absolute_url()).content.decode()
    assert "Mila Jansen" not in html and "mila@example.nl" not in html
    html = client.get(with_consent.get_absolute_url()).content.decode()
    assert "Ravi Bakker" in html and "mailto:ravi@example.nl" in html


def test_detail_query_count_is_fixed(client, vocab, django_assert_max_num_queries):
    practice = PracticeFactory(
        school_types=[vocab["havo"], vocab["vwo"]], tags=["a", "b", "c"], factors=[vocab["factor"]]
    )
    for _ in range(5):
        PracticeFactory(factors=[vocab["factor"]], tags=["a"])
    with django_assert_max_num_queries(25):
        assert client.get(practice.get_absolute_url()).status_code == 200


def read_csv(response):
    body = b"".join(response.streaming_content).decode("utf-8")
    assert body.startswith("\ufeff")
    return list(csv.reader(io.StringIO(body.lstrip("\ufeff")), delimiter=";"))


def test_csv_export_keeps_the_filters_and_hides_drafts(client, practices):
    response = client.get("/praktijkvoorbeelden/export.csv", {"schooltype": "havo"})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="praktijkvoorbeelden-')
    rows = read_csv(response)
    assert rows[0][:3] == ["titel", "url", "samenvatting"]
    assert {r[0] for r in rows[1:]} == {"Pauzeteam Tilburg", "Dialoog in de klas"}
    same = read_csv(client.get("/praktijkvoorbeelden/", {"schooltype": "havo", "format": "csv"}))
    assert same == rows


def test_export_neutralises_formula_cells(client, vocab):
    PracticeFactory(title='=HYPERLINK("http://evil")', summary="+31 SUM(A1)")
    rows = read_csv(client.get("/praktijkvoorbeelden/export.csv"))
    assert rows[1][0] == '\'=HYPERLINK("http://evil")'
    assert rows[1][2] == "'+31 SUM(A1)"
    response = client.get("/praktijkvoorbeelden/export.xlsx")
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert sheet.cell(row=2, column=1).value == '\'=HYPERLINK("http://evil")'
    assert sheet.cell(row=2, column=1).data_type == "s"


def test_xlsx_export_has_the_selection(client, practices):
    response = client.get("/praktijkvoorbeelden/export.xlsx", {"provincie": "utrecht"})
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = list(sheet.values)
    assert values[0][0] == "titel"
    assert [row[0] for row in values[1:]] == ["Buurtbrug Utrecht"]


@pytest.mark.parametrize("via_list", [False, True])
def test_exports_of_a_search_without_hits_hold_only_the_header(client, practices, via_list):
    """Sorted on relevance with no hits: no ORDER BY NULL (PostgreSQL refused it)."""
    query = {"q": "woordzonderenigetreffer"}

    def get(export_format):
        if via_list:
            return client.get("/praktijkvoorbeelden/", {**query, "format": export_format})
        return client.get(f"/praktijkvoorbeelden/export.{export_format}", query)

    response = get("csv")
    assert response.status_code == 200
    assert read_csv(response) == [read_csv(client.get("/praktijkvoorbeelden/export.csv"))[0]]
    response = get("xlsx")
    assert response.status_code == 200
    values = list(load_workbook(io.BytesIO(response.content)).active.values)
    assert len(values) == 1 and values[0][0] == "titel"


def test_export_of_a_search_keeps_the_relevance_order(client, practices):
    rows = read_csv(client.get("/praktijkvoorbeelden/export.csv", {"q": "Tilburg"}))
    listed = client.get("/praktijkvoorbeelden/", {"q": "Tilburg"}).context["practices"]
    assert [r[0] for r in rows[1:]] == [p.title for p in listed]
    assert "Pauzeteam Tilburg" in [r[0] for r in rows[1:]]


def test_atom_feed_is_valid_and_follows_the_selection(client, practices):
    response = client.get("/praktijkvoorbeelden/feed/", {"schooltype": "havo"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    assert "havo" in root.find(f"{ATOM}title").text
    entries = root.findall(f"{ATOM}entry")
    assert {e.find(f"{ATOM}title").text for e in entries} == {
        "Pauzeteam Tilburg",
        "Dialoog in de klas",
    }
    for entry in entries:
        assert entry.find(f"{ATOM}id").text.startswith("urn:jos:praktijkvoorbeeld:")
        assert entry.find(f"{ATOM}updated") is not None
        assert (
            entry.find(f"{ATOM}link")
            .get("href")
            .startswith("http://testserver/praktijkvoorbeelden/")
        )
    assert b"Geheim concept" not in response.content


def test_feed_and_export_reject_malformed_input(client, practices):
    assert client.get("/praktijkvoorbeelden/feed/", {"q": "x" * 500}).status_code == 404
    assert client.get("/praktijkvoorbeelden/export.csv", {"q": "x" * 500}).status_code == 400


def test_compare_shows_two_to_four_side_by_side(client, practices):
    a, b = practices["tilburg_havo"], practices["utrecht_pro"]
    response = client.get("/praktijkvoorbeelden/vergelijk/", {"ids": [a.pk, b.pk]})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Pauzeteam Tilburg" in html and "Buurtbrug Utrecht" in html
    assert '<th scope="row">Fase</th>' in html
    comma = client.get("/praktijkvoorbeelden/vergelijk/", {"ids": f"{a.pk},{b.pk},{a.pk}"})
    assert comma.status_code == 200
    assert "stond dubbel" in comma.content.decode()


@pytest.mark.parametrize(
    ("ids", "status", "message"),
    [
        (None, 302, "je koos er 0"),
        ("one", 400, "ongeldig nummer"),
        ("SINGLE", 302, "je koos er 1"),
        ("MANY", 302, "je koos er 5"),
        ("DRAFT", 404, "bestaan niet (meer)"),
        ("999999,999998", 404, "bestaan niet (meer)"),
    ],
)
def test_compare_bad_input(client, practices, vocab, ids, status, message):
    """A wrong number of ticks leads back to the list with a message (302); a malformed
    or unknown choice is a clear 400 or 404."""
    published = [p.pk for key, p in practices.items() if key != "draft"]
    if ids == "SINGLE":
        ids = str(published[0])
    elif ids == "MANY":
        extra = [PracticeFactory().pk, PracticeFactory().pk]
        ids = ",".join(str(i) for i in published + extra)
    elif ids == "DRAFT":
        ids = f"{published[0]},{practices['draft'].pk}"
    response = client.get("/praktijkvoorbeelden/vergelijk/", {"ids": ids} if ids else {})
    assert response.status_code == status
    if status == 302:
        response = client.get(response["Location"])
        assert response.status_code == 200
    assert message in response.content.decode()
    assert "Geheim concept" not in response.content.decode()


def test_export_turns_rich_text_into_plain_text():
    from practices.exports import plain_text

    assert plain_text("<p>Eén &amp; twee</p><ul><li>drie</li></ul>") == "Eén & twee drie"
