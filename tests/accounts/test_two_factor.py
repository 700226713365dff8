"""Two-factor authentication (TOTP via django-otp): enforced for Beheerder, optional for
the other roles, and part of the normal Wagtail login form."""

import re

from django.test import Client
from django.urls import reverse

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db

PASSWORD = "Een-lang-wachtwoord-2026"
LOGIN = "/admin/login/"
SETUP = "/admin/tweestapsverificatie/"


def current_code(device):
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def test_beheerder_must_set_up_two_factor_before_using_the_admin(users):
    client = Client()
    response = client.post(LOGIN, {"username": "beheerder", "password": PASSWORD})
    assert response.status_code == 302
    # Every admin page sends them to the set-up page until the session is verified.
    for url in ("/admin/", reverse("wagtailusers_users:index")):
        response = client.get(url)
        assert response.status_code == 302 and response.url == SETUP
    page = client.get(SETUP).content.decode()
    secret = re.search(r"data-totp-secret>([A-Z2-7=]+)<", page).group(1)
    device = TOTPDevice.objects.get(user=users["beheerder"])
    assert device.confirmed is False and secret

    response = client.post(SETUP, {"token": "000000" if current_code(device) != "000000" else "1"})
    assert response.status_code == 200
    assert "klopt niet" in response.content.decode()
    # django-otp slows down guessing after a wrong code; we wait that out here.
    device.refresh_from_db()
    assert device.throttling_failure_count == 1
    device.throttle_reset()
    response = client.post(SETUP, {"token": current_code(device)})
    assert response.status_code == 302
    device.refresh_from_db()
    assert device.confirmed is True
    assert client.get(reverse("wagtailusers_users:index")).status_code == 200


def test_login_asks_for_the_code_once_an_app_is_linked(users):
    device = TOTPDevice.objects.create(user=users["beheerder"], name="app", confirmed=True)
    client = Client()
    form = client.get(LOGIN).content.decode()
    assert 'name="otp_token"' in form

    response = client.post(LOGIN, {"username": "beheerder", "password": PASSWORD})
    assert response.status_code == 200
    assert "verificatiecode" in response.content.decode().lower()
    assert "_auth_user_id" not in client.session

    response = client.post(
        LOGIN, {"username": "beheerder", "password": PASSWORD, "otp_token": "12345x"}
    )
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    device.refresh_from_db()
    device.throttle_reset()

    response = client.post(
        LOGIN,
        {"username": "beheerder", "password": PASSWORD, "otp_token": current_code(device)},
    )
    assert response.status_code == 302
    assert client.get(reverse("wagtailusers_users:index")).status_code == 200


def test_other_roles_log_in_without_a_code(users):
    client = Client()
    response = client.post(LOGIN, {"username": "redacteur", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_reset_two_factor_command_removes_the_device(users):
    from io import StringIO

    from django.core.management import CommandError, call_command

    TOTPDevice.objects.create(user=users["beheerder"], name="app", confirmed=True)
    out = StringIO()
    call_command("reset_two_factor", "beheerder", stdout=out)
    assert "1 authenticator-app(s)" in out.getvalue()
    assert not TOTPDevice.objects.filter(user=users["beheerder"]).exists()
    with pytest.raises(CommandError):
        call_command("reset_two_factor", "bestaat-niet")


def test_the_set_up_page_can_load_the_admin_icons_and_script_translations(users):
    """Every admin page, the set-up page too, loads these; redirecting them would put the
    set-up page inside the icon sprite and break the scripts."""
    client = Client()
    client.post(LOGIN, {"username": "beheerder", "password": PASSWORD})
    assert client.get("/admin/").status_code == 302
    sprite = client.get(reverse("wagtailadmin_sprite"))
    assert sprite.status_code == 200 and b"<svg" in sprite.content
    catalog = client.get(reverse("wagtailadmin_javascript_catalog"))
    assert catalog.status_code == 200
    assert "javascript" in catalog["Content-Type"]
