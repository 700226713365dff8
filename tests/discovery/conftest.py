"""A small portal with every record type sharing topic tags, published and draft."""

from wagtail.models import Page, Site

import pytest

from jos_portal.core.models import ContentPage, HomePage
from jos_portal.taxonomy.models import Factor, Municipality
from tests.factories.practices import PracticeFactory
from tests.factories.publications import PublicationFactory
from tests.factories.workshops import SessionFactory, WorkplaceFactory


@pytest.fixture
def home(db):
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Home", slug="home-discovery", intro="Welkom"))
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    return home


@pytest.fixture
def portal(home):
    tilburg = Municipality.objects.get(code="GM0855")
    utrecht = Municipality.objects.get(code="GM0344")
    breda = Municipality.objects.get(code="GM0758")
    mentor = Factor.objects.create(
        name="Vaste mentor", kind="succesfactor", description="<p>Een vaste mentor op school.</p>"
    )
    mentor.tags.add("pesten")
    mentor.save()
    geld = Factor.objects.create(
        name="Structureel geld", kind="randvoorwaarde", description="<p>Geld voor jaren.</p>"
    )
    practices = {
        "pauze": PracticeFactory(
            title="Jongerenwerker in de pauze",
            summary="De jongerenwerker staat elke pauze in de aula van de school.",
            municipality=tilburg,
            tags=["pesten", "weerbaarheid"],
            factors=[mentor],
        ),
        "regio": PracticeFactory(
            title="Weerbaarheidstraining in de regio",
            summary="Training voor scholen in Tilburg en Breda.",
            municipality=tilburg,
            extra_municipalities=[breda],
            tags=["weerbaarheid"],
        ),
        "utrecht": PracticeFactory(
            title="Mentoruur met het jongerenwerk",
            summary="Samen met de mentor in de klas in Utrecht.",
            municipality=utrecht,
            tags=["pesten"],
        ),
        "draft": PracticeFactory(
            title="Geheim conceptvoorbeeld",
            summary="Nog niet klaar, over pesten.",
            municipality=Municipality.objects.get(code="GM0363"),  # Amsterdam
            tags=["pesten", "geheimtag"],
            live=False,
        ),
    }
    workplace = WorkplaceFactory(name="Werkplaats Tilburg", slug="tilburg", municipality=tilburg)
    sessions = {
        "kickoff": SessionFactory(
            workplace=workplace,
            title="Kick-off over pesten",
            slug="kick-off",
            findings=[(mentor, "sterk")],
        ),
        "draft": SessionFactory(
            workplace=workplace, title="Geheime conceptsessie", slug="concept", live=False
        ),
    }
    sessions["kickoff"].tags.add("pesten")
    sessions["kickoff"].save_revision().publish()
    publications = {
        "handen": PublicationFactory(
            title="Handen ineen",
            tags=["pesten"],
            chapters=[("Samenwerking in de onderbouw", [mentor]), ("Literatuur", [geld])],
        ),
        "draft": PublicationFactory(title="Geheim rapport", tags=["pesten"], live=False),
    }
    page = home.add_child(
        instance=ContentPage(title="Over pesten op school", slug="over-pesten", intro="Uitleg.")
    )
    page.tags.add("pesten")
    page.save_revision().publish()
    hidden = home.add_child(
        instance=ContentPage(title="Geheime pagina over pesten", slug="geheim", live=False)
    )
    hidden.tags.add("pesten")
    hidden.save()
    return {
        "practices": practices,
        "sessions": sessions,
        "publications": publications,
        "factors": {"mentor": mentor, "geld": geld},
        "pages": {"page": page, "hidden": hidden},
        "workplace": workplace,
        "municipalities": {"tilburg": tilburg, "utrecht": utrecht, "breda": breda},
    }
