"""A scripted sequence of visits ends up as exact reach figures: per day, record, region
and referring domain, with the page cache answering the repeat visits and without it; bots,
prefetches, HEAD requests and logged-in editors are not counted; the report and its CSV
show the same numbers; a flush run twice adds nothing twice."""

import csv
import io

import pytest

from jos_portal.reach import counting
from jos_portal.reach.models import DailyCount
from tests.reach.visits import DAY_TWO, EXPECTED, run_sequence, table, visit

pytestmark = pytest.mark.django_db

REPORT = "/admin/rapporten/bereik/"


@pytest.mark.parametrize("page_cache", [600, 0], ids=["page-cache-on", "page-cache-off"])
def test_a_scripted_visit_sequence_gives_exact_counts(
    client, calendar, records, settings, page_cache
):
    settings.PAGE_CACHE_SECONDS = page_cache
    responses = run_sequence(client, calendar, records)
    if page_cache:
        # The repeat visits were page-cache hits, answered before any view ran.
        assert [r.get("X-Cache") for r in responses] == [
            "miss",
            "hit",
            "hit",
            "miss",
            "hit",
            "hit",
            "hit",
        ]
    else:
        assert all("X-Cache" not in r for r in responses)

    assert DailyCount.objects.count() == 0  # nothing in the database before the flush
    assert counting.flush() == sum(EXPECTED.values())
    assert table(records) == EXPECTED


def test_a_second_flush_adds_nothing(client, calendar, records):
    run_sequence(client, calendar, records)
    counting.flush()
    assert counting.flush() == 0
    assert table(records) == EXPECTED
    # New visits after a flush are added to the same rows.
    calendar["day"] = DAY_TWO
    visit(client, records["b"].get_absolute_url())
    assert counting.flush() == 1
    assert table(records)[(DAY_TWO, "view", "b", "utrecht", "(direct)")] == 2


def test_a_flush_that_dies_after_its_commit_is_not_counted_again(
    client, calendar, records, monkeypatch
):
    """The crash window: the counts are in the database but the batch is still in the
    cache. The next flush finds the batch recorded and only clears it."""
    run_sequence(client, calendar, records)

    def crash(self, name):
        raise ConnectionError("cache weg")

    real_drop = counting.CacheStore.drop
    monkeypatch.setattr(counting.CacheStore, "drop", crash)
    with pytest.raises(ConnectionError):
        counting.flush()
    assert table(records) == EXPECTED
    # The cache is back; the test's calendar stays (undo() would bring back the real date).
    monkeypatch.setattr(counting.CacheStore, "drop", real_drop)
    assert counting.flush() == 0
    assert table(records) == EXPECTED


def csv_rows(response):
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


def test_the_report_and_its_csv_show_the_same_figures(client, admin_client, calendar, records):
    run_sequence(client, calendar, records)
    counting.flush()
    a, b = records["a"], records["b"]

    page = admin_client.get(REPORT)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Aanpak A" in html and "Aanpak B" in html

    by_record = csv_rows(admin_client.get(REPORT, {"export": "csv"}))
    assert by_record[0] == ["Record", "Soort", "Regio", "Weergaven", "Downloads", "Adres"]
    assert by_record[1:] == [
        ["Aanpak A", "Praktijkvoorbeeld", "Noord-Brabant", "4", "0", a.get_absolute_url()],
        ["Aanpak B", "Praktijkvoorbeeld", "Utrecht", "3", "0", b.get_absolute_url()],
        ["Handreiking", "Document", "", "0", "1", records["document"].url],
        [
            "Handreiking samenwerken",
            "Publicatie",
            "",
            "1",
            "0",
            records["publication"].get_absolute_url(),
        ],
    ]

    by_region = csv_rows(admin_client.get(REPORT, {"export": "csv", "indeling": "regio"}))
    assert by_region[1:] == [
        ["Noord-Brabant", "4", "0"],
        ["Utrecht", "3", "0"],
        ["geen regio (landelijk)", "1", "1"],
    ]

    by_referrer = csv_rows(admin_client.get(REPORT, {"export": "csv", "indeling": "verwijzer"}))
    assert sorted(by_referrer[1:]) == sorted(
        [
            ["vanaf dit portaal", "2", "1"],
            ["rechtstreeks (geen verwijzer)", "2", "0"],
            ["google.com", "2", "0"],
            ["linkedin.com", "1", "0"],
            ["scholar.example.edu", "1", "0"],
        ]
    )

    by_day = csv_rows(admin_client.get(REPORT, {"export": "csv", "indeling": "dag"}))
    assert by_day[1:] == [["2026-12-01", "3", "1"], ["2026-11-30", "5", "0"]]
    by_month = csv_rows(admin_client.get(REPORT, {"export": "csv", "indeling": "maand"}))
    assert by_month[1:] == [["2026-12", "3", "1"], ["2026-11", "5", "0"]]

    one_day = csv_rows(
        admin_client.get(
            REPORT,
            {"export": "csv", "indeling": "dag", "day_after": "2026-12-01", "kind": "download"},
        )
    )
    assert one_day[1:] == [["2026-12-01", "0", "1"]]


def test_the_report_is_for_content_editors_and_survives_bad_input(client, admin_client, db):
    assert client.get(REPORT).status_code == 302  # to the login
    response = admin_client.get(REPORT, {"day_after": "gisteren", "indeling": "onzin"})
    assert response.status_code == 200
