"""The bulk import in Chromium: an editor opens it from the practice list, uploads a file
with two bad rows and reads what is wrong, uploads the fixed file and imports it. Axe on
the import screen, empty, with errors and ready to import."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

import pytest

from jos_portal.taxonomy.models import Organisation
from practices.models import Practice
from tests.browser.conftest import assert_no_serious_axe_violations
from tests.practices.test_import import rows, xlsx_bytes

# The roles, the workflow and the root page come from data migrations: keep them.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "Een-lang-wachtwoord-2026"


def test_editor_uploads_sees_two_bad_rows_fixes_them_and_imports(page, demo_server, tmp_path):
    editor = get_user_model().objects.create_user("redacteur", "r@example.nl", PASSWORD)
    editor.groups.add(Group.objects.get(name="Redacteur"))
    Organisation.objects.get_or_create(name="Stichting Proefschool", defaults={"kind": "school"})
    before = Practice.objects.count()
    bad_file = tmp_path / "met-fouten.xlsx"
    bad_file.write_bytes(xlsx_bytes(rows()))
    good_file = tmp_path / "verbeterd.xlsx"
    good_file.write_bytes(xlsx_bytes(rows(bad=False)))
    base = demo_server.url

    page.goto(f"{base}/admin/login/")
    page.locator("#id_username").fill("redacteur")
    page.locator("#id_password").fill(PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(f"{base}/admin/")

    page.goto(f"{base}/admin/snippets/practices/practice/")
    page.get_by_role("link", name="Importeren").click()
    page.wait_for_url("**/importeren/")
    assert page.get_by_role("heading", level=1, name="Praktijkvoorbeelden importeren").is_visible()
    assert_no_serious_axe_violations(page)

    page.get_by_label("Bestand (CSV of Excel)").set_input_files(str(bad_file))
    page.get_by_role("button", name="Controleren").click()
    errors = page.locator("table.practice-import__errors tbody tr")
    errors.first.wait_for()
    assert errors.count() == 2
    assert errors.nth(0).locator("td").all_inner_texts() == [
        "7",
        "gemeente",
        "Atlantis",
        "Onbekende gemeente. Gebruik de naam of de CBS-code (bijvoorbeeld GM0855).",
    ]
    assert errors.nth(1).locator("td").all_inner_texts()[:3] == [
        "16",
        "laatst gecontroleerd",
        "31-02-2024",
    ]
    assert "2 van de 20 rijen hebben fouten" in page.get_by_role("alert").inner_text()
    assert page.get_by_role("button", name="praktijkvoorbeelden importeren").count() == 0
    assert page.title().startswith("Fouten:")
    assert_no_serious_axe_violations(page)
    assert Practice.objects.count() == before

    page.get_by_label("Bestand (CSV of Excel)").set_input_files(str(good_file))
    page.get_by_role("button", name="Controleren").click()
    confirm = page.get_by_role("button", name="20 praktijkvoorbeelden importeren")
    confirm.wait_for()
    assert "Alle 20 rijen zijn in orde" in page.content()
    assert_no_serious_axe_violations(page)
    assert Practice.objects.count() == before

    confirm.click()
    page.wait_for_url(f"{base}/admin/snippets/practices/practice/")
    assert "20 praktijkvoorbeelden geïmporteerd" in page.content()
    imported = Practice.objects.filter(title__startswith="Pauzeproject nummer")
    assert imported.count() == 20
    assert not imported.filter(live=True).exists()
