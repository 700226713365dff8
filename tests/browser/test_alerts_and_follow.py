"""The subscribe form, the alert pages, the Volgen page and a feed in real Chromium, at a
phone width and a desktop width, with axe on each page."""

import re

from django.core import mail

import pytest
from playwright.sync_api import expect

from jos_portal.alerts.models import Alert
from tests.browser.conftest import assert_no_serious_axe_violations, chromium_page

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

WIDTHS = [375, 1280]


def no_sideways_scroll(page, width):
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= width, f"{page.url}: {scroll_width}px breed op {width}px"


@pytest.mark.parametrize("width", WIDTHS)
def test_subscribe_confirm_manage_and_unsubscribe_in_the_browser(demo_server, monkeypatch, width):
    with chromium_page(monkeypatch, viewport={"width": width, "height": 900}) as page:
        page.goto(demo_server.url + "/praktijkvoorbeelden/?gemeente=tilburg")
        box = page.locator(".alert-box")
        assert box.get_by_role("heading", name="Houd me op de hoogte").is_visible()
        assert "praktijkvoorbeelden (Tilburg)" in box.inner_text()
        assert_no_serious_axe_violations(page)
        no_sideways_scroll(page, width)

        # A mistake: the page answers in Dutch, names the field and keeps the choice.
        box.get_by_label("Je e-mailadres").fill("geen adres")
        box.get_by_label("maandelijks").check()
        box.get_by_role("button", name="Houd me op de hoogte").click()
        page.wait_for_url("**/volgen/attendering/")
        summary = page.locator("#form-errors")
        assert "Dit is geen geldig e-mailadres" in summary.inner_text()
        assert page.evaluate("document.activeElement.id") == "form-errors"
        assert page.get_by_label("maandelijks").is_checked()
        assert page.get_by_label("Je e-mailadres").get_attribute("aria-invalid") == "true"
        assert_no_serious_axe_violations(page)
        no_sideways_scroll(page, width)

        page.get_by_label("Je e-mailadres").fill("lezer@example.nl")
        page.get_by_role("button", name="Houd me op de hoogte").click()
        page.wait_for_url("**/volgen/attendering/kijk-in-je-mail/")
        assert page.get_by_role("heading", name="Kijk in je mail").is_visible()
        assert_no_serious_axe_violations(page)

        (confirmation,) = [m for m in mail.outbox if m.to == ["lezer@example.nl"]]
        confirm_path = re.search(r"http://testserver(/\S+)", confirmation.body).group(1)
        page.goto(demo_server.url + confirm_path)
        assert_no_serious_axe_violations(page)
        page.get_by_role("button", name="Ja, bevestig mijn attendering").click()
        # The form posts to its own address: wait for the answer, not for a new URL.
        expect(page.get_by_role("heading", name="Attendering bevestigd")).to_be_visible()
        assert "maandelijks" in page.locator("main").inner_text()

        page.get_by_role("link", name="Bekijk al je attenderingen").click()
        expect(page.get_by_role("heading", name="Mijn attenderingen")).to_be_visible()
        assert_no_serious_axe_violations(page)
        no_sideways_scroll(page, width)
        page.get_by_role("button", name="Afmelden voor praktijkvoorbeelden (Tilburg)").click()
        # The form posts to its own address: wait for the answer, not for a new URL.
        expect(page.get_by_role("heading", name="Je bent afgemeld")).to_be_visible()
        assert_no_serious_axe_violations(page)
    # Outside the browser block: a query inside Playwright's event loop would open a
    # connection of its own, which then outlives the test.
    assert not Alert.objects.exists()


@pytest.mark.parametrize("width", WIDTHS)
def test_the_volgen_page_and_a_feed_in_the_browser(demo_server, monkeypatch, width):
    with chromium_page(monkeypatch, viewport={"width": width, "height": 900}) as page:
        # The link beside the form leads to the readable page, not to the feed itself.
        page.goto(demo_server.url + "/regio/noord-brabant/tilburg/")
        page.locator(".alert-box").get_by_role("link", name=re.compile("Volgen uitgelegd")).click()
        page.wait_for_url("**/volgen/?*")
        assert page.get_by_role("heading", level=1).inner_text() == "Volgen: blijf op de hoogte"
        feed = page.locator("#scope-feed").inner_text()
        assert feed.endswith("/praktijkvoorbeelden/feed/?gemeente=tilburg")
        assert_no_serious_axe_violations(page)
        no_sideways_scroll(page, width)

        feed_url = demo_server.url + "/praktijkvoorbeelden/feed/?gemeente=tilburg"
        response = page.goto(feed_url)
        assert response.headers["content-type"].startswith("application/atom+xml")
        if page.locator("main.feed-page__main").count() == 0:
            # What this Chromium does with an Atom document: it shows the source as text
            # and applies no stylesheet; hence the "Volgen" links lead to the page above.
            assert "<?xml-stylesheet" in page.locator("pre").inner_text()
            assert "<feed" in page.locator("pre").inner_text()

            # The same document as generic XML is what a browser that renders Atom as XML
            # gets: the stylesheet turns it into a readable page, if XSLT is still there.
            def as_xml(route):
                fetched = route.fetch()
                headers = {**fetched.headers, "content-type": "application/xml; charset=utf-8"}
                route.fulfill(response=fetched, headers=headers)

            page.route("**/praktijkvoorbeelden/feed/**", as_xml)
            page.goto(feed_url)
        if page.evaluate("typeof XSLTProcessor") != "function":
            # No XSLT at all: the browser shows the XML tree; the document is still Atom.
            assert page.evaluate("document.documentElement.namespaceURI") == (
                "http://www.w3.org/2005/Atom"
            )
            return
        main = page.locator("main")
        assert main.get_by_role("heading", level=1).inner_text() == (
            "Nieuwe praktijkvoorbeelden: Tilburg"
        )
        assert main.locator(".feed-page__entry").count() >= 1
        # Chromium's own banner about XSLT is outside our markup; axe checks ours.
        assert_no_serious_axe_violations(page, context="main")
        no_sideways_scroll(page, width)
        main.get_by_role("link", name=re.compile("pagina Volgen")).click()
        page.wait_for_url("**/volgen/")
        assert page.get_by_role("heading", level=1).inner_text() == "Volgen: blijf op de hoogte"
