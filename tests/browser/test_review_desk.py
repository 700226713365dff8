"""The review desk in Chromium: a moderator starts on the dashboard, finds the review queue
first, follows a count to the filtered list, approves from the queue and sees the record
published with today's review date. And a member of the public who is refused by the
hourly limit finds their text still in the form."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

import pytest

from practices.models import Practice, Source
from tests.browser.conftest import assert_no_serious_axe_violations
from tests.factories.practices import PracticeFactory

# The roles, the workflow and the root page come from data migrations: keep them.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "Een-lang-wachtwoord-2026"
PANEL = "section[aria-labelledby=editorial-status-heading]"


def axe_on(page, selector):
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, context=selector)
    serious = [
        (v["id"], [n["target"] for n in v["nodes"]][:3])
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == [], serious


def log_in(page, base, username):
    page.goto(f"{base}/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(f"{base}/admin/")


def test_review_from_the_dashboard_to_published_with_the_review_date(page, demo_server):
    moderator = get_user_model().objects.create_user(
        "eindredactie", "eindredactie@example.nl", PASSWORD, first_name="Eva"
    )
    moderator.groups.add(Group.objects.get(name="Eindredacteur"))
    author = get_user_model().objects.create_user("auteur", "auteur@example.nl", PASSWORD)
    author.groups.add(Group.objects.get(name="Bijdrager"))
    practice = PracticeFactory(title="Huiswerkklas in de wijk", live=False, last_reviewed=None)
    practice.get_workflow().start(practice, author)
    base = demo_server.url

    log_in(page, base, "eindredactie")
    queue = page.locator("#awaiting-review-heading, [id^=awaiting-review]").first
    figures = page.locator(PANEL)
    assert queue.is_visible() and figures.is_visible()
    assert queue.bounding_box()["y"] < figures.bounding_box()["y"]
    axe_on(page, PANEL)

    # The "in review" count of practices leads to the list filtered on that state.
    row = figures.locator("tr[data-record='practices.practice']")
    row.locator("td[data-state=in_review] a").click()
    page.wait_for_url("**/admin/snippets/practices/practice/?workflow_state=in_review")
    assert page.get_by_role("link", name="Huiswerkklas in de wijk").first.is_visible()

    # Back on the dashboard, approve from the queue with a comment.
    page.goto(f"{base}/admin/")
    queue_row = page.locator("tr", has_text="Huiswerkklas in de wijk").first
    queue_row.locator("button[aria-label]").first.click()
    queue_row.get_by_role("button", name="Goedkeuren met opmerking").click()
    page.locator("textarea[name=comment]").fill("Helder beschreven.")
    page.locator(".modal").get_by_role("button", name="Goedkeuren met opmerking").click()
    message = page.get_by_text("'Huiswerkklas in de wijk' is goedgekeurd en gepubliceerd.")
    message.wait_for()
    assert "'Laatst gecontroleerd' staat nu op" in message.inner_text()

    practice.refresh_from_db()
    assert practice.live is True
    assert practice.last_reviewed == timezone.localdate()
    page.goto(f"{base}{practice.get_absolute_url()}")
    assert page.get_by_role("heading", level=1, name="Huiswerkklas in de wijk").is_visible()


def fill_submission(page, title, approach):
    page.get_by_label("Naam van de samenwerking").fill(title)
    page.get_by_label("Korte samenvatting").fill("Een school en het jongerenwerk werken samen.")
    page.get_by_label("Wat wil de samenwerking bereiken?").fill("Minder schooluitval.")
    page.get_by_label("Aanpak: wat doen school en jongerenwerk, wie doet wat?").fill(approach)
    page.get_by_label("in de school", exact=True).check()
    page.get_by_label("lopend", exact=True).check()
    page.get_by_label("havo", exact=True).check()
    page.locator("#id_municipality").select_option(label="Tilburg")
    page.get_by_label("Betrokken organisaties").fill("Voorbeeldschool\nJongerenwerk")
    page.get_by_label("Je naam").fill("Noor Bakker")
    page.get_by_label("Je e-mailadres").fill("noor@example.nl")
    page.locator("#id_consent").check()
    page.get_by_role("button", name="Aanmelding versturen").click()


def test_a_refused_submitter_keeps_the_text(page, demo_server, settings):
    settings.SUBMISSION_RATE_LIMIT = 1
    base = demo_server.url

    page.goto(f"{base}/praktijkvoorbeelden/aanmelden/")
    fill_submission(page, "Eerste aanmelding", "Zo doen we het.")
    page.wait_for_url("**/aanmelden/bedankt/")

    page.goto(f"{base}/praktijkvoorbeelden/aanmelden/")
    approach = "Elke week een spreekuur.\n\nDe mentor schuift aan."
    fill_submission(page, "Tweede aanmelding", approach)
    page.get_by_role("heading", name="Nog niet verstuurd: even wachten").wait_for()
    assert page.title().startswith("Fout:")
    assert page.get_by_label("Naam van de samenwerking").input_value() == "Tweede aanmelding"
    typed = page.get_by_label("Aanpak: wat doen school en jongerenwerk, wie doet wat?")
    assert typed.input_value() == approach
    assert page.get_by_label("Je naam").input_value() == "Noor Bakker"
    assert page.get_by_label("havo", exact=True).is_checked()
    assert_no_serious_axe_violations(page)
    submitted = Practice.objects.filter(source=Source.PUBLIC_FORM)
    assert list(submitted.values_list("title", flat=True)) == ["Eerste aanmelding"]
