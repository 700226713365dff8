"""Themes: from the home page to a theme page, and from a search to its theme, on a phone
and on a desktop, with no serious axe findings."""

import pytest

from tests.browser.conftest import assert_no_serious_axe_violations, chromium_page

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.mark.parametrize("width", [375, 1280])
def test_home_to_a_theme_page_and_search_to_its_theme(demo_server, monkeypatch, width):
    with chromium_page(monkeypatch, viewport={"width": width, "height": 900}) as page:
        page.goto(demo_server.url + "/")
        block = page.locator("section.themes-block")
        assert block.get_by_role("heading", name="Thema’s").is_visible()
        block.get_by_role("link", name="Schoolverzuim").click()
        page.wait_for_url("**/onderwerpen/schoolverzuim/")
        assert page.locator("h1").inner_text() == "Schoolverzuim"
        assert "thuiszitters" in page.locator(".lead").inner_text()
        assert page.locator("#practices li").count() >= 3
        assert_no_serious_axe_violations(page)

        page.goto(demo_server.url + "/zoeken/?q=thuiszitten")
        theme = page.locator(".search-theme")
        assert theme.get_by_role("link", name="Schoolverzuim").is_visible()
        assert page.locator(".search-result").count() >= 1
        assert_no_serious_axe_violations(page)
        # Nothing on the page is wider than the screen.
        assert page.evaluate("document.documentElement.scrollWidth") <= width
