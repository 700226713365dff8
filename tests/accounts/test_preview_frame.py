"""The preview panel: the admin's edit screen may frame its own preview, nobody else may.

Wagtail shows the preview of a record or page in a frame of the edit screen. With
``X-Frame-Options: DENY`` on every response the panel showed a broken page.
"""

from django.urls import reverse

import pytest

from jos_portal.taxonomy.models import SchoolType
from tests.factories.events import EventIndexPageFactory, EventPageFactory
from tests.factories.practices import PracticeFactory
from tests.factories.publications import PublicationFactory
from tests.factories.stories import StoryIndexPageFactory, StoryPageFactory
from tests.factories.workshops import SessionFactory
from tests.practices.test_admin import form_data

pytestmark = pytest.mark.django_db


def snippet_preview_urls():
    return [
        reverse(f"wagtailsnippets_{app}_{model}:preview_on_edit", args=(factory().pk,))
        for app, model, factory in [
            ("practices", "practice", PracticeFactory),
            ("workshops", "session", SessionFactory),
            ("publications", "publication", PublicationFactory),
        ]
    ] + [
        reverse("wagtailsnippets_practices_practice:preview_on_add"),
    ]


def page_preview_urls():
    story = StoryPageFactory(parent=StoryIndexPageFactory())
    event = EventPageFactory(parent=EventIndexPageFactory())
    return [
        reverse("wagtailadmin_pages:preview_on_edit", args=(page.pk,))
        for page in (story, story.get_parent(), event)
    ]


def test_the_preview_of_every_record_and_page_type_may_be_framed_by_the_admin_itself(clients):
    for url in snippet_preview_urls() + page_preview_urls():
        response = clients["redacteur"].get(url)
        assert response.status_code == 200, url
        assert response["X-Frame-Options"] == "SAMEORIGIN", url
        # Wagtail renders the preview through the public site's middleware: its policy
        # may be framed by the admin only.
        assert "frame-ancestors 'none'" not in response.get("Content-Security-Policy", "")


def test_a_rendered_preview_keeps_its_policy_but_only_the_admin_may_frame_it(clients):
    practice = PracticeFactory(title="Huiswerkklas")
    url = reverse("wagtailsnippets_practices_practice:preview_on_edit", args=(practice.pk,))
    vocab = {"utrecht": practice.municipality, "havo": SchoolType.objects.get(slug="havo")}
    posted = clients["redacteur"].post(url, form_data(vocab, slug=practice.slug))
    assert posted.json()["is_valid"] is True
    response = clients["redacteur"].get(url + "?in_preview_panel=true")
    assert response.status_code == 200
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    policy = response["Content-Security-Policy"]
    assert "frame-ancestors 'self'" in policy and "script-src 'self'" in policy


def test_other_admin_screens_and_public_pages_still_refuse_every_frame(clients):
    practice = PracticeFactory()
    edit = reverse("wagtailsnippets_practices_practice:edit", args=(practice.pk,))
    assert clients["redacteur"].get(edit)["X-Frame-Options"] == "DENY"
    assert clients["redacteur"].get(reverse("wagtailadmin_home"))["X-Frame-Options"] == "DENY"

    public = clients["anoniem"].get(practice.get_absolute_url())
    assert public.status_code == 200
    assert public["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in public["Content-Security-Policy"]


def test_a_preview_asked_for_without_login_is_not_shown(clients):
    url = reverse("wagtailsnippets_practices_practice:preview_on_add")
    response = clients["anoniem"].get(url)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
