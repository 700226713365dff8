"""A member of the public submits a practice; a moderator logs in, approves it with a
comment from the dashboard, and the practice is public. Axe on the form and its errors."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

import pytest

from practices.models import Practice
from tests.browser.conftest import assert_no_serious_axe_violations

# The roles, the workflow and the root page come from data migrations: keep them.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "Een-lang-wachtwoord-2026"


def test_public_submission_then_moderator_approval(page, demo_server):
    moderator = get_user_model().objects.create_user(
        "eindredactie", "eindredactie@example.nl", PASSWORD, first_name="Eva"
    )
    moderator.groups.add(Group.objects.get(name="Eindredacteur"))
    base = demo_server.url

    page.goto(f"{base}/praktijkvoorbeelden/aanmelden/")
    assert_no_serious_axe_violations(page)

    # Sending it empty shows the errors, next to the fields and in a summary.
    page.get_by_role("button", name="Aanmelding versturen").click()
    page.wait_for_selector(".submit-form__summary")
    assert "Fout:" in page.title()
    assert page.locator("#id_title_error").is_visible()
    assert_no_serious_axe_violations(page)

    page.get_by_label("Naam van de samenwerking").fill("Sportavond met de mentor")
    page.get_by_label("Korte samenvatting").fill(
        "Jongerenwerk en mentoren organiseren samen een wekelijkse sportavond."
    )
    page.get_by_label("Wat wil de samenwerking bereiken?").fill(
        "Vertrouwen tussen leerling en school."
    )
    page.get_by_label("Aanpak: wat doen school en jongerenwerk, wie doet wat?").fill(
        "Op donderdag sporten leerlingen met een jongerenwerker en hun mentor.\n\n"
        "Na afloop praten ze."
    )
    page.get_by_label("in de school", exact=True).check()
    page.get_by_label("lopend", exact=True).check()
    page.get_by_label("havo", exact=True).check()
    page.locator("#id_municipality").select_option(label="Tilburg")
    page.get_by_label("Betrokken organisaties").fill("2College\nContour de Twern")
    page.get_by_label("Je naam").fill("Ahmed Yilmaz")
    page.get_by_label("Je e-mailadres").fill("ahmed@example.nl")
    page.locator("#id_consent").check()
    page.get_by_role("button", name="Aanmelding versturen").click()
    page.wait_for_url("**/aanmelden/bedankt/")
    assert page.get_by_role("heading", name="Bedankt voor je aanmelding").is_visible()

    practice = Practice.objects.get(title="Sportavond met de mentor")
    assert practice.live is False
    assert page.request.get(f"{base}{practice.get_absolute_url()}").status == 404

    # The moderator logs in and approves it from the dashboard, with a comment.
    page.goto(f"{base}/admin/login/")
    page.locator("#id_username").fill("eindredactie")
    page.locator("#id_password").fill(PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(f"{base}/admin/")
    row = page.locator("tr", has_text="Sportavond met de mentor").first
    row.locator("button[aria-label]").first.click()
    row.get_by_role("button", name="Goedkeuren met opmerking").click()
    page.locator("textarea[name=comment]").fill("Goed beschreven, dank je wel.")
    page.locator(".modal").get_by_role("button", name="Goedkeuren met opmerking").click()
    page.wait_for_load_state("networkidle")

    # The approval posts from the modal; on a loaded machine its answer can come after the
    # network goes quiet for a moment, so wait for the record itself (up to 10 s).
    for _attempt in range(50):
        practice.refresh_from_db()
        if practice.live:
            break
        page.wait_for_timeout(200)
    assert practice.live is True
    page.goto(f"{base}{practice.get_absolute_url()}")
    assert page.get_by_role("heading", level=1, name="Sportavond met de mentor").is_visible()
    assert "Na afloop praten ze." in page.content()
