"""A page-cache hit this process served before reads only the content version from the
cache, and gets its own copy of the page; the copy never outlives its version."""

from django.core.cache import cache

import pytest

from jos_portal.operations import pagecache

pytestmark = pytest.mark.django_db
URL = "/praktijkvoorbeelden/"


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 600


def reads(monkeypatch):
    """The cache keys read, in order."""
    seen = []
    get, get_many = cache.get, cache.get_many

    def logged_get(key, *args, **kwargs):
        seen.append(key)
        return get(key, *args, **kwargs)

    def logged_get_many(keys, *args, **kwargs):
        seen.extend(keys)
        return get_many(keys, *args, **kwargs)

    monkeypatch.setattr(cache, "get", logged_get)
    monkeypatch.setattr(cache, "get_many", logged_get_many)
    return seen


def test_a_repeat_hit_reads_only_the_version(client, home, monkeypatch):
    client.get(URL)  # the first visit may create a site setting row (a content change)
    client.get(URL)
    first = client.get(URL)
    assert first["X-Cache"] == "hit"
    seen = reads(monkeypatch)
    second = client.get(URL)
    assert second["X-Cache"] == "hit"
    assert second.content == first.content
    assert seen == [pagecache.VERSION_KEY]
    # Each hit is its own response object: a header set on one is not on the next.
    second["X-Test"] = "1"
    assert "X-Test" not in client.get(URL)


def test_a_local_copy_follows_the_version_and_expires(client, home, monkeypatch):
    client.get(URL)
    client.get(URL)
    client.get(URL)
    pagecache.bump_content_version()
    assert client.get(URL)["X-Cache"] == "miss"
    client.get(URL)  # the new version's page, now in this process
    monkeypatch.setattr(pagecache, "LOCAL_PAGE_SECONDS", 0)
    seen = reads(monkeypatch)
    assert client.get(URL)["X-Cache"] == "hit"
    assert len(seen) > 1  # read from the shared cache again
