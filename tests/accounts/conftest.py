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


@pytest.fixture
def clients(users):
    """A logged-in test client per role, plus "anoniem". The Beheerder must use two-factor
    authentication; force_login verifies that session as after a login with a code
    (tests/conftest.py)."""
    made = {"anoniem": Client()}
    for username, user in users.items():
        client = Client()
        client.force_login(user)
        made[username] = client
    return made


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("beheer", "beheer@example.nl", "pw")
    client.force_login(user)
    return client
