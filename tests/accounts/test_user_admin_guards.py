"""Managing accounts is no way up: a Beheerder cannot create or edit a superuser, cannot
change their own roles and cannot edit a group's rights; a login outside the admin lands
somewhere that exists."""

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
        "groups": [Group.objects.get(name="Redacteur").pk],
    }
    data.update(overrides)
    return data


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
    assert list(user.groups.values_list("name", flat=True)) == ["Redacteur"]


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


def test_a_beheerder_still_gives_others_their_roles(clients, users):
    bijdrager = users["bijdrager"]
    editors = Group.objects.get(name="Redacteur")
    response = clients["beheerder"].post(
        reverse("wagtailusers_users:edit", args=[bijdrager.pk]),
        edit_data(bijdrager, groups=[editors.pk]),
    )
    assert response.status_code == 302
    assert list(bijdrager.groups.values_list("name", flat=True)) == ["Redacteur"]


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
