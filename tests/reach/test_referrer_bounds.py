"""Random Referer headers cannot grow the reach table without bound: each record keeps at
most a few referring domains of its own per day, and once a day is over the domains that
brought almost nobody are folded into "(overig)". Totals never change; the report shows
the folded row in plain words."""

import csv
import io

from django.db.models import Sum

import pytest

from jos_portal.reach import counting
from jos_portal.reach.models import DailyCount
from tests.reach.visits import DAY_ONE, DAY_TWO, visit

pytestmark = pytest.mark.django_db

REPORT = "/admin/rapporten/bereik/"


def referrers(record, day=DAY_ONE):
    rows = DailyCount.objects.filter(day=day, record_id=record.pk, record_type="practices.practice")
    return dict(rows.values_list("referrer").annotate(total=Sum("count")))


def total():
    return DailyCount.objects.aggregate(total=Sum("count"))["total"] or 0


def test_a_record_keeps_at_most_so_many_domains_per_day(client, calendar, records, settings):
    settings.REACH_REFERRERS_PER_RECORD = 3
    settings.REACH_REFERRER_MIN_COUNT = 1  # folding is tested below
    a = records["a"].get_absolute_url()
    for _ in range(3):
        visit(client, a, "https://veel.example.org/")
    visit(client, a, "https://twee.example.org/")
    visit(client, a, "https://twee.example.org/")
    for number in range(40):  # a bot with a browser's user agent and random referrers
        visit(client, a, f"https://willekeurig{number}.example/")
    visit(client, a)
    assert counting.flush() == 46
    kept = referrers(records["a"])
    # The most counted domains first; the rest together, nothing lost.
    assert kept["veel.example.org"] == 3
    assert kept["twee.example.org"] == 2
    assert kept["(direct)"] == 1
    assert kept["(overig)"] == 39
    assert len(kept) == 5  # three domains, (direct) and (overig)

    # A later flush the same day: a known domain adds up, a new one finds the record full.
    visit(client, a, "https://veel.example.org/")
    visit(client, a, "https://nieuw.example.org/")
    counting.flush()
    kept = referrers(records["a"])
    assert kept["veel.example.org"] == 4
    assert "nieuw.example.org" not in kept
    assert kept["(overig)"] == 40
    assert total() == 48
    # Another record has room of its own.
    visit(client, records["b"].get_absolute_url(), "https://nieuw.example.org/")
    counting.flush()
    assert referrers(records["b"]) == {"nieuw.example.org": 1}


def test_rare_domains_are_folded_once_the_day_is_over(client, calendar, records):
    a, b = records["a"].get_absolute_url(), records["b"].get_absolute_url()
    visit(client, a, "https://www.google.com/")
    visit(client, b, "https://google.com/")
    visit(client, a, "https://eenmalig.example/")  # once on the whole site
    visit(client, b, "https://overal.example/")  # once on each record: twice on the site
    visit(client, a, "https://overal.example/")
    for number in range(5):
        visit(client, b, f"https://bot{number}.example/")
    counting.flush()
    assert len(referrers(records["b"])) == 7  # the day is not over: nothing folded yet
    before = total()

    calendar["day"] = DAY_TWO
    visit(client, a, "https://eenmalig.example/")  # a new day starts from nothing
    counting.flush()
    assert referrers(records["a"]) == {"google.com": 1, "overal.example": 1, "(overig)": 1}
    assert referrers(records["b"]) == {"google.com": 1, "overal.example": 1, "(overig)": 5}
    assert referrers(records["a"], DAY_TWO) == {"eenmalig.example": 1}
    assert total() == before + 1

    rows = DailyCount.objects.count()
    assert counting.fold_rare_referrers() == 0  # a second run changes nothing
    assert DailyCount.objects.count() == rows


def test_folding_adds_to_an_existing_overig_row(client, calendar, records):
    a = records["a"].get_absolute_url()
    visit(client, a, "http://[::1/kapot")  # no domain: (overig) at once
    visit(client, a, "https://eenmalig.example/")
    counting.flush()
    calendar["day"] = DAY_TWO
    counting.flush()
    assert referrers(records["a"]) == {"(overig)": 2}


def test_the_report_names_the_folded_row(client, admin_client, calendar, records):
    a = records["a"].get_absolute_url()
    visit(client, a, "https://www.google.com/")
    visit(client, a, "https://google.com/")
    visit(client, a, "https://eenmalig.example/")
    counting.flush()
    calendar["day"] = DAY_TWO
    counting.flush()
    response = admin_client.get(REPORT, {"export": "csv", "indeling": "verwijzer"})
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))[1:]
    assert rows == [
        ["google.com", "2", "0"],
        ["overig (zelden gezien, boven het maximum of geen geldig domein)", "1", "0"],
    ]
    page = admin_client.get(REPORT, {"indeling": "verwijzer"}).content.decode()
    assert "overig (zelden gezien, boven het maximum of geen geldig domein)" in page
