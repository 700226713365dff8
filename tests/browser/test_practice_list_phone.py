"""The practice list and the comparison in a real Chromium, at phone (375 px) and desktop
(1280 px) width, with the keyboard only where a keyboard user would be, and axe on every
page these journeys pass."""

import re

import pytest

from tests.browser.conftest import assert_no_serious_axe_violations, chromium_page

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PHONE = {"width": 375, "height": 800}


@pytest.fixture
def phone(demo_server, monkeypatch):
    with chromium_page(monkeypatch, viewport=PHONE) as page:
        yield page


def settled(page):
    """Wait until the list has been updated in place."""
    page.locator("[data-listing][aria-busy]").wait_for(state="detached")


def active_id(page):
    return page.evaluate("document.activeElement && document.activeElement.id")


def facet(page, key):
    return page.locator(f"details[data-facet={key}]")


def result_count(page):
    return int(re.match(r"\d+", page.locator("#results-heading").inner_text().strip()).group())


def test_teacher_on_a_phone_from_home_to_a_filtered_list_to_compare(phone, demo_server):
    page = phone
    page.goto(demo_server.url + "/")
    # A compact header: the page itself starts high on the screen.
    assert page.locator(".site-header").bounding_box()["height"] < 200
    assert_no_serious_axe_violations(page)

    page.locator('main a[href="/praktijkvoorbeelden/"]').first.click()
    page.wait_for_url("**/praktijkvoorbeelden/")
    # Results first: the count and the first result are on the first screen, the filters
    # wait behind one button.
    assert page.locator("#results-heading").bounding_box()["y"] < PHONE["height"] * 0.6
    assert page.locator(".practice-card").first.bounding_box()["y"] < PHONE["height"]
    toggle = page.get_by_role("button", name="Filters")
    assert toggle.get_attribute("aria-expanded") == "false"
    assert not page.locator("form.filters").is_visible()
    assert_no_serious_axe_violations(page)

    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    assert page.locator("form.filters").is_visible()
    assert_no_serious_axe_violations(page)

    school_types = facet(page, "schooltype")
    if school_types.get_attribute("open") is None:
        school_types.locator("summary").click()
    school_types.get_by_label("havo", exact=False).first.check()
    page.wait_for_url("**schooltype=havo**")
    settled(page)
    count = result_count(page)
    # Visible feedback: the status line, the button in the drawer and the toggle.
    status = page.locator("[data-results-status]")
    assert status.is_visible()
    assert status.inner_text() == f"Lijst bijgewerkt: {count} praktijkvoorbeelden"
    show = page.locator("[data-show-results]")
    assert show.inner_text() == f"Toon {count} resultaten"
    assert show.is_visible()  # stays in reach at the bottom of the opened drawer
    assert page.locator("[data-filters-toggle]").inner_text().startswith("Filters (1")

    show.click()
    assert active_id(page) == "results-heading"
    assert not page.locator("form.filters").is_visible()
    heading = page.locator("#results-heading").bounding_box()
    assert 0 <= heading["y"] < PHONE["height"]
    assert page.locator("[data-filters-toggle]").get_attribute("aria-expanded") == "false"

    # One tick is not enough: back on the same list, filter and tick kept, a message.
    boxes = page.locator(".practice-card__compare input")
    first_value = boxes.nth(0).get_attribute("value")
    boxes.nth(0).check()
    page.get_by_role("button", name="Vergelijk aangevinkte voorbeelden").click()
    page.wait_for_url("**vergelijk=1**")
    assert "schooltype=havo" in page.url
    notice = page.locator("#compare-notice")
    assert notice.inner_text().startswith("Vink minstens twee praktijkvoorbeelden aan")
    assert active_id(page) == "compare-notice"
    assert "Schooltype: havo" in page.locator(".chips").inner_text()
    assert page.locator(f"#compare-{first_value}").is_checked()
    assert_no_serious_axe_violations(page)

    titles = [t.strip() for t in page.locator(".practice-card__title a").all_inner_texts()[:2]]
    page.locator(".practice-card__compare input").nth(1).check()
    page.get_by_role("button", name="Vergelijk aangevinkte voorbeelden").click()
    page.wait_for_url("**/vergelijk/**")
    # On a phone: the chosen practices numbered at the top, then per aspect both of them
    # under one another, within the screen's width.
    assert not page.locator("table.compare-table").is_visible()
    listed = page.locator(".compare-stack__list li")
    assert [item.inner_text() for item in listed.all()][0].startswith("1")
    for title, item in zip(titles, listed.all(), strict=True):
        assert title in item.inner_text()
    for label in ("Doel", "Resultaten", "Schooltypen", "Regio", "Contact"):
        aspect = page.locator(".compare-aspect").filter(
            has=page.get_by_role("heading", name=label, exact=True)
        )
        assert aspect.is_visible(), label
        values = aspect.locator(".compare-aspect__value")
        assert values.count() == 2
        for number, (title, value) in enumerate(zip(titles, values.all(), strict=True), 1):
            assert value.locator("dt").inner_text().startswith(str(number))
            assert value.locator(".compare-aspect__title").text_content().strip() == title
            assert value.locator("dd").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert_no_serious_axe_violations(page)

    page.get_by_role("link", name="Terug naar je selectie").first.click()
    page.wait_for_url("**schooltype=havo**")
    assert page.locator(".practice-card__compare input:checked").count() == 2


