"""Searching works on every admin listing, on SQLite and PostgreSQL: a search never gives
a 500 or the 'database unreachable' page, and finds the record it names."""

from django.urls import reverse

from wagtail.snippets.models import get_snippet_models

import pytest

pytestmark = pytest.mark.django_db


def listing(model):
    return reverse(f"wagtailsnippets_{model._meta.app_label}_{model._meta.model_name}:list")


@pytest.mark.parametrize("model", get_snippet_models(), ids=lambda m: m._meta.label_lower)
def test_every_snippet_listing_can_be_searched(admin_client, model):
    response = admin_client.get(listing(model), {"q": "tilburg"})
    assert response.status_code == 200, response.status_code


@pytest.mark.parametrize("query", ["tilbu", "Tilburg", "GM0855"])
def test_municipalities_are_found_by_name_or_code_on_a_fresh_install(admin_client, query):
    """The 342 municipalities come from a migration; they are indexed after migrate."""
    from jos_portal.taxonomy.models import Municipality

    response = admin_client.get(listing(Municipality), {"q": query})
    assert response.status_code == 200
    assert [str(m) for m in response.context["object_list"]][:1] == ["Tilburg"]


def test_the_municipality_chooser_finds_tilburg_by_typing(admin_client):
    url = reverse("wagtailsnippetchoosers_taxonomy_municipality:choose_results")
    response = admin_client.get(url, {"q": "tilb"})
    assert response.status_code == 200
    assert "Tilburg" in response.content.decode()


def test_factor_organisation_and_tip_listings_find_their_record(admin_client):
    from jos_portal.stories.models import Tip
    from jos_portal.taxonomy.models import Factor, Organisation

    Factor.objects.create(name="Warme overdracht", kind="succesfactor", description="<p>x</p>")
    Organisation.objects.create(name="Stichting Pleinwerk")
    Tip.objects.create(title="Plan een vaste overdracht", text="<p>Elke maandag.</p>")
    for model, query, expected in (
        (Factor, "overdracht", "Warme overdracht"),
        (Organisation, "pleinwerk", "Stichting Pleinwerk"),
        (Tip, "overdracht", "Plan een vaste overdracht"),
    ):
        response = admin_client.get(listing(model), {"q": query})
        assert response.status_code == 200, model
        assert expected in [str(obj) for obj in response.context["object_list"]], model


def test_the_global_admin_search_offers_the_knowledge_base(admin_client, client):
    html = admin_client.get(reverse("wagtailadmin_pages:search"), {"q": "pauze"}).content
    html = html.decode()
    for label, url_name in (
        ("Praktijkvoorbeelden", "wagtailsnippets_practices_practice:list"),
        ("Werkplaatssessies", "wagtailsnippets_workshops_session:list"),
        ("Publicaties", "wagtailsnippets_publications_publication:list"),
        ("Factoren", "wagtailsnippets_taxonomy_factor:list"),
        ("Tips", "wagtailsnippets_stories_tip:list"),
    ):
        assert label in html
        assert f"{reverse(url_name)}?q=pauze" in html


def test_an_editor_sees_only_the_areas_they_may_open():
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.test import Client

    user = get_user_model().objects.create_user("redacteur", "r@example.nl", "x")
    user.groups.add(Group.objects.get(name="Redacteur"))
    client = Client()
    client.force_login(user)
    html = client.get(reverse("wagtailadmin_pages:search"), {"q": "pauze"}).content.decode()
    assert reverse("wagtailsnippets_practices_practice:list") + "?q=pauze" in html
    assert reverse("wagtailsnippets_taxonomy_factor:list") + "?q=pauze" in html
    # A contributor may only pick factors and publications, so their areas are not offered.
    from django.test import RequestFactory

    from wagtail.admin.search import admin_search_areas

    contributor = get_user_model().objects.create_user("bijdrager", "b@example.nl", "x")
    contributor.groups.add(Group.objects.get(name="Bijdrager"))
    request = RequestFactory().get("/admin/")
    request.user = contributor
    shown = {area.url for area in admin_search_areas.search_items_for_request(request)}
    assert reverse("wagtailsnippets_practices_practice:list") in shown
    assert reverse("wagtailsnippets_taxonomy_factor:list") not in shown
    assert reverse("wagtailsnippets_publications_publication:list") not in shown


def test_the_municipality_chooser_filters_by_province(admin_client):
    from jos_portal.taxonomy.models import Municipality, Province

    brabant = Province.objects.get(slug="noord-brabant")
    chooser = reverse("wagtailsnippetchoosers_taxonomy_municipality:choose")
    html = admin_client.get(chooser).json()["html"]
    assert 'name="provincie"' in html and "Alle provincies" in html

    results = reverse("wagtailsnippetchoosers_taxonomy_municipality:choose_results")
    response = admin_client.get(results, {"provincie": brabant.pk})
    shown = list(response.context["items"])
    assert shown and all(m.province_id == brabant.pk for m in shown)
    response = admin_client.get(results, {"provincie": brabant.pk, "q": "tilb"})
    assert [str(m) for m in response.context["items"]] == ["Tilburg"]
    response = admin_client.get(
        results, {"provincie": Province.objects.get(slug="utrecht").pk, "q": "tilb"}
    )
    assert response.status_code == 200
    assert "Tilburg" not in response.content.decode()
    assert Municipality.objects.filter(province=brabant).count() > len(shown)  # paged
