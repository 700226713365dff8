from pathlib import Path

import icalendar
import pytest

from tests.browser.conftest import assert_no_serious_axe_violations

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_story_tag_event_and_ical_download_with_axe_on_each_page_type(page, demo_server):
    page.goto(demo_server.url + "/")
    assert page.get_by_role("heading", name="Nieuwste verhalen").is_visible()
    assert_no_serious_axe_violations(page)

    page.goto(demo_server.url + "/verhalen/")
    assert_no_serious_axe_violations(page)
    page.get_by_role("link", name="Een jongerenwerker in de aula: wat een pauze kan doen").click()
    page.wait_for_url("**/verhalen/een-jongerenwerker-in-de-aula/")
    assert "In het kort" in page.locator("main").inner_text()
    assert_no_serious_axe_violations(page)

    page.locator(".tag-list").get_by_role("link", name="jongerenwerk", exact=True).click()
    page.wait_for_url("**/verhalen/?onderwerp=jongerenwerk")
    assert page.locator("h1").inner_text() == "Verhalen: jongerenwerk"
    assert page.locator(".story-card").count() >= 1

    page.goto(demo_server.url + "/tips/")
    assert page.locator(".tip").count() >= 12
    assert_no_serious_axe_violations(page)

    page.goto(demo_server.url + "/bijeenkomsten/")
    assert_no_serious_axe_violations(page)
    upcoming = page.locator("section", has=page.locator("#upcoming-heading"))
    upcoming.get_by_role("link", name="Regiobijeenkomst: school en wijk").click()
    page.wait_for_url("**/bijeenkomsten/regiobijeenkomst-school-en-wijk/")
    assert_no_serious_axe_violations(page)

    with page.expect_download() as info:
        page.get_by_role("link", name="Zet in je agenda").click()
    download = info.value
    assert download.suggested_filename == "regiobijeenkomst-school-en-wijk.ics"
    calendar = icalendar.Calendar.from_ical(Path(download.path()).read_bytes())
    (event,) = calendar.walk("VEVENT")
    # A fictional event says so in every calendar it lands in.
    assert str(event["SUMMARY"]) == "[Fictief voorbeeld] Regiobijeenkomst: school en wijk"
    assert "Buurthuis De Lindeboog" in str(event["LOCATION"])
