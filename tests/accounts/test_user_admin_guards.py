"""Managing accounts is no way up: a Beheerder cannot create or edit a superuser, cannot
change their own roles, cannot edit a group's rights, gives only roles whose rights they hold
(no content role, on a new account or through a bulk action) and cannot take over an
account that has one; a login outside the admin lands somewhere that exists."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

import pytest

pytestmark = pytest.mark.django_db

User = get_user_model()
PASSWORD = "Een-lang-wachtwoord-2026"


def new_user_data(**overrides):
    data = {
        "username": "nieuw",
        "email": "nieuw@example.nl",
        "first_name": "Nieuwe",
        "last_name": "Collega",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "groups": [Group.objects.get(name="Beheerder").pk],
    }
    data.update(overrides)
    return data


def group(name):
    return Group.objects.get(name=name)


def edit_data(user, **overrides):
    data = {
        "username": user.username,
        "email": user.email,
        "first_name": user.first_name or "Voornaam",
        "last_name": user.last_name or "Achternaam",
        "password1": "",
        "password2": "",
        "is_active": "on",
        "groups": list(user.groups.values_list("pk", flat=True)),
    }
    data.update(overrides)
    return data


def test_the_add_form_offers_no_superuser_flag_to_a_beheerder(clients):
    html = clients["beheerder"].get(reverse("wagtailusers_users:add")).content.decode()
    assert 'name="groups"' in html
    assert 'name="is_superuser"' not in html


def test_a_beheerder_cannot_create_a_superuser(clients):
    response = clients["beheerder"].post(
        reverse("wagtailusers_users:add"), new_user_data(is_superuser="on")
    )
    assert response.status_code == 302
    user = User.objects.get(username="nieuw")
    assert not user.is_superuser
    assert list(user.groups.values_list("name", flat=True)) == ["Beheerder"]


def test_a_superuser_still_can(admin_client):
    html = admin_client.get(reverse("wagtailusers_users:add")).content.decode()
    assert 'name="is_superuser"' in html
    admin_client.post(reverse("wagtailusers_users:add"), new_user_data(is_superuser="on"))
    assert User.objects.get(username="nieuw").is_superuser


def test_a_beheerder_cannot_give_themselves_a_content_role(clients, users):
    beheerder = users["beheerder"]
    moderators = Group.objects.get(name="Eindredacteur")
    url = reverse("wagtailusers_users:edit", args=[beheerder.pk])
    html = clients["beheerder"].get(url).content.decode()
    assert "Je eigen rollen kan alleen een superuser wijzigen." in html
    clients["beheerder"].post(
        url,
        edit_data(
            beheerder, groups=[moderators.pk, *beheerder.groups.values_list("pk", flat=True)]
        ),
    )
    assert list(beheerder.groups.values_list("name", flat=True)) == ["Beheerder"]


def test_a_beheerder_gives_the_role_they_hold_to_an_account_without_one(clients):
    newcomer = User.objects.create_user("nieuwkomer", "n@example.nl", PASSWORD)
    response = clients["beheerder"].post(
        reverse("wagtailusers_users:edit", args=[newcomer.pk]),
        edit_data(newcomer, groups=[group("Beheerder").pk]),
    )
    assert response.status_code == 302
    assert list(newcomer.groups.values_list("name", flat=True)) == ["Beheerder"]


@pytest.mark.parametrize("role", ["Bijdrager", "Redacteur", "Eindredacteur"])
def test_a_beheerder_cannot_make_an_account_with_a_content_role(clients, role):
    """Not even a second account of their own: the role is not on offer and a forged
    choice is refused with the form's message; no account is made."""
    add_url = reverse("wagtailusers_users:add")
    html = clients["beheerder"].get(add_url).content.decode()
    assert f'value="{group(role).pk}"' not in html
    response = clients["beheerder"].post(add_url, new_user_data(groups=[group(role).pk]))
    assert response.status_code == 200
    assert not User.objects.filter(username="nieuw").exists()


def test_a_beheerder_cannot_give_a_content_role_to_an_existing_account(clients):
    newcomer = User.objects.create_user("nieuwkomer", "n@example.nl", PASSWORD)
    clients["beheerder"].post(
        reverse("wagtailusers_users:edit", args=[newcomer.pk]),
        edit_data(newcomer, groups=[group("Eindredacteur").pk]),
    )
    assert not newcomer.groups.exists()


@pytest.mark.parametrize("username", ["bijdrager", "redacteur", "eindredacteur"])
def test_a_beheerder_cannot_take_over_an_account_with_a_content_role(clients, users, username):
    account = users[username]
    url = reverse("wagtailusers_users:edit", args=[account.pk])
    assert clients["beheerder"].get(url).status_code == 302
    clients["beheerder"].post(
        url,
        edit_data(
            account,
            email="aanvaller@example.nl",
            password1="Nieuw-wachtwoord-2026x",
            password2="Nieuw-wachtwoord-2026x",
            groups=[],
        ),
    )
    account.refresh_from_db()
    assert account.email == f"{username}@example.nl"
    assert account.check_password(PASSWORD)
    assert account.groups.count() == 1
    delete_url = reverse("wagtailusers_users:delete", args=[account.pk])
    assert clients["beheerder"].post(delete_url).status_code == 302
    assert User.objects.filter(pk=account.pk).exists()


