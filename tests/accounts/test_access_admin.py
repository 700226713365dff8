"""Lifting a login lockout and resetting two-factor authentication from the admin, for who
manages accounts; a QR code on the two-factor set-up page."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

import pytest
from axes.models import AccessAttempt
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db

PASSWORD = "Een-lang-wachtwoord-2026"
OVERVIEW = "/admin/toegang/"
UNLOCK = "/admin/toegang/blokkade-opheffen/"
RESET = "/admin/toegang/tweestapsverificatie-resetten/"


def lock_out(username):
    client = Client()
    for _ in range(5):
        client.post("/admin/login/", {"username": username, "password": "fout-wachtwoord"})
    response = client.post("/admin/login/", {"username": username, "password": PASSWORD})
    assert response.status_code == 429
    return client


def test_only_account_managers_open_the_screen(clients):
    assert clients["beheerder"].get(OVERVIEW).status_code == 200
    for role in ("redacteur", "eindredacteur", "bijdrager"):
        assert clients[role].get(OVERVIEW).status_code in (302, 403), role
        assert clients[role].post(UNLOCK, {"attempt": 1}).status_code in (302, 403), role
    assert clients["anoniem"].get(OVERVIEW).status_code == 302
    menu = clients["beheerder"].get("/admin/").content.decode()
    assert "Inlogblokkades en 2FA" in menu
    assert "Inlogblokkades en 2FA" not in clients["redacteur"].get("/admin/").content.decode()


def test_a_beheerder_lifts_a_lockout_and_the_user_logs_in_again(clients, users):
    locked = lock_out("redacteur")
    attempt = AccessAttempt.objects.get(username="redacteur")
    page = clients["beheerder"].get(OVERVIEW).content.decode()
    assert "Blokkade van redacteur opheffen" in page

    response = clients["beheerder"].post(UNLOCK, {"attempt": attempt.pk}, follow=True)
    assert "De blokkade van &#x27;redacteur&#x27; is opgeheven" in response.content.decode()
    assert not AccessAttempt.objects.filter(username="redacteur").exists()
    response = locked.post("/admin/login/", {"username": "redacteur", "password": PASSWORD})
    assert response.status_code == 302
    assert "Er is nu niemand geblokkeerd." in clients["beheerder"].get(OVERVIEW).content.decode()


def test_two_factor_reset_follows_who_may_manage_the_account(clients, users):
    other_admin = get_user_model().objects.create_user("beheerder2", "b2@example.nl", PASSWORD)
    other_admin.groups.add(Group.objects.get(name="Beheerder"))
    for user in (other_admin, users["eindredacteur"]):
        TOTPDevice.objects.create(user=user, name="app", confirmed=True)

    page = clients["beheerder"].get(OVERVIEW).content.decode()
    assert "Tweestapsverificatie van beheerder2 resetten" in page
    assert "Tweestapsverificatie van eindredacteur resetten" not in page
    assert "alleen door een superuser" in page

    # A content role's two-factor is not the Beheerder's to reset, not even by a forged post.
    response = clients["beheerder"].post(RESET, {"user": users["eindredacteur"].pk})
    assert response.status_code in (302, 403)  # Wagtail turns a refusal into "no permission"
    assert response.status_code == 403 or response.url == "/admin/"
    assert TOTPDevice.objects.filter(user=users["eindredacteur"]).exists()

    response = clients["beheerder"].post(RESET, {"user": other_admin.pk}, follow=True)
    assert "is gereset" in response.content.decode()
    assert not TOTPDevice.objects.filter(user=other_admin).exists()

    superuser = get_user_model().objects.create_superuser("hoofd", "h@example.nl", PASSWORD)
    client = Client()
    client.force_login(superuser)
    assert client.post(RESET, {"user": users["eindredacteur"].pk}).status_code == 302
    assert not TOTPDevice.objects.filter(user=users["eindredacteur"]).exists()


@pytest.mark.parametrize(
    "url,data",
    [
        (UNLOCK, {"attempt": "abc"}),
        (UNLOCK, {"attempt": "999999"}),
        (UNLOCK, {}),
        (RESET, {"user": "x" * 5000}),
        (RESET, {}),
    ],
)
def test_odd_input_gets_a_message_not_an_error(clients, url, data):
    response = clients["beheerder"].post(url, data, follow=True)
    assert response.status_code == 200
    assert "bestaat niet" in response.content.decode()


def test_unknown_account_is_a_404_and_get_is_refused(clients):
    assert clients["beheerder"].post(RESET, {"user": 999999}).status_code == 404
    assert clients["beheerder"].get(UNLOCK).status_code == 405
    assert clients["beheerder"].get(RESET).status_code == 405


def test_the_set_up_page_shows_a_qr_code_made_on_the_server(users):
    import segno

    client = Client()
    client.post("/admin/login/", {"username": "beheerder", "password": PASSWORD})
    page = client.get(reverse("accounts_two_factor")).content.decode()
    device = TOTPDevice.objects.get(user=users["beheerder"])
    expected = segno.make(device.config_url, error="m")
    assert "data-totp-qr" in page and "<svg" in page
    assert 'aria-label="QR-code om je authenticator-app te koppelen"' in page
    # The code is the set-up link itself, drawn inline: no image from another host.
    assert expected.svg_inline(scale=5, border=2, dark="#000", light="#fff") in page
    assert "chart.googleapis" not in page and "api.qrserver" not in page


def test_the_two_factor_list_costs_the_same_queries_for_more_accounts(
    clients, django_assert_max_num_queries
):
    def add_accounts(n, start):
        for index in range(start, start + n):
            user = get_user_model().objects.create_user(
                f"beheer{index}", f"b{index}@example.nl", PASSWORD
            )
            user.groups.add(Group.objects.get(name="Beheerder"))
            TOTPDevice.objects.create(user=user, name="app", confirmed=True)

    add_accounts(2, 0)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        assert clients["beheerder"].get(OVERVIEW).status_code == 200
    add_accounts(8, 2)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert clients["beheerder"].get(OVERVIEW).status_code == 200
