import pytest

from jos_portal.taxonomy.models import Factor
from practices.models import Practice
from publications.models import Publication
from tests.factories.practices import PracticeFactory
from tests.factories.publications import PublicationFactory
from tests.workshops.conftest import werkplaats  # noqa: F401  (fixture)
from workshops.models import Finding

pytestmark = pytest.mark.django_db


@pytest.fixture
def evidence(werkplaats):  # noqa: F811
    f = werkplaats["factors"]
    PracticeFactory(title="Voorbeeld A", factors=[f["contact"], f["zichtbaar"]])
    PracticeFactory(title="Voorbeeld B", factors=[f["contact"]])
    PracticeFactory(title="Concept C", factors=[f["geld"]], live=False)
    PublicationFactory(title="Handen ineen", chapters=[("Inleiding", [f["contact"]])])
    PublicationFactory(title="Geheim rapport", chapters=[("Geld", [f["geld"]])], live=False)
    return werkplaats


def cells(response):
    """{factor name: [count per column]} from the rendered map's context."""
    return {
        row["factor"].name: [cell["count"] for cell in row["cells"]]
        for group in response.context["groups"]
        for row in group["rows"]
    }


def test_map_counts_match_a_brute_force_count(client, evidence):
    response = client.get("/factoren/")
    assert response.status_code == 200
    columns = response.context["columns"]
    assert [c["label"] for c in columns] == [
        "Werkplaats Tilburg",
        "Werkplaats Utrecht",
        "Praktijkvoorbeelden",
        "Publicaties",
    ]
    table = cells(response)
    for factor in Factor.objects.all():
        expected = []
        for workplace in (evidence["tilburg"], evidence["utrecht"]):
            sessions = {
                f.session_id
                for f in Finding.objects.filter(factor=factor)
                if f.session.live and f.session.workplace_id == workplace.pk
            }
            expected.append(len(sessions))
        expected.append(
            sum(1 for p in Practice.objects.filter(live=True) if factor in p.factors.all())
        )
        expected.append(
            sum(
                1
                for p in Publication.objects.filter(live=True)
                if any(factor in c.factors.all() for c in p.chapters.all())
            )
        )
        assert table[factor.name] == expected, factor.name
    assert table["Vaste contactpersoon"] == [2, 0, 2, 1]
    assert table["Structureel geld"] == [0, 0, 0, 0]  # only drafts mention it


def test_map_is_an_accessible_table_grouped_by_kind(client, evidence):
    html = client.get("/factoren/").content.decode()
    assert '<th scope="col">Werkplaats Tilburg</th>' in html
    assert '<th scope="rowgroup"' in html
    assert "sessies, de meeste onderbouwing" in html
    groups = [g["kind"] for g in client.get("/factoren/").context["groups"]]
    assert groups == ["randvoorwaarde", "succesfactor", "valkuil"]


def test_map_filters_by_kind_and_topic(client, evidence):
    response = client.get("/factoren/", {"soort": "valkuil"})
    assert list(cells(response)) == ["Cultuurverschil"]
    zichtbaar = evidence["factors"]["zichtbaar"]
    zichtbaar.tags.add("wijk")
    zichtbaar.save()
    assert list(cells(client.get("/factoren/", {"onderwerp": "wijk"}))) == ["Zichtbaar in school"]


def test_map_ignores_unknown_filter_values_with_a_message(client, evidence):
    response = client.get("/factoren/", {"soort": "onzin", "onderwerp": "x" * 5000})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Onbekende soort factor genegeerd." in html
    assert "Onbekend onderwerp genegeerd." in html
    assert len(cells(response)) == 4


def test_map_uses_a_fixed_number_of_queries(client, evidence, django_assert_max_num_queries):
    client.get("/factoren/")
    with django_assert_max_num_queries(12) as captured:
        client.get("/factoren/")
    before = len(captured.captured_queries)
    for n in range(10):
        factor = Factor.objects.create(name=f"Extra {n}", kind="succesfactor", description="x")
        PracticeFactory(factors=[factor])
    with django_assert_max_num_queries(before):
        client.get("/factoren/")


def test_factor_page_lists_all_published_evidence(client, evidence):
    response = client.get("/factoren/vaste-contactpersoon/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Kick-off Tilburg" in html and "Interviews docenten" in html
    assert "Geheime conceptsessie" not in html
    assert "Voorbeeld A" in html and "Voorbeeld B" in html
    assert "Concept C" not in html
    assert "Handen ineen" in html and "Geheim rapport" not in html
    assert response.context["session_count"] == 2
    assert client.get("/factoren/bestaat-niet/").status_code == 404
