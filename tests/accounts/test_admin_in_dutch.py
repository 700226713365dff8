"""The admin speaks Dutch: no English "True", "False" or "None" in the lists and forms the
editors use, and Dutch permission names on the group screen."""

import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.test import Client

import pytest

from jos_portal.stories.models import Tip
from practices.models import Practice
from publications.models import Publication
from workshops.models import Session

pytestmark = pytest.mark.django_db

ENGLISH = re.compile(r"\b(True|False|None|Can (add|change|delete|view|lock|unlock|publish))\b")


def visible_text(html):
    html = re.sub(
        r"<script.*?</script>|<style.*?</style>|<template.*?</template>", " ", html, flags=re.S
    )
    # Elements marked hidden (Wagtail's empty error counters) are not read.
    html = re.sub(r"<(\w+)[^>]*\shidden(?:[\s>=][^>]*)?>[^<]*</\1>", " ", html)
    # Text in tags and in the attributes people meet (titles, labels, placeholders).
    attributes = " ".join(re.findall(r'(?:title|aria-label|placeholder|alt)="([^"]*)"', html))
    return re.sub(r"<[^>]+>", " ", html) + " " + attributes


def english_in(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return sorted(
        {match.group(0) for match in ENGLISH.finditer(visible_text(response.content.decode()))}
    )


@pytest.fixture
def superuser_client(db):
    user = get_user_model().objects.create_superuser("hoofd", "h@example.nl", "x")
    client = Client()
    client.force_login(user)
    return client


def admin_urls():
    practice = Practice.objects.filter(live=True).first()
    session = Session.objects.first()
    publication = Publication.objects.first()
    tip = Tip.objects.first()
    return [
        "/admin/",
        "/admin/snippets/practices/practice/",
        "/admin/snippets/practices/practice/?review_due=",
        f"/admin/snippets/practices/practice/edit/{practice.pk}/",
        f"/admin/snippets/practices/practice/history/{practice.pk}/",
        "/admin/snippets/workshops/session/",
        f"/admin/snippets/workshops/session/edit/{session.pk}/",
        "/admin/snippets/publications/publication/",
        f"/admin/snippets/publications/publication/edit/{publication.pk}/",
        "/admin/snippets/stories/tip/",
        f"/admin/snippets/stories/tip/edit/{tip.pk}/",
        "/admin/snippets/taxonomy/factor/",
        "/admin/snippets/taxonomy/organisation/",
        "/admin/users/",
        "/admin/toegang/",
    ]


def test_no_english_true_false_or_none_in_the_admin(home, superuser_client):
    found = {url: english_in(superuser_client, url) for url in admin_urls()}
    assert {url: words for url, words in found.items() if words} == {}


def test_permissions_have_dutch_names(home, superuser_client):
    assert (
        not Permission.objects.filter(name__startswith="Can ").exclude(codename__in=[]).exists()
    ), list(Permission.objects.filter(name__startswith="Can ").values_list("codename", flat=True))
    lock = Permission.objects.get(codename="lock_practice")
    assert lock.name == "Mag praktijkvoorbeeld vergrendelen"
    group = Group.objects.get(name="Redacteur")
    assert english_in(superuser_client, f"/admin/groups/edit/{group.pk}/") == []
