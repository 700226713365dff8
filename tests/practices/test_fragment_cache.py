"""Parts of the practice pages cached under the content version: the same HTML as a fresh
render, fewer queries on a repeat, never stale after a change, never a draft (preview)."""

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest

from jos_portal.operations.templatetags import fragment_cache
from practices.models import Practice
from tests.factories.practices import PracticeFactory
from tests.practices.test_admin import form_data

pytestmark = pytest.mark.django_db
URL = "/praktijkvoorbeelden/"


@pytest.fixture(autouse=True)
def forget_local_fragments():
    fragment_cache._local.clear()
    yield
    fragment_cache._local.clear()


def queries(client, url, **params):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, params)
    assert response.status_code == 200
    return response, len(captured.captured_queries)


def forget_everything():
    cache.clear()
    fragment_cache._local.clear()


def test_detail_body_is_cached_and_identical(client, practices):
    url = practices["tilburg_havo"].get_absolute_url()
    client.get(url)  # the site, its settings and the menu in their caches
    first, cold = queries(client, url)
    second, warm = queries(client, url)
    assert warm < cold
    assert second.content == first.content
    # Served from the shared cache by another process: the same page again.
    fragment_cache._local.clear()
    third, _n = queries(client, url)
    assert third.content == first.content


def test_detail_follows_an_edit_at_once(client, practices):
    practice = Practice.objects.get(pk=practices["tilburg_havo"].pk)
    url = practice.get_absolute_url()
    assert "Jongerenwerkers in de pauze" in client.get(url).content.decode()
    practice.summary = "Een nieuwe samenvatting na de wijziging."
    practice.save_revision().publish()
    html = client.get(url).content.decode()
    assert "Een nieuwe samenvatting na de wijziging." in html
    assert "Jongerenwerkers in de pauze" not in html


def test_preview_of_a_draft_neither_uses_nor_fills_the_cache(admin_client, client, vocab):
    practice = PracticeFactory(title="Openbare titel", municipality=vocab["utrecht"])
    public = client.get(practice.get_absolute_url()).content.decode()
    assert "<h1>Openbare titel</h1>" in public
    preview_url = reverse("wagtailsnippets_practices_practice:preview_on_edit", args=[practice.pk])
    data = form_data(vocab, title="Conceptitel", slug=practice.slug)
    assert admin_client.post(preview_url, data).json()["is_valid"] is True
    preview = admin_client.get(preview_url).content.decode()
    assert "<h1>Conceptitel</h1>" in preview
    after = client.get(practice.get_absolute_url()).content.decode()
    assert "Conceptitel" not in after
    assert "<h1>Openbare titel</h1>" in after


def test_list_cards_are_cached_and_identical(client, practices):
    client.get(URL)
    first, cold = queries(client, URL, fase="lopend")
    second, warm = queries(client, URL, fase="lopend")
    assert warm < cold
    assert second.content == first.content
    # The same cards as a render without any cached fragment.
    forget_everything()
    fresh, _n = queries(client, URL, fase="lopend")
    assert fresh.content == first.content


def test_list_cards_follow_unpublishing(client, practices):
    assert "Buurtbrug Utrecht" in client.get(URL).content.decode()
    Practice.objects.get(title="Buurtbrug Utrecht").unpublish()
    assert "Buurtbrug Utrecht" not in client.get(URL).content.decode()


def test_footer_follows_the_language(client, practices):
    dutch = client.get(URL).content.decode()
    english = client.get("/en" + URL).content.decode()
    assert "Over deze site" in dutch.split("<footer")[1]
    assert "Over deze site" not in english.split("<footer")[1]


def test_home_body_is_cached_but_never_for_a_preview(rf, home):
    request = rf.get("/")
    context = home.get_context(request)
    assert context["body_cache_key"] == home.pk
    assert context["home_cache_key"][0] == home.pk
    request.is_preview = True
    context = home.get_context(request)
    assert context["body_cache_key"] is None
    assert context["home_cache_key"] is None


def test_home_repeat_is_identical(client, home):
    first = client.get("/")
    second = client.get("/")
    assert first.status_code == second.status_code == 200
    assert first.content == second.content
