from django.contrib.auth import get_user_model
from django.test import override_settings

from wagtail.models import Page

import pytest

from jos_portal.core.models import ContentPage
from practices.models import Practice
from tests.operations.test_cache_failure import redis_cache

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 600


def get(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, url
    return response


def test_anonymous_pages_are_served_from_the_cache_without_queries(
    client, home, django_assert_num_queries
):
    practice = Practice.objects.filter(live=True).first()
    for url in ("/", "/praktijkvoorbeelden/", practice.get_absolute_url(), "/factoren/"):
        get(client, url)  # the first visit may create a site setting row (a content change)
        first = get(client, url)
        with django_assert_num_queries(0):
            second = get(client, url)
        assert second["X-Cache"] == "hit"
        assert second.content == first.content
        # The outer middleware still adds the security headers to a cached page.
        assert "default-src 'self'" in second["Content-Security-Policy"]


def test_publishing_editing_unpublishing_and_deleting_a_practice_invalidate(client, home):
    practice = Practice.objects.filter(live=True).first()
    url = practice.get_absolute_url()
    get(client, "/praktijkvoorbeelden/")
    get(client, url)

    practice.title = "Een nieuwe titel na bewerking"
    practice.save_revision().publish()
    assert "Een nieuwe titel na bewerking" in get(client, url).content.decode()
    assert "Een nieuwe titel na bewerking" in get(client, "/praktijkvoorbeelden/").content.decode()

    Practice.objects.get(pk=practice.pk).unpublish()
    assert client.get(url).status_code == 404
    assert "Een nieuwe titel" not in get(client, "/praktijkvoorbeelden/").content.decode()

    other = Practice.objects.filter(live=True).first()
    get(client, other.get_absolute_url())
    other.delete()
    assert client.get(other.get_absolute_url()).status_code == 404


def test_a_change_to_a_factor_shows_on_the_cached_practice_page(client, home):
    practice = Practice.objects.filter(live=True, factors__isnull=False).first()
    factor = practice.factors.first()
    url = practice.get_absolute_url()
    assert factor.name in get(client, url).content.decode()
    factor.name = "Hernoemde factor voor de cachetest"
    factor.save()
    assert "Hernoemde factor voor de cachetest" in get(client, url).content.decode()


def test_page_publishing_invalidates_the_menu_on_cached_pages(client, home):
    get(client, "/praktijkvoorbeelden/")
    page = home.add_child(
        instance=ContentPage(title="Nieuw in het menu", slug="nieuw-menu", show_in_menus=True)
    )
    page.save_revision().publish()
    assert "Nieuw in het menu" in get(client, "/praktijkvoorbeelden/").content.decode()
    Page.objects.get(pk=page.pk).specific.unpublish()
    assert "Nieuw in het menu" not in get(client, "/praktijkvoorbeelden/").content.decode()


def test_logged_in_editors_never_get_or_fill_cached_pages(client, home):
    get(client, "/")  # cached for anonymous visitors
    user = get_user_model().objects.create_superuser("redacteur", "r@example.nl", "x")
    client.force_login(user)
    response = get(client, "/")
    assert "X-Cache" not in response
    client.logout()
    assert get(client, "/")["X-Cache"] == "hit"


def test_admin_previews_and_forms_with_csrf_tokens_are_not_cached(client, home):
    assert "X-Cache" not in client.get("/admin/login/")
    # A form with a CSRF token sets a per-visitor cookie: never stored.
    response = client.get("/admin/login/")
    assert "X-Cache" not in response


def test_unknown_and_odd_urls_are_not_cached_as_errors(client, home):
    assert client.get("/praktijkvoorbeelden/bestaat-niet/").status_code == 404
    response = client.get("/praktijkvoorbeelden/", {"pagina": "abc"})
    assert response.status_code == 400
    assert "X-Cache" not in response


def test_pages_are_served_uncached_when_redis_is_down(client, home):
    with override_settings(CACHES=redis_cache(1), PAGE_CACHE_SECONDS=600):
        for _ in range(2):
            response = get(client, "/praktijkvoorbeelden/")
            assert response["X-Cache"] == "miss"


def test_a_page_built_before_the_commit_is_not_served_after_it(client, home):
    """A visitor rendering between an editor's save and its commit reads the old rows and
    caches them under the already bumped version; the second bump at commit retires that
    entry, so the first visitor after the commit gets a fresh page."""
    from django.db import connection, transaction

    from jos_portal.operations import pagecache

    def pending():
        return [e for e in connection.run_on_commit if e[1] is pagecache._bump_after_commit]

    practice = Practice.objects.filter(live=True).first()
    url = practice.get_absolute_url()
    with transaction.atomic():
        practice.title = "Titel na de commit"
        practice.save_revision().publish()
        # The page a concurrent visitor would cache in this window, under this version.
        assert get(client, url)["X-Cache"] == "miss"
        assert get(client, url)["X-Cache"] == "hit"
    # The test runs inside a transaction that never commits: the callback waits there,
    # once however many rows were saved; run it as the commit would.
    assert len(pending()) == 1
    before = pagecache.content_version()
    pending()[0][1]()
    assert pagecache.content_version() > before
    # Without the second bump this would be the entry cached before the commit.
    assert get(client, url)["X-Cache"] == "miss"


def hit_headers(client, url):
    get(client, url)  # the first visit may create a site setting row (a content change)
    get(client, url)
    response = get(client, url)
    assert response["X-Cache"] == "hit"
    headers = dict(response.headers)
    # The clock and the content version (new after the cache is cleared), not the
    # middleware, decide these values; that they are there still counts.
    for varying in ("Date", "Expires", "ETag", "Last-Modified"):
        if varying in headers:
            headers[varying] = "present"
    return headers, response.content


def test_an_early_hit_leaves_with_the_headers_of_a_hit_through_the_whole_stack(
    client, home, settings
):
    from django.core.cache import cache

    from jos_portal.operations import pagecache

    practice = Practice.objects.filter(live=True).first()
    urls = ("/", "/praktijkvoorbeelden/", practice.get_absolute_url(), "/en/", "/sitemap.xml")
    early = {url: hit_headers(client, url) for url in urls}
    cache.clear()
    settings.MIDDLEWARE = [m for m in settings.MIDDLEWARE if m != pagecache.HIT_MIDDLEWARE]
    for url in urls:
        assert hit_headers(client, url) == early[url], url
    assert early["/en/"][0]["Content-Language"] == "en"
    assert "Accept-Language" in early["/"][0]["Vary"]


def test_an_early_hit_skips_sessions_and_auth_and_still_answers_a_revalidation(
    client, home, monkeypatch
):
    from django.contrib.sessions.middleware import SessionMiddleware
    from django.core.cache import cache

    from jos_portal.operations import pagecache

    calls = []
    original = SessionMiddleware.process_request
    monkeypatch.setattr(
        SessionMiddleware,
        "process_request",
        lambda self, request: calls.append(request.path) or original(self, request),
    )
    url = "/praktijkvoorbeelden/"
    get(client, url)  # the first visit may create a site setting row (a content change)
    cache.incr(pagecache.VERSION_KEY)
    calls.clear()
    first = get(client, url)
    assert first["X-Cache"] == "miss" and calls == [url]
    hit = get(client, url)
    assert hit["X-Cache"] == "hit" and calls == [url]
    assert "default-src 'self'" in hit["Content-Security-Policy"]
    assert hit["X-Content-Type-Options"] == "nosniff"
    assert client.get(url, headers={"If-None-Match": hit["ETag"]}).status_code == 304
    # A body, a session or a messages cookie: through the whole stack.
    client.get(url, headers={"Content-Length": "5"})
    client.cookies["messages"] = "x"
    client.get(url)
    assert len(calls) == 3


def test_every_middleware_a_hit_passes_by_is_accounted_for(settings):
    from jos_portal.operations import pagecache

    middleware = settings.MIDDLEWARE
    start = middleware.index(pagecache.HIT_MIDDLEWARE)
    between = middleware[start + 1 : middleware.index(pagecache.STORE_MIDDLEWARE)]
    assert set(between) <= pagecache.HIT_RUNS | pagecache.HIT_SKIPS, (
        "Beslis of een paginacache-hit deze middleware nodig heeft (HIT_RUNS of HIT_SKIPS)."
    )
    # Scheduled publishing may make every page stale: its turn comes before the lookup.
    assert (
        middleware.index("jos_portal.operations.scheduling.ScheduledPublishingMiddleware") < start
    )


def test_a_version_bumped_elsewhere_is_seen_by_the_next_lookup(client, home):
    """The lookup guesses the version this process saw last and reads it with the page
    in one go; a bump by another process (only the shared cache knows) is still seen."""
    from django.core.cache import cache

    from jos_portal.operations import pagecache

    url = "/praktijkvoorbeelden/"
    get(client, url)  # the first visit may create a site setting row (a content change)
    get(client, url)
    assert get(client, url)["X-Cache"] == "hit"
    cache.incr(pagecache.VERSION_KEY)  # another process published something
    assert get(client, url)["X-Cache"] == "miss"
    assert get(client, url)["X-Cache"] == "hit"
