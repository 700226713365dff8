import pytest

from tests.browser.conftest import assert_no_serious_axe_violations

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_home_menu_leads_to_a_content_page_and_passes_axe(page, demo_server):
    page.goto(demo_server.url + "/")
    assert page.locator("h1").inner_text() == "Jongerenwerk en Onderwijs Samen"
    assert_no_serious_axe_violations(page)

    menu = page.get_by_role("navigation", name="Hoofdmenu")
    menu.get_by_role("button", name="Over JOS").click()
    menu.get_by_role("link", name="Over JOS").click()
    page.wait_for_url("**/over-jos/")
    assert page.locator("h1").inner_text() == "Over JOS"
    current = page.locator('.main-nav__sublink[href="/over-jos/"]')
    assert current.get_attribute("aria-current") == "page"
    # The group that holds the current page is marked too.
    assert "main-nav__button--current" in menu.get_by_role("button", name="Over JOS").get_attribute(
        "class"
    )
    assert_no_serious_axe_violations(page)


def test_skip_link_is_the_first_stop_and_moves_focus_to_the_content(page, demo_server):
    page.goto(demo_server.url + "/contact/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Direct naar de inhoud"
    assert page.locator(".skip-link").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    assert page.url.endswith("#main")


def test_narrow_screen_menu_opens_with_the_toggle(page, demo_server):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(demo_server.url + "/")
    toggle = page.get_by_role("button", name="Menu")
    assert toggle.get_attribute("aria-expanded") == "false"
    assert not page.get_by_role("link", name="Contact").first.is_visible()
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    menu = page.get_by_role("navigation", name="Hoofdmenu")
    menu.get_by_role("button", name="Over JOS").click()
    menu.get_by_role("link", name="Contact").click()
    page.wait_for_url("**/contact/")
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= 320
    assert_no_serious_axe_violations(page)


def test_404_page_is_dutch_and_accessible(page, demo_server):
    response = page.goto(demo_server.url + "/bestaat-niet/")
    assert response.status == 404
    assert "Deze pagina bestaat niet" in page.locator("h1").inner_text()
    assert_no_serious_axe_violations(page)
