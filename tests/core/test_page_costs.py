"""What a repeat of the home page and a practice page costs (queries, not time), that the
copies kept per process give the same page as a fresh render, and that they follow every
change: an edit, an unpublished practice, a view restriction, the most read figures."""

import json
from datetime import timedelta

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import PageViewRestriction

import pytest

from jos_portal.operations import localcache, pagecache
from jos_portal.reach.models import DailyCount
from practices.models import Practice
from tests.factories.practices import PracticeFactory

pytestmark = pytest.mark.django_db


def get(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    return response, len(captured.captured_queries)


def forget_everything():
    cache.clear()
    localcache.clear_all()
    from jos_portal.operations.templatetags import fragment_cache

    fragment_cache._local.clear()


def test_a_repeat_of_a_practice_page_costs_no_query_and_is_the_same_page(client, home):
    url = PracticeFactory(title="Pauze met jongerenwerk", tags=["wijk"]).get_absolute_url()
    client.get(url)  # the site and its settings into the cache, then its root page
    first, _n = get(client, url)
    second, queries = get(client, url)
    assert second.status_code == 200
    assert queries == 0
    assert second.content == first.content
    forget_everything()
    fresh, _n = get(client, url)
    assert fresh.content == first.content


def test_an_unpublished_practice_is_gone_at_once(client, home):
    practice = Practice.objects.get(pk=PracticeFactory(title="Straks offline").pk)
    url = practice.get_absolute_url()
    assert client.get(url).status_code == 200
    practice.unpublish()
    assert client.get(url).status_code == 404


def test_a_repeat_of_the_home_page_costs_no_query_and_is_the_same_page(client, home):
    client.get("/")
    first, _n = get(client, "/")
    second, queries = get(client, "/")
    assert second.status_code == 200
    assert queries == 0
    assert second.content == first.content
    forget_everything()
    fresh, _n = get(client, "/")
    assert fresh.content == first.content
    client.get("/en/")
    english, _n = get(client, "/en/")
    again, queries = get(client, "/en/")
    assert queries == 0 and again.content == english.content


def test_the_menu_marks_the_current_section_on_each_page(client, home):
    url = PracticeFactory(title="Menu-voorbeeld").get_absolute_url()
    detail = client.get(url).content.decode()
    publications = client.get("/publicaties/").content.decode()
    again = client.get(url).content.decode()
    link = '<a class="main-nav__sublink" href="/praktijkvoorbeelden/" aria-current="true"'
    assert link in detail and link in again
    assert link not in publications
    assert 'href="/publicaties/" aria-current="page"' in publications


def test_a_view_restriction_on_the_home_page_applies_at_once(client, home):
    assert client.get("/").status_code == 200
    PageViewRestriction.objects.create(
        page=home, restriction_type=PageViewRestriction.PASSWORD, password="geheim-wachtwoord"
    )
    response = client.get("/")
    assert response.status_code == 200
    assert 'name="password"' in response.content.decode()


def test_the_search_box_stays_when_editors_fill_the_entry_points(client, home):
    assert 'id="home-q"' in client.get("/").content.decode()
    home.entry_points = json.dumps(
        [
            {
                "type": "entry_point",
                "value": {
                    "audience": "Voor docenten",
                    "title": "Begin hier",
                    "text": "",
                    "page": None,
                    "external_url": "/verhalen/",
                    "link_text": "Lees de verhalen",
                },
            }
        ]
    )
    home.save_revision().publish()
    html = client.get("/").content.decode()
    assert "Voor docenten" in html
    assert html.count('id="home-q"') == 1
    assert 'action="/praktijkvoorbeelden/" role="search"' in html


def views(practice, number, days_ago=1):
    DailyCount.objects.create(
        day=timezone.localdate() - timedelta(days=days_ago),
        kind="view",
        record_type="practices.practice",
        record_id=practice.pk,
        region="noord-brabant",
        referrer="(direct)",
        count=number,
    )


def most_read_titles(html):
    section = html.split('class="home-list most-read__list"')[1].split("</ol>")[0]
    return [part.split("</a>")[0] for part in section.split('">')[1:] if "</a>" in part]


def test_the_most_read_list_follows_the_figures_without_a_content_change(client, home):
    first = PracticeFactory(title="Vaak gelezen")
    second = PracticeFactory(title="Later vaker gelezen")
    views(first, 10)
    views(second, 2)
    html = client.get("/").content.decode()
    assert most_read_titles(html)[:2] == ["Vaak gelezen", "Later vaker gelezen"]
    version = pagecache.content_version()
    views(second, 50, days_ago=2)  # reach figures: no content change, the version stays
    # Ten minutes later the list's cached figures have expired (the home fragment has
    # not: it holds only what changes with the content).
    from jos_portal.operations import caching

    caching._local.clear()
    cache.delete_many([key for key in _data_keys() if ":most-read:" in key])
    html = client.get("/").content.decode()
    assert pagecache.content_version() == version
    assert most_read_titles(html)[:2] == ["Later vaker gelezen", "Vaak gelezen"]


def _data_keys():
    version = pagecache.content_version()
    day = timezone.localdate().isoformat()
    return [f"local-data:most-read:{version}:{language}:{day}:5" for language in ("nl", "en")]


def test_the_page_shell_is_kept_per_language(client, home):
    for _ in range(2):
        dutch = client.get("/").content.decode()
        english = client.get("/en/").content.decode()
        assert '<a class="site-header__logo" href="/">' in dutch
        assert '<a class="site-header__logo" href="/en/">' in english
        assert 'action="/zoeken/"' in dutch and 'action="/en/zoeken/"' in english
