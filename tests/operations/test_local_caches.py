"""The per-process caches in front of Redis: safe under threads, never older than their
limit, and every change to a view restriction makes them (and every page) stale."""

import threading

from django.contrib.auth.models import Group
from django.core.cache import cache
from django.template import Context, Template
from django.test import override_settings

from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

import pytest

from jos_portal.operations import localcache, pagecache
from jos_portal.operations.localcache import LocalCache
from jos_portal.operations.templatetags import fragment_cache


def test_threads_never_trip_over_each_other():
    local = LocalCache(8, max_age=60)
    errors = []

    def work(offset):
        try:
            for n in range(3000):
                key = (n + offset) % 20
                local.set(key, n)
                local.get(key)
                local.get((key + 1) % 20)
        except Exception as error:  # noqa: BLE001 - any error fails the test
            errors.append(error)

    threads = [threading.Thread(target=work, args=(offset,)) for offset in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(local) <= 8


def test_an_entry_expires_after_its_age_and_the_oldest_goes_first():
    local = LocalCache(2, max_age=60)
    local.set("a", 1)
    assert local.get("a") == 1
    local.set("b", 2, age=61)  # made elsewhere, longer ago than the limit
    assert local.get("b") is None
    local.set("c", 3)
    local.set("d", 4)
    assert local.get("a") is None and local.get("c") == 3 and local.get("d") == 4


def test_the_age_limit_may_follow_a_setting():
    limit = {"seconds": 60}
    local = LocalCache(4, max_age=lambda: limit["seconds"])
    local.set("a", 1)
    assert local.get("a") == 1
    limit["seconds"] = 0
    assert local.get("a") is None


def test_clear_all_empties_every_local_cache():
    local = LocalCache(4, max_age=60)
    local.set("a", 1)
    localcache.clear_all()
    assert local.get("a") is None


TEMPLATE = Template(
    '{% load fragment_cache %}{% content_cache "probe" key %}{{ value }}{% endcontent_cache %}'
)


def render(value):
    return TEMPLATE.render(Context({"key": "k", "value": value}))


@pytest.mark.django_db
def test_a_fragment_is_kept_until_fragment_seconds_pass():
    assert render("eerst") == "eerst"
    assert render("later") == "eerst"  # the same content version: the kept copy
    with override_settings(FRAGMENT_SECONDS=0):
        # No copy is older than the setting allows: rendered anew (and not kept).
        assert render("later") == "later"
    cache.clear()
    fragment_cache._local.clear()
    assert render("nieuw") == "nieuw"


@pytest.mark.django_db
def test_a_fragment_from_the_shared_cache_keeps_its_age():
    assert render("eerst") == "eerst"
    (key,) = fragment_cache._local._entries
    made, html = cache.get(key)
    # Another process made it 590 s ago: this process keeps it for the 10 s left.
    cache.set(key, (made - 590, html))
    fragment_cache._local.clear()
    assert render("later") == "eerst"
    assert fragment_cache._local.get(key) == "eerst"
    # Made longer ago than FRAGMENT_SECONDS: not used, rendered anew.
    cache.set(key, (made - 601, html))
    fragment_cache._local.clear()
    assert render("later") == "later"


@pytest.mark.django_db
def test_view_restrictions_of_collections_and_pages_bump_the_content_version(home):
    group = Group.objects.create(name="Redactie")
    before = pagecache.content_version()
    restriction = CollectionViewRestriction.objects.create(
        collection=Collection.get_first_root_node(),
        restriction_type=CollectionViewRestriction.GROUPS,
    )
    after_create = pagecache.content_version()
    assert after_create > before
    restriction.groups.add(group)
    after_groups = pagecache.content_version()
    assert after_groups > after_create
    restriction.delete()
    assert pagecache.content_version() > after_groups

    before = pagecache.content_version()
    page_restriction = PageViewRestriction.objects.create(
        page=home, restriction_type=PageViewRestriction.GROUPS
    )
    after_create = pagecache.content_version()
    assert after_create > before
    page_restriction.groups.add(group)
    assert pagecache.content_version() > after_create
