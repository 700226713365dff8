import pytest

from jos_portal.taxonomy.models import Factor, Municipality, SchoolType
from tests.factories.practices import PracticeFactory


@pytest.fixture
def vocab(db):
    return {
        "havo": SchoolType.objects.get(slug="havo"),
        "vwo": SchoolType.objects.get(slug="vwo"),
        "pro": SchoolType.objects.get(slug="praktijkonderwijs"),
        "tilburg": Municipality.objects.get(code="GM0855"),
        "utrecht": Municipality.objects.get(code="GM0344"),
        "goirle": Municipality.objects.get(name="Goirle"),
        "amsterdam": Municipality.objects.get(code="GM0363"),
        "factor": Factor.objects.create(
            name="Vaste contactpersoon", kind="randvoorwaarde", description="<p>x</p>"
        ),
    }


@pytest.fixture
def practices(vocab):
    """A small, known data set: three published practices and one draft."""
    v = vocab
    return {
        "tilburg_havo": PracticeFactory(
            title="Pauzeteam Tilburg",
            municipality=v["tilburg"],
            extra_municipalities=[v["goirle"]],
            school_types=[v["havo"], v["vwo"]],
            factors=[v["factor"]],
            tags=["polarisatie"],
            stage="lopend",
            summary="Jongerenwerkers in de pauze op een havo-school.",
        ),
        "utrecht_pro": PracticeFactory(
            title="Buurtbrug Utrecht",
            municipality=v["utrecht"],
            school_types=[v["pro"]],
            tags=["wijk"],
            stage="opstarten",
            collaboration_type="vanuit-de-wijk",
            summary="Jongerenwerk uit de wijk helpt een school voor praktijkonderwijs.",
        ),
        "amsterdam_havo": PracticeFactory(
            title="Dialoog in de klas",
            municipality=v["amsterdam"],
            school_types=[v["havo"]],
            factors=[v["factor"]],
            tags=["polarisatie", "wijk"],
            stage="afgerond",
            summary="Gesprekken over idealen met een jongerenwerker en een mentor.",
        ),
        "draft": PracticeFactory(
            title="Geheim concept",
            municipality=v["tilburg"],
            school_types=[v["havo"]],
            factors=[v["factor"]],
            tags=["polarisatie"],
            live=False,
            summary="Dit concept mag nergens verschijnen.",
        ),
    }
