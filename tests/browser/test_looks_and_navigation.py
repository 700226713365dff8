"""The portal's look and navigation in Chromium at 375 and 1280 px: a policy officer from
the home page through the province picker to a municipality and the guide for
municipalities; the main menu of six groups by keyboard; the key facts of a practice near
the top on a phone; the scan's answer scale on one row and the focus on each step's
heading; no serious or critical axe finding on the pages this changed."""

import pytest

from tests.browser.conftest import assert_no_serious_axe_violations, chromium_page

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

WIDTHS = [375, 1280]
PRACTICE = "/praktijkvoorbeelden/buurtactiviteiten-na-schooltijd-leeuwarden/"


def open_menu_on_a_phone(page, width):
    if width < 600:
        toggle = page.get_by_role("button", name="Menu")
        if toggle.get_attribute("aria-expanded") == "false":
            toggle.click()


def focused(page):
    return page.evaluate(
        "(() => { const el = document.activeElement;"
        " return [el.tagName, el.id, (el.textContent || '').trim()]; })()"
    )


@pytest.mark.parametrize("width", WIDTHS)
def test_a_policy_officer_goes_from_home_to_the_municipality_and_the_guide(
    demo_server, monkeypatch, width
):
    with chromium_page(monkeypatch, viewport={"width": width, "height": 800}) as page:
        page.goto(demo_server.url + "/")
        # The three user paths lead the page, right below the introduction.
        paths = page.locator(".entry-points > li")
        assert paths.count() == 3
        assert "Voor gemeenten" in paths.nth(2).inner_text()
        if width >= 1000:
            boxes = [paths.nth(i).bounding_box() for i in range(3)]
            assert len({round(box["y"]) for box in boxes}) == 1  # side by side
            row = boxes[2]["x"] + boxes[2]["width"] - boxes[0]["x"]
            container = page.locator(".home-paths").bounding_box()["width"]
            assert row >= 0.97 * container  # the full width, not 70 %
        # The newest practices as cards with their evidence label.
        cards = page.locator(".practice-cards .practice-card")
        assert cards.count() == 3
        assert cards.first.locator(".evidence-label").count() == 1
        assert_no_serious_axe_violations(page)

        picker = page.get_by_label("Kies je provincie")
        picker.select_option(label="Noord-Brabant")
        page.get_by_role("button", name="Bekijk je regio").click()
        page.wait_for_url("**/regio/noord-brabant/")
        assert page.locator("h1").inner_text() == "Noord-Brabant"
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        assert_no_serious_axe_violations(page)

        page.locator("#municipalities-heading + .table-scroll").get_by_role(
            "link", name="Tilburg", exact=True
        ).click()
        page.wait_for_url("**/regio/noord-brabant/tilburg/")
        assert page.locator("h1").inner_text() == "Tilburg"
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        assert_no_serious_axe_violations(page)

        page.locator("main").get_by_role("link", name="Voor gemeenten").first.click()
        page.wait_for_url("**/voor-gemeenten/")
        assert page.locator("h1").inner_text().startswith("Voor gemeenten")
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        assert_no_serious_axe_violations(page)


@pytest.mark.parametrize("width", WIDTHS)
def test_the_main_menu_has_six_items_and_works_by_keyboard(demo_server, monkeypatch, width):
    with chromium_page(monkeypatch, viewport={"width": width, "height": 800}) as page:
        page.goto(demo_server.url + "/leeswijzer/")
        menu = page.get_by_role("navigation", name="Hoofdmenu")
        open_menu_on_a_phone(page, width)
        items = menu.locator(".main-nav__list > li")
        assert items.count() <= 6
        if width >= 1000:
            tops = {round(items.nth(i).bounding_box()["y"]) for i in range(items.count())}
            assert len(tops) == 1  # one row

        # Keyboard only: Tab to the second group, open it, walk into its panel.
        button = menu.get_by_role("button", name="Onderzoek")
        button.focus()
        assert button.get_attribute("aria-expanded") == "false"
        page.keyboard.press("Enter")
        assert button.get_attribute("aria-expanded") == "true"
        panel = page.locator("#main-nav-onderzoek")
        assert panel.is_visible()
        # Focus visible: the focused button gets the yellow focus fill.
        background = button.evaluate("el => getComputedStyle(el).backgroundColor")
        assert background == "rgb(255, 210, 77)"
        page.keyboard.press("Tab")
        assert focused(page)[2] == "Werkplaatsen"
        # Every link in the panel explains itself in a line, and is a big enough target.
        for link in panel.get_by_role("link").all():
            assert link.get_attribute("aria-describedby")
            box = link.bounding_box()
            assert box["height"] >= 24 and box["width"] >= 24
        # The open panel stays inside the window.
        box = panel.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width
        assert_no_serious_axe_violations(page)
        # Escape closes it and gives the focus back to the button.
        page.keyboard.press("Escape")
        assert button.get_attribute("aria-expanded") == "false"
        assert focused(page)[2] == "Onderzoek"
        assert not panel.is_visible()

        # Opening another group closes the first; leaving the menu with Tab closes the
        # panel as well, so it never hides what has the focus.
        page.keyboard.press("Enter")
        other = menu.get_by_role("button", name="Voor gemeenten")
        other.click()
        assert button.get_attribute("aria-expanded") == "false"
        assert other.get_attribute("aria-expanded") == "true"
        for _ in range(6):
            page.keyboard.press("Tab")
            if not page.evaluate("!!document.activeElement.closest('[data-main-nav]')"):
                break
        assert not page.evaluate("!!document.activeElement.closest('[data-main-nav]')")
        assert other.get_attribute("aria-expanded") == "false"

        # Enter on a panel link goes there.
        other.focus()
        page.keyboard.press("Enter")
        page.locator("#main-nav-gemeenten").get_by_role("link", name="Regio's").focus()
        page.keyboard.press("Enter")
        page.wait_for_url("**/regio/")
        assert page.locator("h1").inner_text() == "Regio’s"


