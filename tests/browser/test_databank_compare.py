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
