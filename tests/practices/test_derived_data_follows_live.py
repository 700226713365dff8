"""Derived data (region coverage, facet counts, search entries) follows the live version
of a practice: a draft saved by someone who cannot publish changes nothing a visitor sees,
on any channel; publishing it does."""

import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from wagtail.models import Page, Site

import pytest
from taggit.models import Tag

from jos_portal.accounts.roles import CONTRIBUTOR, EDITOR
from jos_portal.core.models import HomePage
from jos_portal.taxonomy.models import Municipality, SchoolType
from tests.factories.practices import PracticeFactory
from tests.practices.test_admin import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(db):
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Home", slug="home-afgeleid", intro="Welkom"))
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    return site


def role_client(role, username):
    user = get_user_model().objects.create_user(
        username, f"{username}@example.nl", "Een-lang-wachtwoord-2026"
    )
    user.groups.add(Group.objects.get(name=role))
    client = Client()
    client.force_login(user)
    return client


def body(response):
    if response.status_code == 404:  # a topic no live record carries any more
        return "HTTP 404"
    assert response.status_code == 200, response
    if response.streaming:
        text = b"".join(response.streaming_content).decode()
    else:
        text = response.content.decode()
    if "<feed" in text and "<entry>" not in text:
        # An empty feed is dated "now"; that is no change to its content.
        text = re.sub(r"<updated>[^<]*</updated>", "", text)
    return text


def public_channels(tilburg, vlieland):
    """Every public view of a practice's place, as an anonymous visitor gets it."""
    anonymous = Client()
    channels = {}
    for m in (tilburg, vlieland):
        province, key = m.province.slug, m.slug
        urls = {
            f"list {key}": f"/praktijkvoorbeelden/?gemeente={key}",
            f"list province {province}": f"/praktijkvoorbeelden/?provincie={province}",
            f"csv {key}": f"/praktijkvoorbeelden/export.csv?gemeente={key}",
            f"feed {key}": f"/praktijkvoorbeelden/feed/?gemeente={key}",
            f"region {key}": f"/regio/{province}/{key}/",
            f"region {province}": f"/regio/{province}/",
            f"api list {key}": f"/api/v1/practices/?gemeente={key}",
            f"api municipality {key}": f"/api/v1/regions/municipalities/{key}/",
            f"api province {province}": f"/api/v1/regions/provinces/{province}/",
            f"search {m.name}": f"/zoeken/?q={m.name}",
            f"list search {m.name}": f"/praktijkvoorbeelden/?q={m.name}",
        }
        for name, url in urls.items():
            channels[name] = body(anonymous.get(url))
    for name, url in {
        "detail": "/praktijkvoorbeelden/pauzeteam-tilburg/",
        "list": "/praktijkvoorbeelden/",
        "list havo": "/praktijkvoorbeelden/?schooltype=havo",
        "list vwo": "/praktijkvoorbeelden/?schooltype=vwo",
        "list stage": "/praktijkvoorbeelden/?fase=verkennen",
        "list other stage": "/praktijkvoorbeelden/?fase=geborgd",
        "list topic": "/praktijkvoorbeelden/?onderwerp=samenwerking",
        "topics": "/onderwerpen/",
        "topic": "/onderwerpen/samenwerking/",
        "feed topic": "/praktijkvoorbeelden/feed/?onderwerp=samenwerking",
        "api topics": "/api/v1/topics/",
        "search draft word": "/zoeken/?q=conceptonderwerp",
        "regions": "/regio/",
        "api provinces": "/api/v1/regions/provinces/",
        "api list": "/api/v1/practices/",
    }.items():
        channels[name] = body(anonymous.get(url))
    return channels


def test_a_draft_moving_a_live_practice_changes_no_public_channel(site):
    tilburg = Municipality.objects.get(code="GM0855")
    vlieland = Municipality.objects.get(code="GM0096")
    practice = PracticeFactory(
        title="Pauzeteam Tilburg",
        slug="pauzeteam-tilburg",
        municipality=tilburg,
        school_types=[SchoolType.objects.get(slug="havo")],
        stage="verkennen",
        tags=["samenwerking"],
    )
    before = public_channels(tilburg, vlieland)
    assert "Pauzeteam Tilburg" in before[f"list {tilburg.slug}"]
    assert "Pauzeteam Tilburg" in before[f"csv {tilburg.slug}"]
    assert "Pauzeteam Tilburg" in before[f"feed {tilburg.slug}"]
    assert "Pauzeteam Tilburg" in before[f"region {tilburg.slug}"]
    assert "Pauzeteam Tilburg" not in before[f"list {vlieland.slug}"]
    assert "Pauzeteam Tilburg" not in before[f"api list {vlieland.slug}"]

    # A Bijdrager (may edit, may not publish) saves a draft that moves it to Vlieland, to
    # another school type, stage and (existing, otherwise unused) topic.
    Tag.objects.create(name="conceptonderwerp", slug="conceptonderwerp")
    contributor = role_client(CONTRIBUTOR, "bijdrager")
    edit_url = reverse("wagtailsnippets_practices_practice:edit", args=[practice.pk])
    vocab = {"utrecht": vlieland, "havo": SchoolType.objects.get(slug="vwo")}
    data = form_data(
        vocab,
        title="Pauzeteam Tilburg",
        slug="pauzeteam-tilburg",
        stage="geborgd",
        tags="conceptonderwerp",
    )
    assert contributor.post(edit_url, data).status_code == 302
    practice.refresh_from_db()
    assert practice.live and practice.has_unpublished_changes
    draft = practice.get_latest_revision_as_object()
    assert draft.municipality_id == vlieland.pk and draft.stage == "geborgd"
    assert practice.municipality_id == tilburg.pk and practice.stage == "verkennen"
    assert list(practice.tags.names()) == ["samenwerking"]
    assert list(practice.school_types.values_list("slug", flat=True)) == ["havo"]

    during = public_channels(tilburg, vlieland)
    assert [name for name in before if during[name] != before[name]] == []
    assert list(practice.coverage.values_list("code", flat=True)) == ["GM0855"]

    # Publishing the draft is what moves it, on every channel.
    editor = role_client(EDITOR, "redacteur")
    assert editor.post(edit_url, {**data, "action-publish": "1"}).status_code == 302
    practice.refresh_from_db()
    assert not practice.has_unpublished_changes
    assert list(practice.coverage.values_list("code", flat=True)) == ["GM0096"]
    after = public_channels(tilburg, vlieland)
    for channel in ("list", "csv", "feed", "region", "api list"):
        assert "Pauzeteam Tilburg" in after[f"{channel} {vlieland.slug}"], channel
        assert "Pauzeteam Tilburg" not in after[f"{channel} {tilburg.slug}"], channel
    assert "Vlieland" in after["detail"]
    assert "Pauzeteam Tilburg" in after["search Vlieland"]
    assert "Pauzeteam Tilburg" not in before["search Vlieland"]
    assert "Pauzeteam Tilburg" in after["list vwo"] and "Pauzeteam Tilburg" in before["list havo"]
    assert "Pauzeteam Tilburg" not in after["list havo"]
    assert "Pauzeteam Tilburg" in after["list other stage"]
    assert before["topic"] != "HTTP 404" and after["topic"] == "HTTP 404"
