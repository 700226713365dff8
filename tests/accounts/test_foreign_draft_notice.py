"""Someone else's unpublished draft on a live record is said plainly on the edit screen
(who, when, in review or not), before another editor publishes it unknowingly."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from wagtail.actions.edit import EditAction

import pytest

from tests.factories.practices import PracticeFactory
from tests.factories.publications import PublicationFactory
from tests.factories.workshops import SessionFactory

pytestmark = pytest.mark.django_db

PASSWORD = "Een-lang-wachtwoord-2026"


def person(username, role, first_name):
    user = get_user_model().objects.create_user(
        username, f"{username}@example.nl", PASSWORD, first_name=first_name, last_name="Test"
    )
    user.groups.add(Group.objects.get(name=role))
    return user


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def edit_url(record):
    meta = record._meta
    return reverse(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:edit", args=[record.pk])


@pytest.mark.parametrize("factory", [PracticeFactory, SessionFactory, PublicationFactory])
def test_a_colleagues_draft_on_a_live_record_is_announced(factory):
    contributor = person("bijdrager", "Bijdrager", "Bea")
    editor = person("redacteur", "Redacteur", "Ruud")
    record = factory()
    assert record.live
    record.title = "Nieuwe titel in concept"
    EditAction(record, user=contributor).execute(skip_permission_checks=True)

    html = client_for(editor).get(edit_url(record)).content.decode()
    assert "niet-gepubliceerde wijziging van Bea Test" in html
    assert "niet ter review aangeboden" in html
    assert "wie nu publiceert, zet haar ook live" in html


def test_no_notice_for_your_own_draft_or_without_a_draft():
    editor = person("redacteur", "Redacteur", "Ruud")
    practice = PracticeFactory()
    html = client_for(editor).get(edit_url(practice)).content.decode()
    assert "niet-gepubliceerde wijziging" not in html
    practice.title = "Eigen concept"
    EditAction(practice, user=editor).execute(skip_permission_checks=True)
    html = client_for(editor).get(edit_url(practice)).content.decode()
    assert "niet-gepubliceerde wijziging" not in html


def test_a_draft_in_review_says_so():
    contributor = person("bijdrager", "Bijdrager", "Bea")
    moderator = person("eindredacteur", "Eindredacteur", "Eva")
    practice = PracticeFactory()
    practice.title = "Ter review"
    revision = EditAction(practice, user=contributor).execute(skip_permission_checks=True)
    practice.get_workflow().start(practice, contributor)
    assert revision is not None
    html = client_for(moderator).get(edit_url(practice)).content.decode()
    assert "Het wacht op review" in html
