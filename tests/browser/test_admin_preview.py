"""The preview panel in the real admin: an editor opens it beside a practice and sees the
public page, including what was typed and not yet saved."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

import pytest
from playwright.sync_api import expect

from jos_portal.taxonomy.models import SchoolType
from tests.factories.practices import PracticeFactory

# The roles and taxonomy come from data migrations: keep them.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "Een-lang-wachtwoord-2026"


def test_the_preview_panel_shows_the_practice_as_visitors_will_see_it(page, demo_server):
    editor = get_user_model().objects.create_user(
        "redactie", "redactie@example.nl", PASSWORD, first_name="Ruben"
    )
    editor.groups.add(Group.objects.get(name="Redacteur"))
    practice = PracticeFactory(
        title="Huiswerkklas in de wijk", school_types=[SchoolType.objects.get(slug="havo")]
    )
    base = demo_server.url

    page.goto(f"{base}/admin/login/")
    page.locator("#id_username").fill("redactie")
    page.locator("#id_password").fill(PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(f"{base}/admin/")

    page.goto(f"{base}/admin/snippets/practices/practice/edit/{practice.pk}/")
    page.locator("#id_title").fill("Huiswerkklas in de wijk, nu ook op zaterdag")
    page.locator('[data-side-panel-toggle="preview"]').click()

    frame = page.frame_locator("#w-preview-iframe")
    expect(frame.locator("h1")).to_contain_text(
        "Huiswerkklas in de wijk, nu ook op zaterdag", timeout=15_000
    )
