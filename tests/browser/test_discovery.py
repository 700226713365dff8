import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_no_serious_axe_violations

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_search_from_the_header_filter_by_type_and_open_a_result(page, demo_server):
    page.goto(demo_server.url + "/")
    box = page.get_by_label("Zoek op het portaal")
    box.fill("jongerenwerk")
    # Autocomplete fills the datalist with titles (progressive enhancement).
    # (expect() polls without eval, which the Content-Security-Policy forbids.)
    expect(page.locator("#site-search-suggestions option").first).to_be_attached()
    # A fictional example says so in the suggestion list as well.
    fictional = page.locator('#site-search-suggestions option[label$="(Fictief voorbeeld)"]')
    expect(fictional.first).to_be_attached()
    box.press("Enter")
    page.wait_for_url("**/zoeken/?q=jongerenwerk")
    heading = page.locator("#results-heading").inner_text()
    assert re.match(r"\d+ resultat(en)? voor “jongerenwerk”", heading), heading
    assert page.locator(".search-result mark").count() > 0
    assert_no_serious_axe_violations(page)

    facet = page.locator(".search-facets a", has_text="Praktijkvoorbeelden")
    facet.click()
    page.wait_for_url("**type=practices**")
    kinds = set(page.locator(".search-result .practice__kicker").all_inner_texts())
    assert kinds == {"Praktijkvoorbeeld"}
    first = page.locator(".search-result__title a").first
    title = first.inner_text()
    first.click()
    page.wait_for_url("**/praktijkvoorbeelden/*/")
    assert page.locator("h1").inner_text() == title


def test_search_works_without_javascript(browser_no_js, demo_server):
    page = browser_no_js
    page.goto(demo_server.url + "/publicaties/")
    page.get_by_label("Zoek op het portaal").fill("veerkracht")
    page.get_by_role("button", name="Zoek", exact=True).click()
    page.wait_for_url("**/zoeken/?q=veerkracht")
    assert page.locator(".search-result").count() > 0


def test_visit_a_region_from_the_map(page, demo_server):
    page.goto(demo_server.url + "/regio/")
    assert page.get_by_role("group", name="Kaart van de provincies").is_visible()
    assert_no_serious_axe_violations(page)
    tile = page.locator("svg a[href='/regio/noord-brabant/']")
    label = tile.get_attribute("aria-label")
    tile.click()
    page.wait_for_url("**/regio/noord-brabant/")
    assert page.locator("h1").inner_text() == "Noord-Brabant"
    count = int(label.split(": ")[1].split()[0])
    assert (
        f"({count})"
        in page.get_by_role("heading", name=re.compile("Praktijkvoorbeelden")).inner_text()
    )
    assert_no_serious_axe_violations(page)
    page.get_by_role("link", name="Tilburg", exact=True).click()
    page.wait_for_url("**/regio/noord-brabant/tilburg/")
    assert_no_serious_axe_violations(page)


def test_topic_pages_pass_axe(page, demo_server):
    page.goto(demo_server.url + "/onderwerpen/")
    assert_no_serious_axe_violations(page)
    link = page.locator(".topic-table tbody th a").first
    name = link.inner_text()
    link.click()
    page.wait_for_url("**/onderwerpen/*/")
    assert page.locator("h1").inner_text() == name
    assert_no_serious_axe_violations(page)
