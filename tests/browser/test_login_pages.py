"""Axe on the pages around logging in: the admin login form and its error, the lock-out
page of django-axes, and the two-factor set-up and confirmation pages."""

import re

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from tests.browser.conftest import assert_no_serious_axe_violations

# The roles come from a data migration: keep them.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "Een-lang-wachtwoord-2026"


def make_user(username, role):
    user = get_user_model().objects.create_user(
        username, f"{username}@example.nl", PASSWORD, first_name=role
    )
    user.groups.add(Group.objects.get(name=role))
    return user


def log_in(page, base, username, password):
    page.goto(f"{base}/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(password)
    page.locator("form button[type=submit]").click()


def test_login_form_its_errors_and_the_lock_out_page_pass_axe(page, demo_server):
    make_user("redactie", "Redacteur")
    base = demo_server.url

    page.goto(f"{base}/admin/login/")
    expect(page.get_by_label("Verificatiecode")).to_be_visible()
    expect(page.get_by_label("Wachtwoord", exact=False)).to_be_visible()
    assert_no_serious_axe_violations(page)

    log_in(page, base, "redactie", "fout")
    # Wagtail fades its message list in (opacity on the <ul>); halfway, axe would measure
    # the blended colours, so it runs once the fade is over.
    expect(page.locator(".messages li", has_text="klopt niet")).to_be_visible()
    expect(page.locator(".messages > ul")).to_have_css("opacity", "1")
    assert_no_serious_axe_violations(page)

    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        with page.expect_response(
            lambda r: r.request.method == "POST" and r.url.endswith("/admin/login/")
        ) as answer:
            log_in(page, base, "redactie", "fout")
    assert answer.value.status == 429
    expect(page).to_have_title(re.compile(r"^Te veel mislukte inlogpogingen"))
    heading = page.get_by_role("heading", level=1, name="Te veel mislukte inlogpogingen")
    expect(heading).to_be_visible()
    expect(page.get_by_role("alert")).to_contain_text("Probeer het over 1 uur opnieuw.")
    assert page.locator("html").get_attribute("lang") == "nl"
    assert_no_serious_axe_violations(page)


def test_two_factor_set_up_and_confirmation_pages_pass_axe(page, demo_server):
    user = make_user("beheer", "Beheerder")
    base = demo_server.url

    log_in(page, base, "beheer", PASSWORD)
    page.wait_for_url(f"{base}/admin/tweestapsverificatie/")
    expect(page.get_by_role("heading", name="Koppel een authenticator-app")).to_be_visible()
    assert_no_serious_axe_violations(page)

    device = TOTPDevice.objects.get(user=user)
    code = f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"
    page.get_by_label("Verificatiecode").fill("000000" if code != "000000" else "111111")
    page.get_by_role("button", name="Bevestigen").click()
    expect(page.get_by_text("Deze code klopt niet")).to_be_visible()
    assert_no_serious_axe_violations(page)

    device.refresh_from_db()
    device.throttle_reset()  # django-otp slows down guessing after the wrong code
    page.get_by_label("Verificatiecode").fill(code)
    page.get_by_role("button", name="Bevestigen").click()
    page.wait_for_url(f"{base}/admin/")

    # With an app linked, the same address asks to confirm a session with a code.
    page.goto(f"{base}/admin/tweestapsverificatie/")
    expect(page.get_by_text("Bevestig deze sessie met de code")).to_be_visible()
    assert_no_serious_axe_violations(page)
