"""Login security: lock-out after repeated failures, strong passwords, sessions that end."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

import pytest

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"


def test_repeated_failed_logins_lock_the_account_out_with_429(users):
    client = Client()
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        response = client.post(LOGIN, {"username": "redacteur", "password": "fout"})
        assert response.status_code == 200  # the login form again, with its error
    response = client.post(LOGIN, {"username": "redacteur", "password": "fout"})
    assert response.status_code == 429
    html = response.content.decode().replace("\xa0", " ")  # "1 uur" is kept together
    assert "Te veel mislukte inlogpogingen" in html
    assert "Probeer het over 1 uur opnieuw." in html
    # Even the right password does not get in while locked out.
    response = client.post(LOGIN, {"username": "redacteur", "password": "Een-lang-wachtwoord-2026"})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_a_correct_login_works_and_other_accounts_are_not_affected(users):
    client = Client()
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        client.post(LOGIN, {"username": "redacteur", "password": "fout"})
    response = client.post(
        LOGIN, {"username": "eindredacteur", "password": "Een-lang-wachtwoord-2026"}
    )
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


@pytest.mark.parametrize(
    "password", ["kort1!", "password1234", "12345678901234", "eindredacteur2026"]
)
def test_weak_passwords_are_refused(password):
    user = get_user_model()(username="eindredacteur", email="e@example.nl")
    with pytest.raises(ValidationError):
        validate_password(password, user)


def test_a_long_passphrase_is_accepted():
    validate_password("fiets-boom-lantaarn-2026")


def test_a_weak_password_is_refused_in_the_admin_user_form(clients):
    response = clients["beheerder"].post(
        reverse("wagtailusers_users:add"),
        {
            "username": "nieuw",
            "email": "nieuw@example.nl",
            "first_name": "Nieuwe",
            "last_name": "Redacteur",
            "password1": "kort",
            "password2": "kort",
        },
    )
    assert response.status_code == 200
    assert not get_user_model().objects.filter(username="nieuw").exists()


def test_sessions_expire():
    assert settings.SESSION_COOKIE_AGE <= 60 * 60 * 8
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE is True
    assert settings.SESSION_COOKIE_HTTPONLY is True


def test_authentication_without_a_request_still_works(users):
    """The test client's login() and shell scripts pass no request; axes is skipped there,
    the password check is not."""
    client = Client()
    assert client.login(username="redacteur", password="Een-lang-wachtwoord-2026") is True
    assert Client().login(username="redacteur", password="fout") is False


def test_the_lock_out_page_names_the_configured_wait(users, settings):
    settings.AXES_COOLOFF_TIME = 0.5  # hours
    client = Client()
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        response = client.post(LOGIN, {"username": "redacteur", "password": "fout"})
    assert response.status_code == 429
    html = response.content.decode().replace("\xa0", " ")
    assert "Probeer het over 30 minuten opnieuw." in html


@pytest.mark.parametrize(("remember", "at_browser_close"), [("", True), ("on", False)])
def test_a_login_session_ends_at_browser_close_or_after_the_cookie_age(
    users, remember, at_browser_close
):
    client = Client()
    data = {"username": "redacteur", "password": "Een-lang-wachtwoord-2026", "remember": remember}
    assert client.post(LOGIN, data).status_code == 302
    assert client.session.get_expire_at_browser_close() is at_browser_close
    assert client.session.get_expiry_age() <= settings.SESSION_COOKIE_AGE
