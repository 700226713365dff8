"""One login for the admin: the second factor is asked of everyone who has one or must
have one (superusers too), whatever URL they come in by, and every failure reads the same."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.test import Client

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db

PASSWORD = "Een-lang-wachtwoord-2026"
LOGIN = "/admin/login/"
SETUP = "/admin/tweestapsverificatie/"
SAME_MESSAGE = "Je gebruikersnaam, wachtwoord of verificatiecode klopt niet. Probeer het opnieuw."


def current_code(device):
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser("hoofdbeheer", "h@example.nl", PASSWORD)


@pytest.fixture
def redacteur_with_app(users):
    """A Redacteur who turned two-factor authentication on of their own accord."""
    device = TOTPDevice.objects.create(user=users["redacteur"], name="app", confirmed=True)
    return users["redacteur"], device


@pytest.fixture
def restricted_document(db):
    root = Collection.get_first_root_node()
    collection = root.add_child(name="Alleen na inloggen")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = get_document_model().objects.create(
        title="Intern verslag",
        file=ContentFile(b"%PDF-1.4 intern", name="intern-verslag.pdf"),
        collection=collection,
    )
    yield document
    document.file.delete(save=False)


def test_a_superuser_must_set_up_two_factor_before_using_the_admin(superuser):
    client = Client()
    assert client.post(LOGIN, {"username": "hoofdbeheer", "password": PASSWORD}).status_code == 302
    response = client.get("/admin/")
    assert response.status_code == 302 and response.url == SETUP
    page = client.get(SETUP).content.decode()
    assert "Voor jouw rol is tweestapsverificatie verplicht" in page
    assert "Koppel een authenticator-app" in page


def test_a_superuser_with_an_app_must_give_the_code(superuser):
    device = TOTPDevice.objects.create(user=superuser, name="app", confirmed=True)
    client = Client()
    response = client.post(LOGIN, {"username": "hoofdbeheer", "password": PASSWORD})
    assert response.status_code == 200 and "_auth_user_id" not in client.session
    data = {"username": "hoofdbeheer", "password": PASSWORD, "otp_token": current_code(device)}
    assert client.post(LOGIN, data).status_code == 302
    assert client.get("/admin/").status_code == 200


def test_wagtails_front_end_login_does_not_log_in_with_a_password_alone(redacteur_with_app):
    client = Client()
    response = client.post(
        "/_util/login/?next=/admin/", {"username": "redacteur", "password": PASSWORD}
    )
    assert "_auth_user_id" not in client.session
    # It sends to the one login, which asks the code, with the destination kept.
    assert response.status_code == 302 and response.url == "/admin/login/?next=/admin/"
    assert client.get("/admin/").url.startswith(LOGIN)
    for url in ("/_util/login/?next=/admin/", "/en/_util/login/?next=/admin/"):
        assert Client().get(url).url == "/admin/login/?next=/admin/"


def test_a_session_from_a_password_alone_still_has_to_give_the_code(redacteur_with_app):
    """Whatever view logged them in (here the password check that every login view uses),
    a user with an app gets no further than the code page in the admin."""
    user, device = redacteur_with_app
    client = Client()
    assert client.login(username="redacteur", password=PASSWORD) is True
    for url in ("/admin/", "/admin/snippets/practices/practice/", LOGIN):
        response = client.get(url)
        assert response.status_code == 302 and response.url == SETUP, url
    page = client.get(SETUP).content.decode()
    assert "Bevestig deze sessie met de code" in page
    assert client.post(SETUP, {"token": current_code(device)}).status_code == 302
    assert client.get("/admin/").status_code == 200


def test_outside_the_admin_a_session_without_the_code_counts_as_logged_out(
    redacteur_with_app, restricted_document
):
    user, device = redacteur_with_app
    url = restricted_document.url
    half = Client()
    half.login(username="redacteur", password=PASSWORD)
    response = half.get(url)
    # Sent to the one login (not Wagtail's password-only one), like an anonymous visitor.
    assert response.status_code == 302
    assert response.url.startswith(f"{LOGIN}?next=")

    full = Client()
    data = {"username": "redacteur", "password": PASSWORD, "otp_token": current_code(device)}
    assert full.post(LOGIN, data).status_code == 302
    assert full.get(url).status_code == 200


def error_messages(response):
    return [str(error) for error in response.context["form"].non_field_errors()]


def test_every_failed_login_gives_the_same_message(redacteur_with_app):
    user, device = redacteur_with_app
    wrong_code = "000000" if current_code(device) != "000000" else "111111"
    attempts = {
        "wrong password": {"username": "redacteur", "password": "fout-wachtwoord"},
        "unknown user": {"username": "niemand", "password": PASSWORD},
        "code missing": {"username": "redacteur", "password": PASSWORD},
        "wrong code": {"username": "redacteur", "password": PASSWORD, "otp_token": wrong_code},
    }
    seen = {}
    for what, data in attempts.items():
        response = Client().post(LOGIN, data)
        assert response.status_code == 200, what
        seen[what] = error_messages(response)
    assert all(messages == [SAME_MESSAGE] for messages in seen.values()), seen


def test_failed_codes_count_towards_the_lock_out_like_wrong_passwords(redacteur_with_app):
    """Otherwise a password that is right would show itself by never being locked out."""
    client = Client()
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        response = client.post(LOGIN, {"username": "redacteur", "password": PASSWORD})
        assert response.status_code == 200
    response = client.post(LOGIN, {"username": "redacteur", "password": PASSWORD})
    assert response.status_code == 429


def test_editors_without_an_app_still_log_in_with_their_password(users):
    client = Client()
    assert client.post(LOGIN, {"username": "redacteur", "password": PASSWORD}).status_code == 302
    assert client.get("/admin/").status_code == 200
