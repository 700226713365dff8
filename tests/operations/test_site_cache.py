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
    site = Site.objects.get(is_default_site=True)
    site.site_name = "Nieuwe sitenaam"
    site.save()
    assert '"wagtailcore_site"' in queried_tables(client, "/")
    assert '"wagtailcore_site"' not in queried_tables(client, "/")


def test_editors_in_the_admin_and_posts_never_use_it(admin_client, home):
    admin_client.get("/admin/")
    assert '"wagtailcore_site"' in queried_tables(admin_client, "/admin/pages/")
    assert '"wagtailcore_site"' in queried_tables(admin_client, "/admin/pages/")


def test_an_unknown_page_and_the_cached_site_still_give_a_dutch_404(client, home):
    client.get("/")
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    assert "niet gevonden" in response.content.decode().lower()
