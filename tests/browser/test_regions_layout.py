"""Regions for policy officers in Chromium: no clipped table at any width, a legend in
words, counts that say what they count, and the guide for municipalities one click away."""

import pytest

from tests.browser.conftest import assert_no_serious_axe_violations, chromium_page

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

CLIPPED = """() => [...document.querySelectorAll('.table-scroll')]
    .filter(el => el.scrollWidth > el.clientWidth + 1).length"""


@pytest.mark.parametrize("width", [375, 768, 1024, 1280, 1440])
def test_the_region_table_is_never_clipped(demo_server, monkeypatch, width):
    with chromium_page(monkeypatch, viewport={"width": width, "height": 900}) as page:
        page.goto(demo_server.url + "/regio/")
        assert page.evaluate(CLIPPED) == 0
        assert page.evaluate("document.documentElement.scrollWidth") <= width


def test_a_policy_officer_reads_the_legend_and_finds_the_guide(page, demo_server):
    page.goto(demo_server.url + "/regio/")
    legend = page.locator(".region-map figcaption").inner_text()
    assert "Schaduw" not in legend and "hoe donkerder" in legend
    page.get_by_role("link", name="Voor gemeenten").first.click()
    page.wait_for_url("**/voor-gemeenten/")
    assert page.locator("h1").inner_text().startswith("Voor gemeenten")
    assert page.get_by_role("link", name="Doe de samenwerkingsscan").is_visible()
    assert_no_serious_axe_violations(page)

    page.goto(demo_server.url + "/regio/noord-brabant/tilburg/")
    text = page.locator("#workplaces-heading").inner_text()
    assert "/" not in text
    assert page.get_by_role("link", name="Voor gemeenten").first.is_visible()


def test_the_reading_guide_and_the_sitemap_page_are_accessible(page, demo_server):
    for path in ("/leeswijzer/", "/sitemap/", "/voor-gemeenten/"):
        page.goto(demo_server.url + path)
        assert page.locator("h1").count() == 1
        assert_no_serious_axe_violations(page)


@pytest.mark.parametrize("width", [375, 1280])
def test_the_home_province_picker_is_usable(demo_server, monkeypatch, width):
    with chromium_page(monkeypatch, viewport={"width": width, "height": 900}) as page:
        page.goto(demo_server.url + "/")
        picker = page.locator("#home-provincie")
        assert picker.bounding_box()["width"] >= 150
        assert picker.input_value() == ""
        assert "kies je provincie" in picker.locator("option").first.inner_text()
        picker.select_option(label="Noord-Brabant")
        page.get_by_role("button", name="Bekijk je regio").click()
        page.wait_for_url("**/regio/noord-brabant/")
