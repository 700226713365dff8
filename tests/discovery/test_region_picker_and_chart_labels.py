"""The home page's province picker leads to the province's page; long scan chart labels
wrap instead of being cut off."""

from types import SimpleNamespace

import pytest

from jos_portal.scan.views import CHART_LABEL_CHARS, bar_chart

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("query", "status", "location"),
    [
        ("provincie=noord-brabant", 302, "/regio/noord-brabant/"),
        ("provincie=NOORD-brabant%00", 404, None),
        ("provincie=atlantis", 404, None),
        ("provincie=" + "x" * 5000, 404, None),
        ("provincie=", 200, None),
        ("", 200, None),
    ],
)
def test_the_province_picker_leads_to_the_province_page(client, db, query, status, location):
    response = client.get(f"/regio/?{query}")
    assert response.status_code == status
    if location:
        assert response.url == location
    if status == 404:
        assert "Die provincie kennen we niet" in response.content.decode()


def test_long_chart_labels_wrap_onto_more_lines_and_are_never_cut():
    long = "Onduidelijke afspraken over het delen van informatie tussen school en jongerenwerk"
    items = [SimpleNamespace(label="Kort", score=50), SimpleNamespace(label=long, score=None)]
    chart = bar_chart(items)
    short_row, long_row = chart["rows"]
    assert short_row["lines"] == ["Kort"]
    assert len(long_row["lines"]) >= 2
    assert " ".join(long_row["lines"]) == long
    assert all(len(line) <= CHART_LABEL_CHARS for line in long_row["lines"])
    # The taller row pushes the next one down and the chart grows with it.
    assert long_row["bar_y"] > short_row["bar_y"] + 20
    assert chart["height"] > 2 * 32
