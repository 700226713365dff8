from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client

import pytest

from jos_portal.accounts.roles import ADMINISTRATOR, CONTRIBUTOR, EDITOR, MODERATOR

ROLE_USERS = {
    "redacteur": EDITOR,
    "eindredacteur": MODERATOR,
    "bijdrager": CONTRIBUTOR,
    "beheerder": ADMINISTRATOR,
}


@pytest.fixture
def users(db):
    """One user per role, each with an e-mail address (workflow mail goes there)."""
    made = {}
    for username, role in ROLE_USERS.items():
        user = get_user_model().objects.create_user(
            username, f"{username}@example.nl", "Een-lang-wachtwoord-2026", first_name=role
        )
        user.groups.add(Group.objects.get(name=role))
        made[username] = user
    return made


def verify_session(client, user):
    """What a login with a TOTP code does: a confirmed device, remembered in the session."""
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device, _ = TOTPDevice.objects.get_or_create(user=user, name="test", confirmed=True)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()


@pytest.fixture
def clients(users):
    """A logged-in test client per role, plus "anoniem". The Beheerder must use two-factor
    authentication, so that session is verified as after a login with a code."""
    made = {"anoniem": Client()}
    for username, user in users.items():
        client = Client()
        client.force_login(user)
        if username == "beheerder":
            verify_session(client, user)
        made[username] = client
    return made
