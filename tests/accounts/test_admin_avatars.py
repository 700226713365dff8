"""The admin loads nothing from another host: no Gravatar avatars for editors."""

from django.urls import reverse

import pytest

pytestmark = pytest.mark.django_db


def test_admin_screens_show_no_avatar_from_gravatar(clients):
    for name in ("wagtailadmin_home", "wagtailadmin_account", "wagtailusers_users:index"):
        html = clients["beheerder"].get(reverse(name)).content.decode()
        assert "gravatar" not in html.lower(), name
