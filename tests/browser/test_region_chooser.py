"""An editor picks Tilburg in the municipality chooser by typing, or narrows it to a
province first, on a fresh install (the municipalities came from a migration)."""

import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

import pytest
from playwright.sync_api import expect

from jos_portal.taxonomy.models import Municipality

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "Een-lang-wachtwoord-2026"


def login(page, base):
    editor = get_user_model().objects.create_user("redactie", "r@example.nl", PASSWORD)
    editor.groups.add(Group.objects.get(name="Redacteur"))
    page.goto(f"{base}/admin/login/")
    page.locator("#id_username").fill("redactie")
    page.locator("#id_password").fill(PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(f"{base}/admin/")


def test_tilburg_is_picked_by_typing_in_the_chooser(page, demo_server):
    base = demo_server.url
    login(page, base)
    page.goto(f"{base}/admin/snippets/practices/practice/add/")
    page.get_by_role("tab", name=re.compile("^Indeling")).click()
    field = page.locator("[data-field-input]:has(#id_municipality)")
    field.get_by_role("button").first.click()
    modal = page.locator(".modal-dialog")
    expect(modal).to_be_visible()
    modal.locator("input[name=q]").press_sequentially("tilb", delay=80)
    result = modal.get_by_role("link", name="Tilburg", exact=True)
    expect(result).to_be_visible()
    result.click()
    expect(modal).to_be_hidden()
    tilburg = Municipality.objects.get(code="GM0855")
    expect(page.locator("#id_municipality")).to_have_value(str(tilburg.pk))
    expect(field).to_contain_text("Tilburg")


def test_the_chooser_narrows_to_a_province(page, demo_server):
    base = demo_server.url
    login(page, base)
    page.goto(f"{base}/admin/snippets/practices/practice/add/")
    page.get_by_role("tab", name=re.compile("^Indeling")).click()
    page.locator("[data-field-input]:has(#id_municipality)").get_by_role("button").first.click()
    modal = page.locator(".modal-dialog")
    modal.locator("select[name=provincie]").select_option(label="Zeeland")
    expect(modal.get_by_role("link", name="Goes", exact=True)).to_be_visible()
    expect(modal.get_by_role("link", name="Tilburg", exact=True)).to_have_count(0)


def test_other_municipalities_are_ticked_after_filtering_the_list(page, demo_server):
    from tests.factories.practices import PracticeFactory

    practice = PracticeFactory(title="Regionale training")
    base = demo_server.url
    login(page, base)
    page.goto(f"{base}/admin/snippets/practices/practice/edit/{practice.pk}/")
    page.get_by_role("tab", name=re.compile("^Indeling")).click()
    box = page.locator("[data-jos-filterable]")
    filter_input = box.locator("input[type=search]")
    expect(filter_input).to_be_visible()
    checkboxes = box.locator("input[type=checkbox]")
    assert checkboxes.count() > 300  # every municipality, as plain checkboxes

    filter_input.fill("breda")
    expect(box.locator("input[type=checkbox]:visible")).to_have_count(1)
    box.get_by_label("Breda").check()
    filter_input.fill("oosterhout")
    expect(box.get_by_label("Breda")).to_be_visible()  # a ticked one stays in sight
    box.get_by_label("Oosterhout").check()
    filter_input.press("Enter")  # does not submit the record
    expect(page).to_have_url(
        re.compile(rf"{base}/admin/snippets/practices/practice/edit/{practice.pk}/(#.*)?$")
    )

    page.get_by_role("button", name="Bewaar concept").click()
    page.wait_for_load_state()
    practice.refresh_from_db()
    draft = practice.get_latest_revision_as_object()
    assert sorted(m.name for m in draft.extra_municipalities.all()) == ["Breda", "Oosterhout"]
