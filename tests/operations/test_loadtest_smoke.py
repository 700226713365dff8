"""The load-test command in a short smoke mode against a live server (seconds, not minutes)."""

import io
import json

from django.core.management import CommandError, call_command

from wagtail.models import Site

import pytest

from jos_portal.operations import loadtest

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def server(live_server):
    call_command("load_demo_data", stdout=io.StringIO())
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "localhost", live_server.thread.port
    site.save()
    return live_server


def test_smoke_load_has_no_errors_and_reports_percentiles(server):
    out = io.StringIO()
    call_command("loadtest", url=server.url, users=4, duration=3, no_ratio=True, stdout=out)
    report = out.getvalue()
    assert " 0 fouten" in report
    assert "p95" in report
    alles = next(line for line in report.splitlines() if line.startswith("alles"))
    assert int(alles.split()[1]) > 10  # it really made requests


def test_errors_are_counted_and_fail_the_command(server):
    result, elapsed = loadtest.run(
        server.url, [("kapot", "/bestaat-niet/", 1)], users=2, duration=1
    )
    assert result.errors and all(status == 404 for _k, _u, status in result.errors)
    assert "fouten" in loadtest.summary(result, elapsed)[0]


def test_only_loopback_targets_are_accepted():
    with pytest.raises(CommandError, match="Alleen"):
        call_command("loadtest", url="http://example.org", duration=1, stdout=io.StringIO())


def test_unique_urls_miss_the_page_cache_and_are_reported_apart(server, settings):
    settings.PAGE_CACHE_SECONDS = 600
    paths = [("home", "/", 1)]
    result, elapsed = loadtest.run(server.url, paths, users=2, duration=1.5, unique_share=1.0)
    assert not result.errors
    assert result.by_cache.get("miss") and "hit" not in result.by_cache
    result, elapsed = loadtest.run(server.url, paths, users=2, duration=1.5)
    assert len(result.by_cache.get("hit", [])) > len(result.by_cache.get("miss", []))
    lines = loadtest.summary(result, elapsed)
    assert any(line.startswith("paginacache: hit") for line in lines)


def test_unique_share_out_of_range_is_refused():
    with pytest.raises(CommandError, match="tussen 0 en 1"):
        call_command("loadtest", unique_share=2, duration=1, stdout=io.StringIO())


def test_the_page_mix_prints_as_json_for_other_load_generators():
    call_command("load_demo_data", stdout=io.StringIO())
    out = io.StringIO()
    call_command("loadtest", print_mix=True, stdout=out)
    mix = json.loads(out.getvalue())
    assert {"kind": "home", "url": "/", "weight": 10} in mix
    assert any(entry["kind"] == "detail" for entry in mix)
    assert all(entry["url"].startswith("/") and entry["weight"] > 0 for entry in mix)
