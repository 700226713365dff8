"""load_demo_data stays off production sites unless forced; remove_demo_data takes every
fictional example out again in one go and leaves the real records."""

from io import StringIO
from unittest import mock

from django.core.management import call_command
from django.core.management.base import CommandError

from wagtail.documents import get_document_model

import pytest

from jos_portal.events.models import EventPage
from jos_portal.stories.models import StoryPage, Tip
from jos_portal.taxonomy.models import Organisation
from jos_portal.taxonomy.provenance import ProvenanceMixin
from practices.models import Practice
from publications.models import Publication
from workshops.models import Session, Workplace

pytestmark = pytest.mark.django_db


def test_load_demo_data_refuses_without_permission_in_the_settings(settings):
    settings.DEMO_CONTENT_ALLOWED = False
    with pytest.raises(CommandError, match="--force"):
        call_command("load_demo_data", stdout=StringIO())
    assert not Practice.objects.exists()


def test_load_demo_data_refuses_with_the_production_settings():
    from tests.core.test_settings import STRONG_KEY, run_manage

    result = run_manage(
        "load_demo_data",
        env_overrides={
            "DJANGO_SETTINGS_MODULE": "jos_portal.settings.production",
            "SECRET_KEY": STRONG_KEY,
            "DEMO_CONTENT_ALLOWED": "",
        },
    )
    assert result.returncode != 0
    assert "DEMO_CONTENT_ALLOWED" in result.stderr and "--force" in result.stderr


def test_load_demo_data_runs_with_force_where_the_settings_forbid_it(settings):
    settings.DEMO_CONTENT_ALLOWED = False
    with mock.patch("jos_portal.core.management.commands.load_demo_data.DEMO_APPS", []):
        out = StringIO()
        call_command("load_demo_data", "--force", stdout=out)
    assert "Demo-inhoud staat klaar" in out.getvalue()


def fictional_count():
    from django.apps import apps

    return sum(
        model._default_manager.filter(is_fictional=True).count()
        for model in apps.get_models()
        if issubclass(model, ProvenanceMixin)
    )


def test_remove_demo_data_deletes_every_fictional_record_and_keeps_the_real_ones(demo):
    real = {
        "publications": set(Publication.objects.filter(is_fictional=False).values_list("pk")),
        "workplaces": set(Workplace.objects.filter(is_fictional=False).values_list("slug")),
        "stories": set(StoryPage.objects.filter(is_fictional=False).values_list("pk")),
        "tips": Tip.objects.filter(is_fictional=False).count(),
    }
    assert fictional_count() >= 40
    materials = list(get_document_model().objects.values_list("pk", flat=True))
    assert materials

    call_command("remove_demo_data", stdout=StringIO())

    assert fictional_count() == 0
    assert not Practice.objects.exists()
    assert not Session.objects.exists()
    assert not Workplace.objects.filter(slug="voorbeeldwerkplaats").exists()
    assert not EventPage.objects.exists()
    assert set(Publication.objects.values_list("pk")) == real["publications"]
    assert (
        set(Workplace.objects.values_list("slug"))
        == real["workplaces"]
        == {
            ("tilburg",),
            ("utrecht",),
        }
    )
    assert set(StoryPage.objects.values_list("pk")) == real["stories"]
    assert Tip.objects.count() == real["tips"]
    names = set(Organisation.objects.values_list("name", flat=True))
    assert {"Kiezelpad College", "Jongerenwerk Vonkelaar", "Kenniscentrum Windroos"}.isdisjoint(
        names
    )
    assert {"Gemeente Tilburg", "Stichting JoU", "ContourdeTwern", "Platform JEP"} <= names
    assert not get_document_model().objects.exists()  # only the events' example sheets


def test_remove_demo_data_is_idempotent_and_atomic(demo):
    call_command("remove_demo_data", stdout=StringIO())
    out = StringIO()
    call_command("remove_demo_data", stdout=out)
    assert "geen fictieve voorbeelden" in out.getvalue()


def test_remove_demo_data_changes_nothing_when_it_fails_halfway(demo):
    before = fictional_count()
    with (
        mock.patch.object(Session, "delete", side_effect=RuntimeError("stop")),
        pytest.raises(RuntimeError),
    ):
        call_command("remove_demo_data", stdout=StringIO())
    assert fictional_count() == before
    assert Practice.objects.exists()
