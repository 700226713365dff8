"""Autosave in the real admin: an editor types in a practice and leaves it; without pressing
save, the text is kept as a draft revision and is back when the editor is opened again."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

import pytest
from playwright.sync_api import expect

from jos_portal.taxonomy.models import SchoolType
from practices.models import Practice
from tests.factories.practices import PracticeFactory

# The roles and taxonomy come from data migrations: keep them.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "Een-lang-wachtwoord-2026"
WATCH_MARKER = """
document.addEventListener("w-unsaved:watch-edits", () => {
  document.documentElement.dataset.watchingEdits = "true";
});
"""


def test_typed_text_is_autosaved_without_pressing_save(page, demo_server):
    editor = get_user_model().objects.create_user(
        "redactie", "redactie@example.nl", PASSWORD, first_name="Ruben"
    )
    editor.groups.add(Group.objects.get(name="Redacteur"))
    practice = PracticeFactory(
        title="Huiswerkklas in de wijk", school_types=[SchoolType.objects.get(slug="havo")]
    )
    revisions = practice.revisions.count()
    base = demo_server.url

    page.goto(f"{base}/admin/login/")
    page.locator("#id_username").fill("redactie")
    page.locator("#id_password").fill(PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(f"{base}/admin/")

    # Wagtail's change tracker takes its snapshot of the form two seconds after loading and
    # says so with a "w-unsaved:watch-edits" event; typing before that is not a change.
    # A marker on <html> lets expect() wait for it.
    page.add_init_script(WATCH_MARKER)
    edit_url = f"{base}/admin/snippets/practices/practice/edit/{practice.pk}/"
    page.goto(edit_url)
    expect(page.locator("html")).to_have_attribute("data-watching-edits", "true")
    indicator = page.locator("#w-autosave-indicator")
    expect(indicator).to_be_attached()
    summary = page.locator("#id_summary")
    summary.fill("")
    summary.press_sequentially("Huiswerkbegeleiding door jongerenwerkers, twee middagen per week.")

    # After WAGTAIL_AUTOSAVE_INTERVAL ms without typing the form is posted in the background;
    # the indicator says "Opgeslagen" once the server has stored it.
    expect(indicator).to_have_attribute(
        "data-w-autosave-state-value",
        "saved",
        timeout=settings.WAGTAIL_AUTOSAVE_INTERVAL + 10_000,
    )
    expect(indicator).to_contain_text("Opgeslagen")

    practice = Practice.objects.get(pk=practice.pk)
    assert practice.revisions.count() == revisions + 1
    draft = practice.get_latest_revision_as_object()
    assert draft.summary == "Huiswerkbegeleiding door jongerenwerkers, twee middagen per week."
    assert draft.title == "Huiswerkklas in de wijk"
    # The published version is what the public still sees.
    assert practice.summary == "Een school en het jongerenwerk werken samen."

    # Typing on updates the same draft revision rather than adding one per pause.
    with page.expect_response(
        lambda response: response.request.method == "POST" and "/edit/" in response.url
    ) as autosave:
        summary.press_sequentially(" Ook in de vakanties.")
    answer = autosave.value.json()
    assert answer["success"] is True
    assert answer["revision_id"] == practice.latest_revision.pk
    assert practice.revisions.count() == revisions + 1

    # A fresh load of the editor (nothing was ever submitted) shows the autosaved text.
    page.goto(edit_url)
    expect(page.locator("#id_summary")).to_have_value(
        "Huiswerkbegeleiding door jongerenwerkers, twee middagen per week. Ook in de vakanties."
    )
