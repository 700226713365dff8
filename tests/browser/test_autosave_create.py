"""Autosave on a create screen: an editor fills in a whole new practice slowly, pausing
between fields as people do. Autosave creates the record once the required fields are
valid; everything ticked or typed after that still ends up in the same record, every
background save succeeds, and "Bewaar concept" at the end saves without an error."""

import re

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

import pytest
from playwright.sync_api import expect

from jos_portal.taxonomy.models import Municipality
from practices.models import Practice

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "Een-lang-wachtwoord-2026"
WATCH_MARKER = """
document.addEventListener("w-unsaved:watch-edits", () => {
  document.documentElement.dataset.watchingEdits = "true";
});
"""


def pause(page):
    """Longer than the autosave interval: the editor stops typing for a moment."""
    page.wait_for_timeout(settings.WAGTAIL_AUTOSAVE_INTERVAL + 1500)


def rich_text(page, name, text):
    editor = page.locator(f'[data-field-input]:has(#id_{name}) [contenteditable="true"]')
    editor.click()
    editor.press_sequentially(text)


def test_a_full_practice_typed_slowly_on_the_create_screen_is_kept_whole(page, demo_server):
    editor = get_user_model().objects.create_user("redactie", "r@example.nl", PASSWORD)
    editor.groups.add(Group.objects.get(name="Redacteur"))
    tilburg = Municipality.objects.get(code="GM0855")
    base = demo_server.url
    page.goto(f"{base}/admin/login/")
    page.locator("#id_username").fill("redactie")
    page.locator("#id_password").fill(PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(f"{base}/admin/")

    saves = []  # every background or foreground POST: (url, status)
    page.on(
        "response",
        lambda r: saves.append((r.url, r.status)) if r.request.method == "POST" else None,
    )
    page.add_init_script(WATCH_MARKER)
    page.goto(f"{base}/admin/snippets/practices/practice/add/")
    expect(page.locator("html")).to_have_attribute("data-watching-edits", "true")

    # The required fields, one by one.
    page.locator("#id_title").fill("Samen op het schoolplein")
    page.locator("#id_slug").fill("samen-op-het-schoolplein")
    page.locator("#id_summary").fill("Jongerenwerkers staan in de pauze op het plein.")
    rich_text(page, "goal", "Minder ruzie in de pauze.")
    rich_text(page, "approach", "Elke pauze twee jongerenwerkers op het plein.")
    # The classification has its own tab.
    page.get_by_role("tab", name=re.compile("^Indeling")).click()
    page.locator("#id_collaboration_type").select_option(index=1)
    page.locator("#id_stage").select_option("lopend")
    # The municipality chooser's value (the chooser itself has its own browser test).
    page.evaluate(
        """pk => {
            const input = document.querySelector('#id_municipality');
            input.value = pk;
            input.dispatchEvent(new Event('change', {bubbles: true}));
        }""",
        str(tilburg.pk),
    )
    pause(page)  # valid now: autosave may create the record here
    expect(page.locator("#w-autosave-indicator")).to_have_attribute(
        "data-w-autosave-state-value", "saved", timeout=15_000
    )
    assert Practice.objects.filter(slug="samen-op-het-schoolplein").count() == 1
    # Until now a background save of the half-filled form was refused as invalid (400,
    # nothing stored); from here on the form is valid and every save must succeed.
    saves.clear()

    # More, after the record exists.
    page.locator("input[name=school_types]").first.check()
    pause(page)
    tag_input = page.locator("li.tagit-new input")
    tag_input.fill("schoolplein")
    tag_input.press("Enter")
    pause(page)
    page.get_by_role("tab", name=re.compile("^Inhoud")).click()
    page.locator("#id_summary").fill("Jongerenwerkers staan elke pauze op het schoolplein.")
    pause(page)

    with page.expect_response(
        lambda r: r.request.method == "POST" and r.request.resource_type == "document"
    ) as final:
        page.get_by_role("button", name="Bewaar concept").click()
    # Saved and redirected, not the form back with "a practice with this slug exists".
    assert final.value.status == 302, final.value.status
    assert "/edit/" in final.value.url
    page.wait_for_load_state()

    failed = [(url, status) for url, status in saves if status >= 400]
    assert failed == [], failed
    # Once created, the record is saved at its edit address, never at the add address again.
    assert not [url for url, _status in saves if url.endswith("/add/")], saves
    assert Practice.objects.filter(slug="samen-op-het-schoolplein").count() == 1
    practice = Practice.objects.get(slug="samen-op-het-schoolplein")
    draft = practice.get_latest_revision_as_object()
    assert draft.summary == "Jongerenwerkers staan elke pauze op het schoolplein."
    assert [s.pk for s in draft.school_types.all()]
    assert "schoolplein" in [t.name for t in draft.tags.all()]
    assert not practice.live
