"""Each role in Chromium: what it may do is offered and works, what it may not is neither
offered nor reachable by typing the address. The Beheerder links an authenticator app by
scanning (reading) the QR-code page first, and lifts a lockout on the access screen."""

import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from practices.models import Practice
from tests.browser.conftest import assert_no_serious_axe_violations

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "Een-lang-wachtwoord-2026"


def make_user(username, role):
    user = get_user_model().objects.create_user(username, f"{username}@example.nl", PASSWORD)
    user.groups.add(Group.objects.get(name=role))
    return user


def log_in(page, base, username, code=""):
    page.goto(f"{base}/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    if code:
        page.locator("input[name=otp_token], input[autocomplete=one-time-code]").first.fill(code)
    page.locator("form button[type=submit]").click()
    page.wait_for_load_state()


def refused(page, url):
    """Typing the address of a screen the role may not open lands elsewhere."""
    response = page.goto(url)
    return response.status in (403, 404) or not page.url.endswith(url.split("localhost", 1)[-1])


def menu_text(page, base):
    page.goto(f"{base}/admin/")
    return page.locator("#wagtail-sidebar, [data-wagtail-sidebar], .sidebar").first.inner_text()


def test_a_contributor_drafts_and_submits_but_never_publishes(page, demo_server):
    make_user("bijdrager", "Bijdrager")
    base = demo_server.url
    practice = Practice.objects.filter(live=True).first()
    log_in(page, base, "bijdrager")

    page.goto(f"{base}/admin/snippets/practices/practice/edit/{practice.pk}/")
    assert page.locator("[name=action-submit]").count() == 1
    assert page.locator("[name=action-publish]").count() == 0
    assert "Taxonomie" not in menu_text(page, base)
    for path in (
        "/admin/snippets/publications/publication/add/",
        "/admin/snippets/taxonomy/factor/add/",
        "/admin/users/",
        f"/admin/snippets/practices/practice/delete/{practice.pk}/",
    ):
        assert refused(page, base + path), path

    # A new public topic is the editors' call: the topic field only completes existing
    # topics for a contributor, and says so (the server refuses a forged one as well).
    page.goto(f"{base}/admin/snippets/practices/practice/edit/{practice.pk}/")
    page.get_by_role("tab", name=re.compile("^Indeling")).click()
    assert page.get_by_text("nieuwe onderwerpen voegt de redactie toe").first.is_visible()
    before = page.locator("#id_tags").input_value()
    tag_input = page.locator("li.tagit-new input")
    tag_input.fill("een eigen nieuw thema")
    tag_input.press("Enter")
    assert page.locator("#id_tags").input_value() == before


def test_an_editor_publishes_and_adds_a_factor_but_keeps_off_fixed_lists(page, demo_server):
    make_user("redacteur", "Redacteur")
    base = demo_server.url
    practice = Practice.objects.filter(live=True).first()
    log_in(page, base, "redacteur")

    page.goto(f"{base}/admin/snippets/practices/practice/edit/{practice.pk}/")
    assert page.locator("[name=action-publish]").count() >= 1
    # The four tabs, with the factors grouped by kind under "Indeling".
    for tab in ("Inhoud", "Indeling", "Contact en bronnen", "Publiceren"):
        assert page.get_by_role("tab", name=re.compile(tab)).count() == 1, tab
    page.get_by_role("tab", name=re.compile("Indeling")).click()
    for legend in ("Randvoorwaarden", "Succesfactoren", "Valkuilen"):
        assert page.locator("legend", has_text=legend).first.is_visible(), legend
    # The grouped factor boxes are the portal's own markup; the rest of the form is Wagtail's.
    assert_no_serious_axe_violations(page, context=".jos-grouped-choices")

    menu = menu_text(page, base)
    assert "Taxonomie" in menu
    response = page.goto(f"{base}/admin/snippets/taxonomy/factor/add/")
    assert response.status == 200 and page.locator("#id_name").is_visible()
    for path in (
        "/admin/snippets/taxonomy/schooltype/add/",
        "/admin/users/",
        f"/admin/snippets/practices/practice/delete/{practice.pk}/",
    ):
        assert refused(page, base + path), path


def test_a_moderator_deletes_and_keeps_the_fixed_lists(page, demo_server):
    make_user("eindredacteur", "Eindredacteur")
    base = demo_server.url
    practice = Practice.objects.filter(live=True).first()
    log_in(page, base, "eindredacteur")
    for path in (
        "/admin/snippets/taxonomy/schooltype/add/",
        f"/admin/snippets/practices/practice/delete/{practice.pk}/",
    ):
        response = page.goto(base + path)
        assert response.status == 200 and page.url.endswith(path), path
    assert refused(page, base + "/admin/users/")


def test_a_beheerder_links_an_app_then_manages_accounts_and_lockouts(page, demo_server):
    make_user("beheerder", "Beheerder")
    locked = make_user("vergrendeld", "Redacteur")
    base = demo_server.url
    log_in(page, base, "beheerder")
    page.wait_for_url("**/admin/tweestapsverificatie/")
    qr = page.locator("[data-totp-qr] svg")
    assert qr.is_visible() and qr.bounding_box()["width"] >= 120
    assert_no_serious_axe_violations(page)
    device = TOTPDevice.objects.get(user__username="beheerder")
    code = f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"
    page.locator("#id_token").fill(code)
    page.get_by_role("button", name="Bevestigen").click()
    page.wait_for_url(f"{base}/admin/")

    # Someone else's lockout (five wrong passwords in another browser), lifted here.
    other = page.context.browser.new_context(locale="nl-NL").new_page()
    for _ in range(5):
        other.goto(f"{base}/admin/login/")
        other.locator("#id_username").fill(locked.username)
        other.locator("#id_password").fill("fout-wachtwoord")
        other.locator("form button[type=submit]").click()
        other.wait_for_load_state()
    other.context.close()
    page.goto(f"{base}/admin/toegang/")
    assert_no_serious_axe_violations(page)
    page.get_by_role("button", name="Blokkade van vergrendeld opheffen").click()
    page.get_by_text("De blokkade van 'vergrendeld' is opgeheven").wait_for()

    assert page.goto(f"{base}/admin/users/").status == 200
    assert refused(page, base + "/admin/snippets/practices/practice/add/")
    assert "Praktijkvoorbeelden" not in menu_text(page, base)
