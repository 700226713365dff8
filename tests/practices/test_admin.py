from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

import pytest
from taggit.models import Tag

from practices.models import Practice
from tests.factories.practices import PracticeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("redacteur", "r@example.nl", "pw")
    client.force_login(user)
    return client


def form_data(vocab, **overrides):
    # The topic exists, as on a running portal: a contributor may only pick existing ones.
    if not Tag.objects.filter(slug="samenwerking").exists():
        Tag.objects.create(name="samenwerking", slug="samenwerking")
    data = {
        "title": "Nieuw voorbeeld",
        "slug": "nieuw-voorbeeld",
        "summary": "Korte samenvatting.",
        "goal": rich_text("<p>Doel</p>"),
        "approach": rich_text("<p>Aanpak</p>"),
        "results": rich_text(""),
        "lessons": rich_text(""),
        "collaboration_type": "beide",
        "stage": "verkennen",
        "status": "lopend",
        "municipality": vocab["utrecht"].pk,
        "school_types": [vocab["havo"].pk],
        "evidence_level": "beschreven",
        "tags": "samenwerking",
        "organisations": inline_formset([]),
        "links": inline_formset([]),
        "documents": inline_formset([]),
        "working_elements": inline_formset([]),
        "evaluations": inline_formset([]),
    }
    data.update(overrides)
    # nested_form_data would flatten a list into "school_types-0", which the form ignores.
    multiple = {key: data.pop(key) for key in list(data) if isinstance(data[key], list)}
    return {**nested_form_data(data), **multiple}


def test_create_as_draft_then_publish_then_unpublish_through_the_admin(admin_client, client, vocab):
    add_url = reverse("wagtailsnippets_practices_practice:add")
    response = admin_client.post(add_url, form_data(vocab))
    assert response.status_code == 302, response.context["form"].errors if response.context else ""
    practice = Practice.objects.get(slug="nieuw-voorbeeld")
    assert practice.live is False
    assert client.get("/praktijkvoorbeelden/nieuw-voorbeeld/").status_code == 404
    assert list(practice.coverage.values_list("code", flat=True)) == ["GM0344"]

    edit_url = reverse("wagtailsnippets_practices_practice:edit", args=[practice.pk])
    response = admin_client.post(
        edit_url, {**form_data(vocab, title="Gepubliceerd voorbeeld"), "action-publish": "1"}
    )
    assert response.status_code == 302
    practice.refresh_from_db()
    assert practice.live is True
    admin_client.logout()
    assert (
        "Gepubliceerd voorbeeld"
        in client.get("/praktijkvoorbeelden/nieuw-voorbeeld/").content.decode()
    )

    user = get_user_model().objects.get(username="redacteur")
    admin_client.force_login(user)
    unpublish_url = reverse("wagtailsnippets_practices_practice:unpublish", args=[practice.pk])
    assert admin_client.post(unpublish_url).status_code == 302
    practice.refresh_from_db()
    assert practice.live is False
    admin_client.logout()
    assert client.get("/praktijkvoorbeelden/nieuw-voorbeeld/").status_code == 404


def test_editing_a_live_practice_as_draft_keeps_the_public_version(admin_client, client, vocab):
    practice = PracticeFactory(title="Openbare titel", municipality=vocab["utrecht"])
    edit_url = reverse("wagtailsnippets_practices_practice:edit", args=[practice.pk])
    data = form_data(vocab, title="Conceptwijziging", slug=practice.slug)
    assert admin_client.post(edit_url, data).status_code == 302
    admin_client.logout()
    html = client.get(practice.get_absolute_url()).content.decode()
    assert "Openbare titel" in html and "Conceptwijziging" not in html


def test_admin_list_search_filters_and_export(admin_client, practices):
    list_url = reverse("wagtailsnippets_practices_practice:list")
    response = admin_client.get(list_url, {"stage": "opstarten"})
    assert response.status_code == 200
    assert "Buurtbrug Utrecht" in response.content.decode()
    assert "Pauzeteam Tilburg" not in response.content.decode()
    response = admin_client.get(
        list_url, {"province": practices["utrecht_pro"].municipality.province_id}
    )
    assert "Buurtbrug Utrecht" in response.content.decode()
    assert "Pauzeteam Tilburg" not in response.content.decode()
    export = admin_client.get(list_url, {"export": "csv"})
    assert export.status_code == 200
    body = (
        b"".join(export.streaming_content).decode() if export.streaming else export.content.decode()
    )
    assert "Buurtbrug Utrecht" in body
    xlsx = admin_client.get(list_url, {"export": "xlsx"})
    assert xlsx.status_code == 200
    found = admin_client.get(list_url, {"q": "Buurtbrug"}).content.decode()
    assert "Buurtbrug Utrecht" in found and "Pauzeteam Tilburg" not in found


def test_preview_renders_the_public_template(admin_client, vocab):
    practice = PracticeFactory(title="Preview me", municipality=vocab["utrecht"])
    preview_url = reverse("wagtailsnippets_practices_practice:preview_on_edit", args=[practice.pk])
    data = form_data(vocab, title="Voorbeeld in preview", slug=practice.slug)
    assert admin_client.post(preview_url, data).json()["is_valid"] is True
    response = admin_client.get(preview_url)
    assert response.status_code == 200
    assert "<h1>Voorbeeld in preview</h1>" in response.content.decode()