def bulk_url(action, *accounts):
    ids = "&".join(f"id={account.pk}" for account in accounts)
    return reverse("wagtail_bulk_action", args=("auth", "user", action)) + f"?{ids}"


def test_the_bulk_assign_role_offers_and_gives_only_grantable_roles(clients, users):
    beheerder, newcomer = (
        users["beheerder"],
        User.objects.create_user("nieuwkomer", "n@example.nl", PASSWORD),
    )
    url = bulk_url("assign_role", beheerder, newcomer, users["redacteur"])
    html = clients["beheerder"].get(url).content.decode()
    assert f'value="{group("Eindredacteur").pk}"' not in html
    assert f'value="{group("Beheerder").pk}"' in html
    clients["beheerder"].post(url, {"role": group("Eindredacteur").pk})
    assert not beheerder.groups.filter(name="Eindredacteur").exists()
    assert not newcomer.groups.exists()
    # A role they may give goes only to accounts they may manage, never to themselves.
    clients["beheerder"].post(url, {"role": group("Beheerder").pk})
    assert list(newcomer.groups.values_list("name", flat=True)) == ["Beheerder"]
    assert list(users["redacteur"].groups.values_list("name", flat=True)) == ["Redacteur"]


def test_bulk_deactivate_and_delete_skip_accounts_a_beheerder_may_not_manage(clients, users):
    boss = User.objects.create_superuser("hoofd", "hoofd@example.nl", PASSWORD)
    editor, newcomer = (
        users["redacteur"],
        User.objects.create_user("nieuwkomer", "n@example.nl", PASSWORD),
    )
    clients["beheerder"].post(
        bulk_url("set_active_state", boss, editor, newcomer), {"mark_as_active": "False"}
    )
    boss.refresh_from_db()
    editor.refresh_from_db()
    newcomer.refresh_from_db()
    assert boss.is_active and editor.is_active
    assert not newcomer.is_active
    clients["beheerder"].post(bulk_url("delete", boss, editor, newcomer))
    assert User.objects.filter(pk__in=[boss.pk, editor.pk]).count() == 2
    assert not User.objects.filter(pk=newcomer.pk).exists()


def test_a_superuser_gives_content_roles(admin_client, users):
    bijdrager = users["bijdrager"]
    response = admin_client.post(
        reverse("wagtailusers_users:edit", args=[bijdrager.pk]),
        edit_data(bijdrager, groups=[group("Redacteur").pk]),
    )
    assert response.status_code == 302
    assert list(bijdrager.groups.values_list("name", flat=True)) == ["Redacteur"]
    admin_client.post(
        bulk_url("assign_role", users["beheerder"]), {"role": group("Eindredacteur").pk}
    )
    assert users["beheerder"].groups.filter(name="Eindredacteur").exists()


def test_a_beheerder_cannot_edit_a_superuser(clients):
    boss = User.objects.create_superuser("hoofd", "hoofd@example.nl", PASSWORD)
    url = reverse("wagtailusers_users:edit", args=[boss.pk])
    assert clients["beheerder"].get(url).status_code == 302
    clients["beheerder"].post(
        url,
        edit_data(
            boss,
            email="aanvaller@example.nl",
            password1="Nieuw-wachtwoord-2026x",
            password2="Nieuw-wachtwoord-2026x",
        ),
    )
    boss.refresh_from_db()
    assert boss.email == "hoofd@example.nl"
    assert boss.check_password(PASSWORD)


def test_a_beheerder_cannot_edit_a_groups_rights(clients):
    group = Group.objects.get(name="Eindredacteur")
    response = clients["beheerder"].get(reverse("wagtailusers_groups:edit", args=[group.pk]))
    assert response.status_code == 302
    assert response.url != reverse("wagtailusers_groups:edit", args=[group.pk])


def test_logging_in_outside_the_admin_without_next_lands_in_the_admin(users):
    """Wagtail's front-end login sends to the one admin login; after it, without "next",
    the editor is in the admin, not on Django's /accounts/profile/ (a 404)."""
    client = Client()
    response = client.get(reverse("wagtailcore_login"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_login"))
    response = client.post(
        reverse("wagtailadmin_login"), {"username": "redacteur", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")
    assert client.get(response.url).status_code == 200


def test_logging_in_outside_the_admin_returns_to_next(users):
    client = Client()
    response = client.get(reverse("wagtailcore_login") + "?next=/publicaties/")
    assert response.status_code == 302
    login = response.url
    assert login.startswith(reverse("wagtailadmin_login")) and "publicaties" in login
    response = client.post(
        login, {"username": "redacteur", "password": PASSWORD, "next": "/publicaties/"}
    )
    assert response.status_code == 302
    assert response.url == "/publicaties/"


def test_the_user_screen_says_what_each_role_may_do(admin_client, clients):
    html = admin_client.get(reverse("wagtailusers_users:add")).content.decode()
    for description in (
        "Redacteur: maakt, bewerkt en publiceert",
        "Eindredacteur: alles van de redacteur",
        "Bijdrager: maakt en bewerkt concepten",
        "Beheerder: beheert accounts zonder inhoudsrol",
    ):
        assert description in html
    html = clients["beheerder"].get(reverse("wagtailusers_users:add")).content.decode()
    assert "Beheerder: beheert accounts zonder inhoudsrol" in html
