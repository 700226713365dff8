"""Two practices with databank details, read and compared in a real browser, with axe on
the new sections."""

import re

import pytest

from tests.browser.conftest import assert_no_serious_axe_violations
from tests.factories.practices import databank_practice

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_two_databank_records_read_and_compare_side_by_side(page, demo_server):
    from jos_portal.taxonomy.models import Factor

    factor = Factor.objects.order_by("name").first()
    first = databank_practice(
        title="Fictief voorbeeld A met kosten",
        factor=factor,
        elements=("Vaste jongerenwerker in de pauze", "Een eigen ruimte in de school"),
    )
    second = databank_practice(
        title="Fictief voorbeeld B met onderzoek",
        recognition="",
        recognition_date=None,
        recognition_valid_until=None,
        recognition_databank="",
        recognition_url="",
        cost_per_year_from=30000,
        cost_per_year_to=None,
        age_from=15,
        age_to=18,
        prevention_level="selectief",
        funding=("subsidie-fonds",),
        owner_consent=False,
        evaluations=(("effectonderzoek", 2024), ("monitor", 2025)),
    )

    page.goto(demo_server.url + first.get_absolute_url())
    for name in (
        "Werkzame elementen",
        "Voor wie precies",
        "Kosten en inzet",
        "Erkenning en onderbouwing",
        "Onderzoek",
        "Eigenaar van de aanpak",
    ):
        assert page.get_by_role("heading", name=name, exact=True).is_visible(), name
    page.get_by_text("Wat betekenen erkenning en herkomst?").click()
    assert page.get_by_text("onze eigen schaal", exact=False).is_visible()
    assert_no_serious_axe_violations(page)

    page.goto(demo_server.url + second.get_absolute_url())
    assert page.get_by_role("heading", name="Eigenaar van de aanpak").count() == 0
    assert "geëvalueerd in 2 onderzoeken" in page.locator("#research-heading + p").inner_text()
    assert_no_serious_axe_violations(page)

    page.goto(f"{demo_server.url}/praktijkvoorbeelden/vergelijk/?ids={first.pk},{second.pk}")
    table = page.locator("table.compare-table")

    def row(label):
        header = page.locator("th[scope=row]", has_text=re.compile(f"^{re.escape(label)}$"))
        cells = table.locator("tr", has=header)
        return cells.locator("td").all_inner_texts()

    assert row("Officiële erkenning")[0].startswith("Goed beschreven")
    assert row("Officiële erkenning")[1] == "–"
    assert "8.000" in row("Kosten")[0] and "30.000" in row("Kosten")[1]
    assert row("Financiering") == ["gemeente", "subsidie of fonds"]
    assert row("Leeftijd") == ["12 tot en met 16 jaar", "15 tot en met 18 jaar"]
    assert "Vaste jongerenwerker in de pauze" in row("Werkzame elementen")[0]
    assert "effectonderzoek" in row("Onderzoek")[1]
    assert row("Eigenaar")[1] == "–"
    assert_no_serious_axe_violations(page)


def test_submission_form_with_the_new_fields_is_axe_clean(page, demo_server):
    page.goto(demo_server.url + "/praktijkvoorbeelden/aanmelden/")
    assert page.get_by_role("heading", name="Meer over de aanpak (optioneel)").is_visible()
    assert_no_serious_axe_violations(page)


def test_an_editor_fills_in_two_records_and_compares_them(page, demo_server):
    """Both records filled in through the admin form (tabs, an inline working element),
    published, then read on the page and side by side."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from practices.models import Practice
    from tests.factories.practices import PracticeFactory

    editor = get_user_model().objects.create_user(
        "redactie", "r@example.nl", "Een-lang-wachtwoord-2026"
    )
    editor.groups.add(Group.objects.get(name="Redacteur"))
    records = [
        (
            PracticeFactory(title="Fictief voorbeeld C"),
            "Elke pauze dezelfde jongerenwerker",
            12,
            14,
            "universeel",
            "6",
        ),
        (
            PracticeFactory(title="Fictief voorbeeld D"),
            "Een eigen ruimte in de school",
            15,
            18,
            "selectief",
            "10",
        ),
    ]
    base = demo_server.url
    page.goto(f"{base}/admin/login/")
    page.locator("#id_username").fill("redactie")
    page.locator("#id_password").fill("Een-lang-wachtwoord-2026")
    page.locator("form button[type=submit]").click()
    page.wait_for_url(f"{base}/admin/")

    for practice, element, age_from, age_to, level, hours in records:
        page.goto(f"{base}/admin/snippets/practices/practice/edit/{practice.pk}/")
        page.locator("#id_working_elements-ADD").click()
        page.locator("input[name='working_elements-0-text']").fill(element)
        page.get_by_role("tab", name=re.compile("^Indeling")).click()
        page.locator("#id_age_from").fill(str(age_from))
        page.locator("#id_age_to").fill(str(age_to))
        page.locator("#id_prevention_level").select_option(level)
        page.locator("#id_youth_work_hours_per_week").fill(hours)
        with page.expect_navigation():
            page.locator("[name=action-publish]").first.evaluate("b => b.form.requestSubmit(b)")
        page.wait_for_load_state()
        errors = page.locator(".error-message, .help-critical, .w-field__errors").all_inner_texts()
        assert not [e for e in errors if e.strip()], errors
        saved = Practice.objects.get(pk=practice.pk)
        assert saved.live and saved.age_from == age_from and saved.prevention_level == level
        assert [w.text for w in saved.working_elements.all()] == [element]

    first, second = (record[0] for record in records)
    page.goto(base + first.get_absolute_url())
    assert page.get_by_role("heading", name="Werkzame elementen", exact=True).is_visible()
    assert page.get_by_text("Elke pauze dezelfde jongerenwerker").is_visible()
    page.goto(f"{base}/praktijkvoorbeelden/vergelijk/?ids={first.pk},{second.pk}")
    table = page.locator("table.compare-table").inner_text()
    for text in (
        "Elke pauze dezelfde jongerenwerker",
        "Een eigen ruimte in de school",
        "12 tot en met 14 jaar",
        "15 tot en met 18 jaar",
    ):
        assert text in table, text
    assert_no_serious_axe_violations(page)
