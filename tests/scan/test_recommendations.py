"""Recommendations for the factors that need attention: fitting practices first,
published evidence only, a fixed number of queries."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from jos_portal.scan import codes, recommendations
from jos_portal.scan.codes import Answers
from jos_portal.taxonomy.models import Municipality, SchoolType
from tests.factories.practices import PracticeFactory
from tests.factories.publications import PublicationFactory
from tests.factories.workshops import SessionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def places(db):
    tilburg = Municipality.objects.get(code="GM0855")
    return {
        "tilburg": tilburg,
        "brabant": Municipality.objects.filter(province=tilburg.province)
        .exclude(pk=tilburg.pk)
        .first(),
        "utrecht": Municipality.objects.get(code="GM0344"),
        "havo": SchoolType.objects.get(slug="havo"),
        "vwo": SchoolType.objects.get(slug="vwo"),
    }


def test_practices_prefer_school_type_then_municipality_then_province(factors, places):
    visie = factors["visie"]
    rest = PracticeFactory(title="Elders", municipality=places["utrecht"], factors=[visie])
    province = PracticeFactory(title="Provincie", municipality=places["brabant"], factors=[visie])
    same_place = PracticeFactory(title="Gemeente", municipality=places["tilburg"], factors=[visie])
    school = PracticeFactory(
        title="Schooltype",
        municipality=places["utrecht"],
        school_types=[places["havo"]],
        factors=[visie],
    )
    PracticeFactory(title="Andere factor", municipality=places["tilburg"], factors=[])
    PracticeFactory(
        title="Concept",
        municipality=places["tilburg"],
        school_types=[places["havo"]],
        factors=[visie],
        live=False,
    )
    advice = recommendations.for_factors(
        [visie.pk], school_type=places["havo"], municipality=places["tilburg"]
    )
    assert [p.title for p in advice[visie.pk]["practices"]] == [
        school.title,
        same_place.title,
        province.title,
    ]
    # Without a profile: newest first, still never the draft.
    plain = recommendations.for_factors([visie.pk])[visie.pk]["practices"]
    assert [p.title for p in plain] == [school.title, same_place.title, province.title]
    assert rest.title not in [p.title for p in plain]


def test_a_matching_region_wins_over_a_newer_practice_elsewhere(factors, places):
    visie = factors["visie"]
    near = PracticeFactory(title="Dichtbij", municipality=places["brabant"], factors=[visie])
    PracticeFactory(title="Nieuw 1", municipality=places["utrecht"], factors=[visie])
    PracticeFactory(title="Nieuw 2", municipality=places["utrecht"], factors=[visie])
    PracticeFactory(title="Nieuw 3", municipality=places["utrecht"], factors=[visie])
    advice = recommendations.for_factors([visie.pk], municipality=places["tilburg"])
    titles = [p.title for p in advice[visie.pk]["practices"]]
    assert titles[0] == near.title
    assert advice[visie.pk]["practices"][0].same_province


def test_findings_and_chapters_come_only_from_published_records(factors):
    visie, geld = factors["visie"], factors["geld"]
    SessionFactory(title="Open sessie", findings=[(visie, "sterk")])
    SessionFactory(title="Concept sessie", findings=[(visie, "sterk")], live=False)
    SessionFactory(title="Over geld", findings=[(geld, "genoemd")])
    PublicationFactory(title="Handen ineen", chapters=[("Visie", [visie]), ("Geld", [geld])])
    PublicationFactory(title="Concept publicatie", chapters=[("Visie", [visie])], live=False)
    advice = recommendations.for_factors([visie.pk])
    assert [f.session.title for f in advice[visie.pk]["findings"]] == ["Open sessie"]
    assert [(c.publication.title, c.title) for c in advice[visie.pk]["chapters"]] == [
        ("Handen ineen", "Visie")
    ]
    assert advice[visie.pk]["factor"].what_you_can_do == "<p>Tip bij Gedeelde visie.</p>"


def test_result_page_never_shows_drafts(client, scan, factors):
    visie = factors["visie"]
    PracticeFactory(title="Gepubliceerd voorbeeld", factors=[visie])
    PracticeFactory(title="Geheim concept", factors=[visie], live=False)
    SessionFactory(title="Geheime sessie", findings=[(visie, "sterk")], live=False)
    PublicationFactory(title="Geheime publicatie", chapters=[("Visie", [visie])], live=False)
    code = codes.encode(1, Answers(values=(4, 4, 1, 4, 1)))
    html = client.get(f"/samenwerkingsscan/uitslag/{code}/").content.decode()
    assert "Gepubliceerd voorbeeld" in html
    for secret in ("Geheim concept", "Geheime sessie", "Geheime publicatie"):
        assert secret not in html


def test_queries_do_not_grow_with_the_amount_of_evidence(client, scan, factors, places):
    code = codes.encode(
        1,
        Answers(
            values=(1, 1, 1, 1, 4),
            school_type_id=places["havo"].pk,
            municipality_code="GM0855",
        ),
    )
    url = f"/samenwerkingsscan/uitslag/{code}/"
    client.get(url)  # warm Wagtail's site cache

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    before = count()
    for factor in factors.values():
        PracticeFactory(factors=[factor], school_types=[places["havo"]])
        PracticeFactory(factors=[factor], municipality=places["utrecht"])
        SessionFactory(findings=[(factor, "sterk")])
        PublicationFactory(chapters=[("Hoofdstuk", [factor])])
    assert count() == before
