import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_no_serious_axe_violations

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def answer_all(page, label):
    questions = page.locator("fieldset.scan-question")
    for index in range(questions.count()):
        questions.nth(index).get_by_label(label, exact=True).check()


def test_complete_the_scan_open_the_result_and_follow_a_recommendation(page, demo_server):
    page.goto(demo_server.url + "/samenwerkingsscan/")
    assert_no_serious_axe_violations(page)
    page.get_by_role("button", name="Begin met de scan").click()

    page.wait_for_url("**/samenwerkingsscan/stap/1/**")
    assert page.locator("h1").inner_text() == "Stap 1 van 4: Randvoorwaarden"
    assert_no_serious_axe_violations(page)
    answer_all(page, "Niet mee eens")
    # JavaScript counts the answers across all steps.
    assert re.match(
        r"10 van de 28 stellingen beantwoord", page.locator("[data-scan-count]").inner_text()
    )
    page.get_by_role("button", name="Volgende stap").click()

    page.wait_for_url("**/samenwerkingsscan/stap/2/**")
    assert_no_serious_axe_violations(page)
    answer_all(page, "Helemaal mee eens")
    # Back and forth keeps the answers.
    page.get_by_role("button", name="Vorige stap").click()
    page.wait_for_url("**/samenwerkingsscan/stap/1/**")
    first = page.locator("fieldset.scan-question").first
    assert first.get_by_label("Niet mee eens", exact=True).is_checked()
    page.get_by_role("button", name="Volgende stap").click()
    page.wait_for_url("**/samenwerkingsscan/stap/2/**")
    assert (
        page.locator("fieldset.scan-question")
        .first.get_by_label("Helemaal mee eens", exact=True)
        .is_checked()
    )
    page.get_by_role("button", name="Volgende stap").click()

    page.wait_for_url("**/samenwerkingsscan/stap/3/**")
    assert page.locator("h1").inner_text() == "Stap 3 van 4: Valkuilen"
    assert_no_serious_axe_violations(page)
    answer_all(page, "Helemaal mee eens")
    page.locator("fieldset.scan-question").nth(1).get_by_label("Weet ik niet").check()
    page.get_by_role("button", name="Volgende stap").click()

    page.wait_for_url("**/samenwerkingsscan/stap/4/**")
    assert_no_serious_axe_violations(page)
    page.get_by_label("Schooltype").select_option(label="havo")
    page.get_by_label("Gemeente").select_option(label="Tilburg")
    page.get_by_label("Lopend: we werken al een tijd samen").check()
    page.get_by_role("button", name="Bekijk de uitslag").click()

    page.wait_for_url(re.compile(r".*/samenwerkingsscan/uitslag/v1-[a-z2-7]+/$"))
    assert page.locator("h1").inner_text() == "Uitslag van jullie samenwerkingsscan"
    assert page.get_by_role("img", name=re.compile("score per onderdeel")).is_visible()
    table = page.get_by_role("table", name="Score per onderdeel")
    assert "Randvoorwaarden" in table.inner_text() and "33%" in table.inner_text()
    assert page.get_by_role("button", name="Afdrukken").is_visible()
    # Scores in words: the pitfalls answered "helemaal mee eens" are a big risk, not "0%".
    summary = page.locator(".scan-summary").inner_text()
    assert "Valkuilen: groot risico" in summary
    assert_no_serious_axe_violations(page)

    result = page.url
    # On a phone: the summary first, no tiny chart text, the long table folded away, the
    # link copied with one button, and the scrollable tables reachable by keyboard.
    phone = page.context.browser.new_context(
        locale="nl-NL",
        viewport={"width": 375, "height": 740},
        permissions=["clipboard-read", "clipboard-write"],
    ).new_page()
    phone.goto(result)
    assert phone.locator("#summary-heading").bounding_box()["y"] < 1200
    assert not phone.locator(".bar-chart").first.is_visible()
    assert not phone.get_by_role("table", name="Score en antwoorden per factor").is_visible()
    phone.get_by_text("Toon de score en jullie antwoorden per factor").click()
    assert phone.get_by_role("table", name="Score en antwoorden per factor").is_visible()
    phone.get_by_role("button", name="Kopieer link").click()
    expect(phone.locator("[data-copy-status]")).to_have_text("Link gekopieerd.")
    assert phone.evaluate("navigator.clipboard.readText()") == result
    assert_no_serious_axe_violations(phone)
    phone.context.close()
    pdf_href = page.get_by_role("link", name="Download als PDF").get_attribute("href")
    pdf = page.request.get(demo_server.url + pdf_href)
    assert pdf.status == 200 and pdf.headers["content-type"] == "application/pdf"

    page.get_by_role("link", name="Vergelijk met een andere uitslag").click()
    page.get_by_label(re.compile("tweede uitslag")).fill(result)
    page.get_by_role("button", name="Vergelijk").click()
    assert page.get_by_role("heading", name="Naast elkaar").is_visible()
    assert_no_serious_axe_violations(page)
    page.goto(result)

    advice = page.locator(".scan-advice").first
    link = advice.locator(".scan-advice__list a[href*='/praktijkvoorbeelden/']").first
    title = link.inner_text()
    link.click()
    page.wait_for_url("**/praktijkvoorbeelden/*/")
    assert page.locator("h1").inner_text() == title


def test_the_scan_works_without_javascript_and_compares_two_results(browser_no_js, demo_server):
    page = browser_no_js
    page.goto(demo_server.url + "/samenwerkingsscan/stap/1/")
    page.locator("fieldset.scan-question").first.get_by_label("Mee eens", exact=True).check()
    for _step in range(3):
        page.get_by_role("button", name="Volgende stap").click()
    page.get_by_role("button", name="Bekijk de uitslag").click()
    page.wait_for_url("**/uitslag/v1-*/")
    first = page.url
    assert "1 van de 28 stellingen beoordeeld" in page.locator(".lead").inner_text()

    page.get_by_role("link", name="Vergelijk met een andere uitslag").click()
    page.get_by_label(re.compile("tweede uitslag")).fill(first)
    page.get_by_role("button", name="Vergelijk").click()
    assert page.get_by_role("heading", name="Naast elkaar").is_visible()
    # axe needs JavaScript; the test above runs it on the compare page too.
