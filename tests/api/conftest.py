import datetime

import pytest

from jos_portal.taxonomy.models import Factor, Municipality, SchoolType
from publications.models import Publication
from tests.factories.practices import PracticeFactory
from tests.factories.publications import PublicationFactory
from tests.factories.workshops import SessionFactory, WorkplaceFactory


@pytest.fixture
def data(db):
    """Known records of every type, each with a draft that must never appear."""
    havo = SchoolType.objects.get(slug="havo")
    tilburg = Municipality.objects.get(code="GM0855")
    utrecht = Municipality.objects.get(code="GM0344")
    factor = Factor.objects.create(
        name="Vaste contactpersoon", kind="randvoorwaarde", description="<p>Eén gezicht.</p>"
    )
    factor.tags.add("samenwerking")
    factor.save()
    workplace = WorkplaceFactory(name="Tilburg", slug="tilburg", municipality=tilburg)
    workplace.tags.add("samenwerking")
    workplace.save()
    return {
        "factor": factor,
        "workplace": workplace,
        "consenting": PracticeFactory(
            title="Pauzeteam Tilburg",
            slug="pauzeteam-tilburg",
            municipality=tilburg,
            school_types=[havo],
            factors=[factor],
            tags=["polarisatie"],
            contact_name="Sanne de Vries",
            contact_email="sanne@example.org",
            contact_consent=True,
        ),
        "private": PracticeFactory(
            title="Buurtbrug Utrecht",
            slug="buurtbrug-utrecht",
            municipality=utrecht,
            tags=["wijk"],
            stage="opstarten",
            contact_name="Kees Jansen",
            contact_email="kees@example.org",
            contact_phone="030 123 45 67",
            contact_consent=False,
        ),
        "draft_practice": PracticeFactory(
            title="Geheim concept",
            slug="geheim-concept",
            municipality=tilburg,
            school_types=[havo],
            tags=["polarisatie", "conceptonderwerp"],
            live=False,
        ),
        "session": SessionFactory(
            workplace=workplace,
            title="Startbijeenkomst",
            slug="startbijeenkomst",
            date=datetime.date(2021, 3, 1),
            findings=[(factor, "sterk")],
        ),
        "draft_session": SessionFactory(
            workplace=workplace, title="Geheime sessie", slug="geheime-sessie", live=False
        ),
        "publication": PublicationFactory(
            title="Handen ineen",
            slug="handen-ineen",
            kind=Publication.Kind.LITERATURE,
            year=2021,
            tags=["polarisatie"],
        ),
        "draft_publication": PublicationFactory(
            title="Geheim rapport", slug="geheim-rapport", live=False, tags=["conceptonderwerp"]
        ),
    }


def get_json(client, url, status=200, **params):
    response = client.get(url, params)
    assert response.status_code == status, (url, params, response.content[:500])
    assert response["Content-Type"].startswith("application/json")
    return response.json()
