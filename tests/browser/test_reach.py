"""Reach figures in Chromium: the "Meest gelezen" list on the home page and the report
"Bereik" in the admin, both without serious or critical axe findings."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

import pytest

from jos_portal.reach.models import DailyCount
from practices.models import Practice
from tests.browser.test_review_desk import PASSWORD, axe_on, log_in

# The roles and the root page come from data migrations: keep them.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def count_views(practices):
    for number, practice in enumerate(practices, start=1):
        DailyCount.objects.create(
            day=timezone.localdate(),
            kind="view",
            record_type="practices.practice",
            record_id=practice.pk,
            region=practice.municipality.province.slug,
            referrer="(direct)",
            count=10 * number,
        )


def test_the_most_read_list_on_the_home_page(page, demo_server):
    practices = list(Practice.objects.published().select_related("municipality__province")[:3])
    count_views(practices)
    page.goto(demo_server.url + "/")
    section = page.locator("section.most-read")
    section.wait_for()
    assert section.get_by_role("heading", level=2).inner_text() == "Meest gelezen"
    items = section.locator("ol > li > a")
    # Most read first: the practice counted 30 times, then 20, then 10.
    assert items.all_inner_texts() == [p.title for p in reversed(practices)]
    axe_on(page, "section.most-read")
    page.set_viewport_size({"width": 375, "height": 800})
    assert section.is_visible()
    axe_on(page, "section.most-read")


def test_the_reach_report_in_the_admin(page, demo_server):
    editor = get_user_model().objects.create_user("redactie", "redactie@example.nl", PASSWORD)
    editor.groups.add(Group.objects.get(name="Redacteur"))
    practices = list(Practice.objects.published().select_related("municipality__province")[:2])
    count_views(practices)
    base = demo_server.url

    log_in(page, base, "redactie")
    page.goto(base + "/admin/rapporten/bereik/")
    table = page.locator("table.listing")
    table.wait_for()
    assert practices[1].title in table.locator("tbody tr").first.inner_text()
    axe_on(page, "main")

    page.goto(base + "/admin/rapporten/bereik/?indeling=regio")
    page.locator("table.listing").wait_for()
    assert practices[0].municipality.province.name in page.locator("table.listing").inner_text()
    axe_on(page, "main")
