"""The site lookup and the site settings come from the cache, under the content version."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Site

import pytest

from jos_portal.core.models import SiteSettings

pytestmark = pytest.mark.django_db


def queried_tables(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return " ".join(q["sql"] for q in queries.captured_queries)


def test_the_second_visit_reads_site_and_settings_from_the_cache(client, home):
    client.get("/praktijkvoorbeelden/")  # creates the list settings: a change too
    first = queried_tables(client, "/praktijkvoorbeelden/")
    assert '"wagtailcore_site"' in first and '"core_sitesettings"' in first
    second = queried_tables(client, "/praktijkvoorbeelden/")
    assert '"wagtailcore_site"' not in second and '"core_sitesettings"' not in second
    assert '"practices_practicelistsettings"' not in second


def test_an_edit_to_the_settings_shows_on_the_next_request(client, home):
    client.get("/")
    settings = SiteSettings.objects.get()
    settings.phone = "030 - 123 4567"
    settings.save()
    html = client.get("/").content.decode()
    assert "030 - 123 4567" in html and "070 - 333 4558" not in html


def test_a_change_to_the_site_is_read_again(client, home):
    client.get("/")
    client.get("/")
    site = Site.objects.get(is_default_site=True)
    site.site_name = "Nieuwe sitenaam"
    site.save()
    assert client.get("/").wsgi_request._wagtail_site.site_name == "Nieuwe sitenaam"
    assert client.get("/").wsgi_request._wagtail_site.site_name == "Nieuwe sitenaam"


def site_keys():
    from django.core.cache import cache

    return [key for key in cache._cache if ":site:" in key]  # the test cache is LocMemCache


def test_the_admin_posts_the_api_and_files_never_use_it(admin_client, client, home):
    from django.core.cache import cache

    cache.clear()
    admin_client.get("/admin/")
    admin_client.get("/admin/pages/")
    client.get("/api/v1/practices/")
    client.post("/zoeken/", {"q": "school"})
    assert site_keys() == []
    client.get("/zoeken/")
    assert site_keys()