def test_keyboard_only_filters_keep_the_focus_and_the_facets_as_left(page, demo_server):
    page.goto(demo_server.url + "/praktijkvoorbeelden/")
    assert_no_serious_axe_violations(page)
    # Two tabs to the results, not fifty.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Direct naar de inhoud"
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Naar de resultaten")
    assert skip.is_visible()
    page.keyboard.press("Enter")
    # Chromium moves the focus to the link's target after the navigation to the fragment;
    # on a loaded machine that can land a moment after the key press.
    page.wait_for_function(
        "document.activeElement && document.activeElement.id === 'results-heading'", timeout=5000
    )
    assert active_id(page) == "results-heading"

    # Close a facet that starts open; open one that starts closed.
    stage = facet(page, "fase")
    assert stage.get_attribute("open") is not None
    stage.locator("summary").focus()
    page.keyboard.press("Enter")
    assert stage.get_attribute("open") is None
    provinces = facet(page, "provincie")
    assert provinces.get_attribute("open") is None
    provinces.locator("summary").focus()
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    first = active_id(page)
    assert first.startswith("f-provincie-")
    page.keyboard.press("Space")
    page.wait_for_url("**provincie=**")
    settled(page)
    assert active_id(page) == first
    page.keyboard.press("Tab")
    second = active_id(page)
    assert second.startswith("f-provincie-") and second != first
    page.keyboard.press("Space")
    page.wait_for_url(re.compile(r"provincie=.*provincie="))
    settled(page)
    assert active_id(page) == second
    # The facets are as the visitor left them, not as the server would open them.
    assert facet(page, "fase").get_attribute("open") is None
    assert facet(page, "provincie").get_attribute("open") is not None
    assert "Lijst bijgewerkt" in page.locator("[data-results-status]").inner_text()

    # The sort menu does not reload at every arrow key; Enter applies it.
    url = page.url
    sort = page.locator("#id_sorteer")
    sort.focus()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    page.wait_for_timeout(800)
    assert page.url == url
    assert page.locator("[data-listing][aria-busy]").count() == 0
    chosen = sort.input_value()
    page.keyboard.press("Enter")
    page.wait_for_url(f"**sorteer={chosen}**")
    settled(page)
    assert active_id(page) == "id_sorteer"
    # Or leaving the menu applies it, and the focus goes where the visitor went.
    page.keyboard.press("ArrowUp")
    page.keyboard.press("Tab")
    page.wait_for_url(re.compile(r"sorteer=(?!" + chosen + ")"))
    settled(page)
    assert active_id(page) == "show-results"
    assert_no_serious_axe_violations(page)

    # A new page load keeps the facets as left (this tab's sessionStorage).
    page.reload()
    assert facet(page, "fase").get_attribute("open") is None
    assert facet(page, "provincie").get_attribute("open") is not None


