"""Every list runs a fixed number of queries, whatever the page size."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from jos_portal.taxonomy.models import Factor, Municipality, SchoolType, TargetGroup
from tests.factories.practices import databank_practice
from tests.factories.publications import PublicationFactory
from tests.factories.workshops import SessionFactory, WorkplaceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def many(data):
    havo = SchoolType.objects.get(slug="havo")
    groups = list(TargetGroup.objects.all()[:2])
    places = list(Municipality.objects.order_by("code")[:8])
    factor = data["factor"]
    for i in range(8):
        databank_practice(
            cost_per_year_from=None,
            cost_per_year_to=4000,
            funding=("gemeente", "school"),
            elements=("a", "b"),
            municipality=places[i],
            extra_municipalities=places[:2],
            school_types=[havo],
            target_groups=groups,
            factors=[factor],
            tags=[f"onderwerp-{i}", "polarisatie"],
        )
        PublicationFactory(tags=[f"onderwerp-{i}"])
        SessionFactory(workplace=data["workplace"], tags=[f"onderwerp-{i}"])
        WorkplaceFactory().tags.add(f"onderwerp-{i}")
        Factor.objects.create(name=f"Factor {i}", kind="succesfactor", description="<p>x</p>")


LISTS = [
    ("/api/v1/practices/", {}, 8),
    ("/api/v1/practices/", {"schooltype": "havo", "onderwerp": "polarisatie"}, 11),
    (
        "/api/v1/practices/",
        {"erkenning": "goed-beschreven", "financiering": "gemeente", "kosten": "tot-5000"},
        10,
    ),
    ("/api/v1/practices/", {"q": "school", "sorteer": "relevantie"}, 11),
    ("/api/v1/workplaces/", {}, 4),
    ("/api/v1/sessions/", {"werkplaats": "tilburg"}, 4),
    ("/api/v1/factors/", {}, 3),
    ("/api/v1/publications/", {}, 4),
    ("/api/v1/topics/", {}, 7),
    ("/api/v1/regions/provinces/", {}, 2),
    ("/api/v1/regions/municipalities/", {"provincie": "noord-brabant"}, 3),
]


@pytest.mark.parametrize(("url", "params", "budget"), LISTS)
def test_list_queries_do_not_grow_with_the_page_size(
    client, many, django_assert_max_num_queries, url, params, budget
):
    client.get(url, params)  # warm what is cached across requests (search matches)
    counts = []
    for limit in (1, 100):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url, {**params, "limit": limit})
        assert response.status_code == 200, response.content[:300]
        counts.append(len(queries))
        results = response.json()["results"]
        assert len(results) == min(limit, response.json()["count"])
    assert response.json()["count"] > 1  # the big page really holds more
    assert counts[0] == counts[1], counts
    with django_assert_max_num_queries(budget):
        client.get(url, {**params, "limit": 100})


@pytest.mark.parametrize(
    ("url", "budget"),
    [
        ("/api/v1/practices/pauzeteam-tilburg/", 16),
        ("/api/v1/workplaces/tilburg/", 8),
        ("/api/v1/sessions/tilburg/startbijeenkomst/", 6),
        ("/api/v1/publications/handen-ineen/", 9),
        ("/api/v1/topics/polarisatie/", 8),
        ("/api/v1/regions/provinces/noord-brabant/", 3),
    ],
)
def test_detail_queries_are_bounded(client, many, django_assert_max_num_queries, url, budget):
    with django_assert_max_num_queries(budget):
        assert client.get(url).status_code == 200
