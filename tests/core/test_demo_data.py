from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command

from wagtail.models import Page, Revision, Site

import pytest

from jos_portal.core.models import ContentPage, HomePage
from jos_portal.taxonomy.models import Factor, Organisation

pytestmark = pytest.mark.django_db


def counts():
    from taggit.models import Tag

    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "factors": Factor.objects.count(),
        "organisations": Organisation.objects.count(),
        "tags": Tag.objects.count(),
        "sites": Site.objects.count(),
        "users": get_user_model().objects.count(),
    }


def test_demo_data_is_idempotent():
    call_command("load_demo_data", stdout=StringIO())
    first = counts()
    call_command("load_demo_data", stdout=StringIO())
    assert counts() == first


def test_demo_data_replaces_the_welcome_page_with_the_home_page(demo):
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    assert not Page.objects.filter(title__startswith="Welcome to your new Wagtail site").exists()
    slugs = set(ContentPage.objects.live().values_list("slug", flat=True))
    assert {"over-jos", "contact", "toegankelijkheid", "privacy"} <= slugs


def test_demo_data_has_the_partners_and_at_least_six_factors_of_each_kind(demo):
    names = set(Organisation.objects.values_list("name", flat=True))
    for partner in [
        "Gemeente Utrecht",
        "Gemeente Tilburg",
        "Stichting JoU",
        "ContourdeTwern",
        "R-Newt",
        "Fontys Hogeschool",
        "Youth Spot (Hogeschool van Amsterdam)",
    ]:
        assert partner in names
    assert Organisation.objects.get(name="Gemeente Tilburg").municipality.code == "GM0855"
    for kind in Factor.Kind.values:
        assert Factor.objects.filter(kind=kind).count() >= 6, kind
    assert Factor.objects.filter(tags__name="polarisatie").exists()


def test_demo_data_keeps_what_editors_changed(demo):
    about = ContentPage.objects.get(slug="over-jos")
    about.title = "Over het programma"
    about.save_revision().publish()
    call_command("load_demo_data", stdout=StringIO())
    assert ContentPage.objects.get(slug="over-jos").title == "Over het programma"
