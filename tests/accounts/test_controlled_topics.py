"""Controlled topics: a Bijdrager picks from the existing topics, editors add new ones, and
a refused topic keeps the rest of the form as typed."""

from django.urls import reverse

import pytest
from taggit.models import Tag

from practices.models import Practice
from tests.practices import conftest as practice_fixtures
from tests.practices.test_admin import form_data

pytestmark = pytest.mark.django_db

ADD_URL = "wagtailsnippets_practices_practice:add"
vocab = practice_fixtures.vocab


def test_a_contributor_cannot_invent_a_public_topic_and_keeps_what_they_typed(clients, vocab):
    Tag.objects.create(name="Samenwerking", slug="samenwerking")
    response = clients["bijdrager"].post(
        reverse(ADD_URL),
        form_data(vocab, title="Mijn voorbeeld", tags="samenwerking, mijn eigen thema"),
    )
    assert response.status_code == 200
    errors = response.context["form"].errors["tags"]
    assert errors == [
        "Dit onderwerp bestaat nog niet: mijn eigen thema. Kies een bestaand onderwerp; "
        "vraag de redactie als er een nieuw nodig is."
    ]
    assert response.context["form"]["title"].value() == "Mijn voorbeeld"
    assert not Practice.objects.exists()
    assert not Tag.objects.filter(name="mijn eigen thema").exists()
    # The widget completes existing topics only, and says so.
    assert "nieuwe onderwerpen voegt de redactie toe" in response.content.decode()


def test_a_contributor_uses_an_existing_topic_whatever_its_case(clients, vocab):
    Tag.objects.create(name="Samenwerking", slug="samenwerking")
    response = clients["bijdrager"].post(reverse(ADD_URL), form_data(vocab, tags="SAMENWERKING"))
    assert response.status_code == 302
    assert list(Practice.objects.get().tags.names()) == ["Samenwerking"]


@pytest.mark.parametrize("username", ["redacteur", "eindredacteur"])
def test_editors_add_new_topics(clients, vocab, username):
    response = clients[username].post(reverse(ADD_URL), form_data(vocab, tags="schoolverzuim"))
    assert response.status_code == 302
    assert Tag.objects.filter(name="schoolverzuim").exists()


def test_editors_create_a_factor_and_an_organisation_from_the_chooser(clients):
    """The chooser's "create" tab is there for editors, and not for contributors."""
    import json

    for model in ("factor", "organisation"):
        url = reverse(f"wagtailsnippetchoosers_taxonomy_{model}:choose")
        for username, has_tab in (
            ("redacteur", True),
            ("eindredacteur", True),
            ("bijdrager", False),
        ):
            html = json.loads(clients[username].get(url).content)["html"]
            assert ('id="tab-create"' in html) is has_tab, (model, username)
    response = clients["redacteur"].post(
        reverse("wagtailsnippetchoosers_taxonomy_organisation:create"),
        {"name": "Openbare school De Proef (fictief)", "kind": "school", "website": ""},
    )
    assert json.loads(response.content)["step"] == "chosen"
