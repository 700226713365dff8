import pytest

from jos_portal.taxonomy.models import Factor, Municipality
from tests.factories.workshops import SessionFactory, WorkplaceFactory


@pytest.fixture
def werkplaats(db):
    def factor(name, kind):
        return Factor.objects.create(name=name, kind=kind, description=f"<p>{name}</p>")

    f = {
        "contact": factor("Vaste contactpersoon", "randvoorwaarde"),
        "zichtbaar": factor("Zichtbaar in school", "succesfactor"),
        "cultuur": factor("Cultuurverschil", "valkuil"),
        "geld": factor("Structureel geld", "randvoorwaarde"),
    }
    tilburg = WorkplaceFactory(name="Werkplaats Tilburg", slug="tilburg")
    utrecht = WorkplaceFactory(
        name="Werkplaats Utrecht",
        slug="utrecht",
        municipality=Municipality.objects.get(code="GM0344"),
    )
    sessions = {
        "t1": SessionFactory(
            workplace=tilburg,
            title="Kick-off Tilburg",
            slug="kick-off",
            findings=[(f["contact"], "sterk"), (f["zichtbaar"], "genoemd")],
        ),
        "t2": SessionFactory(
            workplace=tilburg,
            title="Interviews docenten",
            slug="interviews",
            format="interview",
            docenten=4,
            jongerenwerkers=2,
            findings=[(f["contact"], "herhaald"), (f["cultuur"], "genoemd")],
        ),
        "u1": SessionFactory(
            workplace=utrecht,
            title="Focusgroep Utrecht",
            slug="kick-off",
            format="focusgroep",
            findings=[(f["zichtbaar"], "sterk")],
        ),
        "draft": SessionFactory(
            workplace=utrecht,
            title="Geheime conceptsessie",
            slug="concept",
            live=False,
            findings=[(f["geld"], "sterk"), (f["contact"], "sterk")],
        ),
    }
    return {"factors": f, "tilburg": tilburg, "utrecht": utrecht, "sessions": sessions}
