"""The Open data page and the API docs in a real browser: accessible, no outside
requests, and the API readable from another origin (CORS)."""

from urllib.parse import urlsplit

import pytest

from tests.browser.conftest import assert_no_serious_axe_violations

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_open_data_page_from_the_footer_to_the_docs(page, demo_server):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(demo_server.url + "/")
    page.locator("footer").get_by_role("link", name="Open data").click()
    page.wait_for_url("**/open-data/")
    assert page.locator("h1").inner_text() == "Open data"
    assert "nog niet vastgesteld" in page.locator("#licentie + p").inner_text()
    assert_no_serious_axe_violations(page)

    page.get_by_role("link", name="Documentatie van de API").click()
    page.wait_for_url("**/api/v1/docs")
    # The documentation is a page of the site: header, one h1, Dutch, a way back.
    assert page.locator("html").get_attribute("lang") == "nl"
    assert page.locator("h1").inner_text() == "Documentatie van de API"
    assert page.locator("header").first.is_visible()
    assert page.get_by_role("link", name="Terug naar Open data").is_visible()
    assert page.locator("h2", has_text="/api/v1/practices/").first.is_visible()
    assert_no_serious_axe_violations(page)

    page.goto(demo_server.url + "/open-data/")
    page.get_by_role("link", name="Uitproberen in Swagger UI (Engelstalig)").click()
    page.wait_for_url("**/api/v1/docs/swagger")
    page.locator(".swagger-ui .info .title").wait_for()
    assert "JOS open data-API" in page.locator(".swagger-ui .info .title").inner_text()
    page.locator(".opblock-summary-path", has_text="/api/v1/practices/").first.wait_for()

    own = urlsplit(demo_server.url).netloc
    outside = [url for url in requested if urlsplit(url).netloc not in (own, "")]
    assert outside == [], outside


def test_another_site_can_read_the_api(page, demo_server):
    """A page on localhost fetches from 127.0.0.1: a different origin, so CORS decides.

    The page is the API's Swagger page: like another site's page it does not carry the
    portal's Content-Security-Policy (whose connect-src 'self' keeps the portal's own
    pages from fetching elsewhere)."""
    page.goto(demo_server.url + "/api/v1/docs/swagger")
    port = urlsplit(demo_server.url).port
    other_origin = f"http://127.0.0.1:{port}/api/v1/practices/?limit=3"
    assert urlsplit(demo_server.url).hostname != "127.0.0.1"
    result = page.evaluate(
        """async (url) => {
            const response = await fetch(url);
            const body = await response.json();
            return {status: response.status, count: body.results.length};
        }""",
        other_origin,
    )
    assert result == {"status": 200, "count": 3}


def test_open_data_and_api_docs_fit_a_phone(demo_server, monkeypatch):
    from tests.browser.conftest import chromium_page

    with chromium_page(monkeypatch, viewport={"width": 375, "height": 800}) as page:
        for path in ("/open-data/", "/api/v1/docs"):
            page.goto(demo_server.url + path)
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 375, (path, width)