def test_without_javascript_the_menu_groups_are_links(browser_no_js, demo_server):
    page = browser_no_js
    page.goto(demo_server.url + "/")
    menu = page.get_by_role("navigation", name="Hoofdmenu")
    links = menu.locator(".main-nav__list > li > a")
    assert links.count() == 6
    assert menu.get_by_role("button").count() == 0  # all hidden without JavaScript
    menu.get_by_role("link", name="Onderzoek").click()
    page.wait_for_url("**/werkplaatsen/")
    # (axe needs JavaScript; the tests above run it with the menu open and closed.)


def test_a_practice_shows_its_key_facts_first_on_a_phone_and_beside_the_text_on_a_desktop(
    demo_server, monkeypatch
):
    with chromium_page(monkeypatch, viewport={"width": 375, "height": 740}) as page:
        page.goto(demo_server.url + PRACTICE)
        facts = page.locator("#facts-heading").bounding_box()["y"]
        goal = page.get_by_role("heading", name="Doel", exact=True).bounding_box()["y"]
        # Before the long text, and within about one and a half screens of the top (it was
        # more than 4,000 px down).
        assert facts < goal
        assert facts < 1200, facts
        assert page.evaluate("document.documentElement.scrollWidth") <= 375
        assert_no_serious_axe_violations(page)

        page.goto(demo_server.url + "/praktijkvoorbeelden/")
        assert page.evaluate("document.documentElement.scrollWidth") <= 375
        assert_no_serious_axe_violations(page)

    with chromium_page(monkeypatch, viewport={"width": 1280, "height": 900}) as page:
        page.goto(demo_server.url + PRACTICE)
        facts = page.locator(".practice__facts").bounding_box()
        body = page.locator(".practice__body").bounding_box()
        assert facts["x"] > body["x"] + body["width"] - 1  # beside the text, on the right
        assert abs(facts["y"] - body["y"]) < 2
        # The evidence label links to the reading guide.
        page.locator(".practice__facts .evidence-label").click()
        page.wait_for_url("**/leeswijzer/#labels")
        assert_no_serious_axe_violations(page)

        page.goto(demo_server.url + "/praktijkvoorbeelden/")
        card = page.locator(".practice-card").first
        assert card.locator(".evidence-label").is_visible()
        assert_no_serious_axe_violations(page)
        page.goto(demo_server.url + "/factoren/")
        assert_no_serious_axe_violations(page)


@pytest.mark.parametrize("width", WIDTHS)
def test_scan_steps_keep_the_scale_on_one_row_and_focus_each_step_heading(
    demo_server, monkeypatch, width
):
    with chromium_page(monkeypatch, viewport={"width": width, "height": 800}) as page:
        page.goto(demo_server.url + "/samenwerkingsscan/")
        page.get_by_role("button", name="Begin met de scan").click()
        page.wait_for_url("**/samenwerkingsscan/stap/1/**")
        assert focused(page)[:2] == ["H1", "stap"]
        assert_no_serious_axe_violations(page)

        question = page.locator("fieldset.scan-question").first
        scale = question.locator(".scan-option:not(.scan-option--dont-know)")
        assert scale.count() == 4
        tops = {round(scale.nth(i).bounding_box()["y"]) for i in range(4)}
        assert len(tops) == 1  # the four answers on one row
        # No answer text is cut off.
        clipped = question.evaluate(
            "q => [...q.querySelectorAll('.scan-option')]"
            ".filter(el => el.scrollWidth > el.clientWidth + 1).length"
        )
        assert clipped == 0
        assert page.evaluate("document.documentElement.scrollWidth") <= width

        # Keyboard: from the heading, Tab reaches the form, not the header.
        page.keyboard.press("Tab")
        assert page.evaluate("!!document.activeElement.closest('main')")
        page.get_by_role("button", name="Volgende stap").click()
        page.wait_for_url("**/samenwerkingsscan/stap/2/**")
        assert focused(page)[:2] == ["H1", "stap"]
        assert focused(page)[2].startswith("Stap 2 van 4")
        page.get_by_role("button", name="Vorige stap").click()
        page.wait_for_url("**/samenwerkingsscan/stap/1/**")
        assert focused(page)[2].startswith("Stap 1 van 4")
