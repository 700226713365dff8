import pytest

from tests.browser.conftest import assert_no_serious_axe_violations

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_factor_map_filter_and_follow_a_factor_to_its_evidence(page, demo_server):
    page.goto(demo_server.url + "/factoren/")
    assert page.locator("table.factor-map").is_visible()
    assert_no_serious_axe_violations(page)

    page.get_by_label("Soort factor").select_option("valkuil")
    page.get_by_role("button", name="Toon").click()
    page.wait_for_url("**soort=valkuil**")
    groups = page.locator("table.factor-map th[scope=rowgroup]").all_inner_texts()
    assert len(groups) == 1 and groups[0].startswith("Valkuilen")

    link = page.locator("table.factor-map tbody th[scope=row] a").first
    name = link.inner_text()
    link.click()
    page.wait_for_url("**/factoren/*/")
    assert page.locator("h1").inner_text() == name
    assert page.get_by_role("heading", name="Wat de werkplaatsen vonden").is_visible()
    assert_no_serious_axe_violations(page)


def test_workplace_and_session_pages_pass_axe(page, demo_server):
    page.goto(demo_server.url + "/werkplaatsen/")
    assert_no_serious_axe_violations(page)
    page.get_by_role("link", name="Werkplaats Utrecht").first.click()
    page.wait_for_url("**/werkplaatsen/utrecht/")
    assert_no_serious_axe_violations(page)
    # The sessions in the demo belong to the fictional Voorbeeldwerkplaats.
    page.goto(demo_server.url + "/werkplaatsen/voorbeeldwerkplaats/")
    assert_no_serious_axe_violations(page)
    page.locator(".timeline a").first.click()
    page.wait_for_url("**/werkplaatsen/voorbeeldwerkplaats/*/")
    assert page.get_by_role("heading", name="Bevindingen").is_visible()
    assert_no_serious_axe_violations(page)


def test_factor_map_reads_on_a_phone(page, demo_server):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(demo_server.url + "/factoren/")
    # The table scrolls inside its own region; the page itself does not scroll sideways.
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    region = page.get_by_role("region", name="Onderbouwing per factor en per bron")
    assert region.is_visible()
    assert_no_serious_axe_violations(page)
