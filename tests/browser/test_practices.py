import pytest

from tests.browser.conftest import assert_no_serious_axe_violations

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def open_facet(page, label):
    """The facet's <details>, opened if it was collapsed."""
    facet = page.locator("form.filters details.facet").filter(
        has=page.locator("summary", has_text=label)
    )
    if facet.get_attribute("open") is None:
        facet.locator("summary").click()
    return facet


def test_filter_by_province_and_school_type_then_open_a_result(page, demo_server):
    page.goto(demo_server.url + "/praktijkvoorbeelden/")
    assert_no_serious_axe_violations(page)
    total = page.locator(".results__heading").inner_text()

    open_facet(page, "Provincie").get_by_label("Noord-Brabant", exact=False).check()
    page.wait_for_url("**provincie=noord-brabant**")
    assert page.locator(".results__heading").inner_text() != total
    # Focus stays on the control that changed (results update in place).
    assert page.evaluate("document.activeElement.name") == "provincie"

    open_facet(page, "Schooltype").get_by_label("havo", exact=False).first.check()
    page.wait_for_url("**schooltype=**")
    assert "Provincie: Noord-Brabant" in page.locator(".chips").inner_text()
    cards = page.locator(".practice-card")
    assert cards.count() >= 1
    for text in cards.locator(".practice-card__meta").all_inner_texts():
        assert "Noord-Brabant" in text

    page.go_back()
    page.wait_for_url("**provincie=noord-brabant**")
    assert "schooltype" not in page.url

    page.go_forward()
    page.wait_for_url("**schooltype=**")
    # The results are fetched again in place: read the first card once they are there
    # (the page first shows the province-only list it had).
    page.locator(".chips", has_text="Schooltype").wait_for()
    page.locator(".listing[aria-busy]").wait_for(state="detached")
    first = cards.first.locator("h3 a")
    title = first.inner_text()
    first.click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == title
    assert_no_serious_axe_violations(page)


def test_filters_work_without_javascript(browser_no_js, demo_server):
    page = browser_no_js
    page.goto(demo_server.url + "/praktijkvoorbeelden/")
    open_facet(page, "Provincie").get_by_label("Utrecht", exact=False).first.check()
    page.get_by_role("button", name="Toon resultaten").click()
    page.wait_for_url("**provincie=utrecht**")
    assert "Provincie: Utrecht" in page.locator(".chips").inner_text()


def test_compare_two_practices(page, demo_server):
    page.goto(demo_server.url + "/praktijkvoorbeelden/")
    boxes = page.locator(".practice-card__compare input")
    boxes.nth(0).check()
    boxes.nth(1).check()
    page.get_by_role("button", name="Vergelijk aangevinkte voorbeelden").click()
    page.wait_for_url("**/vergelijk/**")
    assert page.locator("table.compare-table thead th").count() == 2
    assert_no_serious_axe_violations(page)


def test_a_slow_older_answer_never_replaces_newer_results(page, demo_server, monkeypatch):
    """Back and then quickly forward: the answer for the list without the school type is
    slow and arrives last; the page must keep the results of the newest request."""
    import time

    from practices import views

    parse = views.parse_selection

    def slow_without_school_type(request, *args, **kwargs):
        if request.headers.get("X-Requested-With") == "fetch" and "schooltype" not in request.GET:
            time.sleep(1.5)
        return parse(request, *args, **kwargs)

    page.goto(demo_server.url + "/praktijkvoorbeelden/?provincie=noord-brabant")
    open_facet(page, "Schooltype").get_by_label("havo", exact=False).first.check()
    page.wait_for_url("**schooltype=**")
    page.locator(".chips", has_text="Schooltype").wait_for()

    monkeypatch.setattr(views, "parse_selection", slow_without_school_type)
    page.go_back()
    page.wait_for_url("**provincie=noord-brabant")
    page.go_forward()
    page.wait_for_url("**schooltype=**")
    page.wait_for_timeout(2500)  # the slow answer has come and gone by now
    assert "Schooltype" in page.locator(".chips").inner_text()
    assert page.locator(".listing[aria-busy]").count() == 0