def test_a_facet_opened_while_the_list_loads_stays_open(page, demo_server, monkeypatch):
    import time

    from practices import views

    parse = views.parse_selection

    def slow(request, *args, **kwargs):
        if request.headers.get("X-Requested-With") == "fetch":
            time.sleep(1.5)
        return parse(request, *args, **kwargs)

    page.goto(demo_server.url + "/praktijkvoorbeelden/")
    monkeypatch.setattr(views, "parse_selection", slow)
    stage = facet(page, "fase")
    stage.get_by_label("lopend", exact=False).check()
    page.locator("[data-listing][aria-busy]").wait_for()
    topics = facet(page, "onderwerp")
    assert topics.get_attribute("open") is None
    topics.locator("summary").click()
    page.wait_for_url("**fase=lopend**")
    settled(page)
    assert facet(page, "onderwerp").get_attribute("open") is not None


def test_ticks_survive_paging_and_compare_at_desktop_width(page, demo_server):
    page.goto(demo_server.url + "/praktijkvoorbeelden/")
    assert page.locator("[data-filters-toggle]").is_hidden()
    assert page.locator("form.filters").is_visible()
    first = page.locator(".practice-card__compare input").first
    first_value = first.get_attribute("value")
    first.check()
    assert f"ids={first_value}" in page.url
    assert page.locator("[data-compare-count]").inner_text() == "1"

    page.locator(".pagination a[rel=next]").click()
    page.wait_for_url("**pagina=2**")
    assert f"ids={first_value}" in page.url
    kept = page.locator(f".compare-chosen #compare-{first_value}")
    assert kept.is_checked()
    page.locator(".practice-cards .practice-card__compare input").first.check()
    assert page.locator("[data-compare-count]").inner_text() == "2"
    assert_no_serious_axe_violations(page)

    page.get_by_role("button", name="Vergelijk aangevinkte voorbeelden").click()
    page.wait_for_url("**/vergelijk/**")
    table = page.locator("table.compare-table")
    assert table.is_visible()
    assert table.locator("thead th").count() == 2
    assert not page.locator(".compare-stack").is_visible()
    row_labels = table.locator("tbody th").all_inner_texts()
    for label in (
        "Doel",
        "Resultaten",
        "Werkzame elementen",
        "Schooltypen",
        "Regio",
        "Herkomst van de kennis",
        "Contact",
    ):
        assert label in row_labels, label
    assert_no_serious_axe_violations(page)


def test_ticks_survive_paging_without_javascript(browser_no_js, demo_server):
    page = browser_no_js
    page.goto(demo_server.url + "/praktijkvoorbeelden/?sorteer=titel")
    box = page.locator(".practice-card__compare input").first
    value = box.get_attribute("value")
    box.check()
    page.get_by_role("button", name="Vinkjes bewaren en op deze pagina blijven").click()
    page.wait_for_url(f"**ids={value}**")
    assert "sorteer=titel" in page.url
    page.locator(".pagination a[rel=next]").click()
    page.wait_for_url("**pagina=2**")
    assert page.locator(f".compare-chosen #compare-{value}").is_checked()
    # One tick: the same list again, with the message.
    page.get_by_role("button", name="Vergelijk aangevinkte voorbeelden").click()
    page.wait_for_url("**vergelijk=1**")
    assert page.locator("#compare-notice").is_visible()
    assert "pagina=2" in page.url and "sorteer=titel" in page.url
