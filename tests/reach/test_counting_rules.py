"""What counts and how it is kept: the referring domain and nothing more, bots by their
user agent, no label on a preview, no count for an error page or a draft, counters that
survive an unreachable cache, the automatic flush turn, and a buffer field that does not
parse."""

import io

from django.core.management import call_command
from django.http import HttpResponse
from django.test import RequestFactory

import pytest

from jos_portal.reach import counting
from jos_portal.reach.models import AppliedBatch, DailyCount
from jos_portal.taxonomy.reach import count_as
from practices.models import Practice
from tests.factories.practices import PracticeFactory
from tests.reach.visits import BROWSER, visit


@pytest.mark.parametrize(
    ("referrer", "expected"),
    [
        ("", "(direct)"),
        ("https://www.Google.com/search?q=jongerenwerk", "google.com"),
        ("https://nieuws.example.nl:8443/artikel/12?utm=x#deel", "nieuws.example.nl"),
        ("http://testserver/praktijkvoorbeelden/", "(intern)"),
        ("http://www.testserver/", "(intern)"),
        ("android-app://com.linkedin.android/", "com.linkedin.android"),
        ("javascript:alert(1)", "(overig)"),
        ("https://exa mple.com/", "(overig)"),
        ("https://[::1]/", "(overig)"),
        ("https://" + "a" * 300 + ".nl/", "(overig)"),
        ("niet eens een adres", "(overig)"),
    ],
)
def test_only_the_referring_domain_is_kept(referrer, expected):
    request = RequestFactory().get("/", HTTP_REFERER=referrer)
    assert counting.referrer_domain(request) == expected


@pytest.mark.parametrize(
    ("agent", "bot"),
    [
        (BROWSER, False),
        ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) Safari/604.1", False),
        ("", True),
        ("Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)", True),
        ("facebookexternalhit/1.1", True),
        ("Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/126.0", True),
        ("python-requests/2.32", True),
        ("curl/8.5.0", True),
        ("Feedly/1.0 (+http://www.feedly.com/fetcher.html)", True),
    ],
)
def test_bots_and_tools_are_recognised_by_their_user_agent(agent, bot):
    assert counting.is_bot(agent) is bot


def test_a_preview_is_never_labelled():
    request = RequestFactory().get("/")
    request.is_preview = True
    response = count_as(request, HttpResponse(), Practice(pk=3))
    assert not hasattr(response, "reach")
    request.is_preview = False
    assert count_as(request, HttpResponse(), Practice(pk=3)).reach == (
        "view",
        "practices.practice",
        3,
        "",
    )


@pytest.mark.django_db
def test_error_pages_and_drafts_count_nothing(client, home):
    draft = PracticeFactory(live=False)
    assert client.get(draft.get_absolute_url(), HTTP_USER_AGENT=BROWSER).status_code == 404
    assert client.get("/praktijkvoorbeelden/bestaat-niet/").status_code == 404
    assert counting.flush() == 0
    assert not DailyCount.objects.exists()


@pytest.mark.django_db
def test_counters_wait_in_the_process_while_the_cache_is_unreachable(client, records, monkeypatch):
    def unreachable(self, taken):
        raise ConnectionError("Redis weg")

    monkeypatch.setattr(counting.CacheStore, "add", unreachable)
    visit(client, records["a"].get_absolute_url())  # the push fails, the page does not
    visit(client, records["a"].get_absolute_url())
    monkeypatch.undo()
    assert counting.flush() == 2


@pytest.mark.django_db
def test_the_web_process_queues_the_flush_once_per_interval(client, records, settings):
    settings.REACH_FLUSH_SECONDS = 300
    url = records["b"].get_absolute_url()
    visit(client, url)  # the immediate task backend flushes right after the response
    assert DailyCount.objects.get().count == 1
    visit(client, url)  # within the interval: waits in the cache
    assert DailyCount.objects.get().count == 1
    assert counting.flush() == 1
    assert DailyCount.objects.get().count == 2


@pytest.mark.django_db
def test_a_field_that_does_not_parse_is_skipped(caplog):
    counting.store().add(
        {
            "2026-12-01|view|practices.practice|7|utrecht|(direct)": 2,
            "gisteren|view|practices.practice|7|utrecht|(direct)": 5,
            "kapot": 1,
        }
    )
    assert counting.flush() == 2
    assert DailyCount.objects.get().count == 2
    assert AppliedBatch.objects.count() == 1
    assert "Onleesbare bereiktelling" in caplog.text


@pytest.mark.django_db
def test_the_flush_command_says_what_it_did(client, records):
    visit(client, records["a"].get_absolute_url())
    visit(client, records["a"].get_absolute_url())
    out = io.StringIO()
    call_command("flush_reach", stdout=out)
    assert "2 weergaven en downloads verwerkt." in out.getvalue()
    visit(client, records["b"].get_absolute_url())
    out = io.StringIO()
    call_command("flush_reach", "--enqueue", stdout=out)  # the immediate backend runs it
    assert "In de wachtrij gezet als taak" in out.getvalue()
    assert sum(DailyCount.objects.values_list("count", flat=True)) == 3
