"""A refused submission on a phone: focus and viewport go to the error summary, whose
links lead to the fields; the form is linked from the footer of every page."""

import pytest

from tests.browser.conftest import chromium_page

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_the_error_summary_takes_the_focus_on_a_phone(demo_server, monkeypatch):
    with chromium_page(monkeypatch, viewport={"width": 375, "height": 740}) as page:
        page.goto(demo_server.url + "/")
        page.locator("footer").get_by_role("link", name="Deel jouw praktijkvoorbeeld").click()
        page.wait_for_url("**/praktijkvoorbeelden/aanmelden/")
        page.get_by_role("button", name="Aanmelding versturen").click()
        page.wait_for_load_state()
        assert page.evaluate("document.activeElement.id") == "form-errors"
        box = page.locator("#form-errors").bounding_box()
        assert -1 < box["y"] < 740  # scrolled to the top, give or take a subpixel
