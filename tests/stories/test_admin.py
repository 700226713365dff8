from django.contrib.auth import get_user_model
from django.urls import reverse

import pytest

from jos_portal.stories.models import Tip
from tests.factories.stories import TipFactory
from tests.factories.taxonomy import FactorFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("redacteur", "r@example.nl", "pw")
    client.force_login(user)
    return client


def test_editor_saves_a_tip_as_draft_then_publishes_it(admin_client, client):
    factor = FactorFactory(name="Vaste contactpersoon", kind="randvoorwaarde")
    data = {
        "title": "Bel elke week",
        "text": "Een kort belletje voorkomt misverstanden.",
        "link_url": "",
        "link_text": "",
        "factors": [factor.pk],
        "tags": "samenwerking",
    }
    response = admin_client.post(reverse("wagtailsnippets_stories_tip:add"), data)
    assert response.status_code == 302
    tip = Tip.objects.get(title="Bel elke week")
    assert tip.live is False
    assert "Bel elke week" not in client.get("/tips/").content.decode()

    edit_url = reverse("wagtailsnippets_stories_tip:edit", args=[tip.pk])
    response = admin_client.post(edit_url, {**data, "action-publish": "1"})
    assert response.status_code == 302
    tip.refresh_from_db()
    assert tip.live is True
    assert "Bel elke week" in client.get("/tips/").content.decode()


def test_tip_listing_in_the_admin_filters_by_factor_kind(admin_client):
    TipFactory(title="Zichtbare tip")
    url = reverse("wagtailsnippets_stories_tip:list")
    response = admin_client.get(url + "?factors__kind=valkuil")
    assert response.status_code == 200
    assert admin_client.get(url).status_code == 200
    assert "Zichtbare tip" in admin_client.get(url).content.decode()
