"""A scripted sequence of visits ends up as exact reach figures: per day, record, region
and referring domain, with the page cache answering the repeat visits and without it; bots,
prefetches, HEAD requests and logged-in editors are not counted; the report and its CSV
show the same numbers; a flush run twice adds nothing twice."""

import csv
import datetime
import io

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.test import Client

from wagtail.documents import get_document_model
from wagtail.models import Collection

import pytest

from jos_portal.reach import counting
from jos_portal.reach.models import DailyCount
from jos_portal.taxonomy.models import Municipality
from tests.factories.practices import PracticeFactory
from tests.factories.publications import PublicationFactory

pytestmark = pytest.mark.django_db

DAY_ONE = datetime.date(2026, 11, 30)
DAY_TWO = datetime.date(2026, 12, 1)
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Firefox/128.0"
GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
REPORT = "/admin/rapporten/bereik/"


@pytest.fixture
def calendar(monkeypatch):
    """The day the counter sees, set by the test."""
    state = {"day": DAY_ONE}
    monkeypatch.setattr(counting, "today", lambda: state["day"])
    return state


@pytest.fixture
def records(home):
    tilburg = Municipality.objects.get(code="GM0855")
    utrecht = Municipality.objects.get(code="GM0344")
    root = Collection.get_first_root_node()
    document = get_document_model()(title="Handreiking", collection=root)
    document.file.save("handreiking.pdf", ContentFile(b"%PDF-1.4 handreiking"), save=False)
    document.save()
    made = {
        "a": PracticeFactory(title="Aanpak A", municipality=tilburg),
        "b": PracticeFactory(title="Aanpak B", municipality=utrecht),
        "publication": PublicationFactory(title="Handreiking samenwerken", document=document),
        "document": document,
    }
    yield made
    document.file.delete(save=False)


def visit(client, url, referrer=None, agent=BROWSER, method="get", **headers):
    extra = {"HTTP_USER_AGENT": agent, **headers}
    if referrer:
        extra["HTTP_REFERER"] = referrer
    response = getattr(client, method)(url, **extra)
    assert response.status_code == 200, url
    if response.streaming:
        b"".join(response.streaming_content)
    response.close()
    return response


def run_sequence(client, calendar, records):
    a = records["a"].get_absolute_url()
    b = records["b"].get_absolute_url()
    responses = []
    calendar["day"] = DAY_ONE
    responses.append(visit(client, a, "https://www.google.com/search?q=jongerenwerk"))
    responses.append(visit(client, a, "https://google.com/"))
    responses.append(visit(client, a))
    responses.append(visit(client, b, "http://testserver/praktijkvoorbeelden/"))
    responses.append(visit(client, b, "http://testserver/"))
    visit(client, a, agent=GOOGLEBOT)  # a bot
    visit(client, a, agent="")  # no user agent: not a browser
    visit(client, a, method="head")
    visit(client, b, HTTP_SEC_PURPOSE="prefetch;prerender")

    calendar["day"] = DAY_TWO
    responses.append(visit(client, a, "https://www.linkedin.com/feed/update/123"))
    responses.append(visit(client, b))
    visit(client, records["document"].url, "http://testserver/publicaties/")
    visit(client, records["document"].url, agent="curl/8.5.0")
    visit(client, records["publication"].get_absolute_url(), "https://scholar.example.edu/x?y")

    editor = Client()
    editor.force_login(get_user_model().objects.create_superuser("redacteur", "r@e.nl", "x"))
    visit(editor, a, "https://www.google.com/")
    return responses


EXPECTED = {
    # (day, kind, record, region, referrer): count
    (DAY_ONE, "view", "a", "noord-brabant", "google.com"): 2,
    (DAY_ONE, "view", "a", "noord-brabant", "(direct)"): 1,
    (DAY_ONE, "view", "b", "utrecht", "(intern)"): 2,
    (DAY_TWO, "view", "a", "noord-brabant", "linkedin.com"): 1,
    (DAY_TWO, "view", "b", "utrecht", "(direct)"): 1,
    (DAY_TWO, "download", "document", "", "(intern)"): 1,
    (DAY_TWO, "view", "publication", "", "scholar.example.edu"): 1,
}


def table(records):
    names = {(r._meta.label_lower, r.pk): name for name, r in records.items()}
    return {
        (row.day, row.kind, names[(row.record_type, row.record_id)], row.region, row.referrer): (
            row.count
        )
        for row in DailyCount.objects.all()
    }


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

    monkeypatch.setattr(counting.CacheStore, "drop", crash)
    with pytest.raises(ConnectionError):
        counting.flush()
    assert table(records) == EXPECTED
    monkeypatch.undo()
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
