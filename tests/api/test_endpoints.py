"""Each endpoint answers with published records only, and contact details only with consent."""

from wagtail.models import Site

import pytest

from jos_portal.core.models import SiteSettings
from tests.api.conftest import get_json

pytestmark = pytest.mark.django_db


def slugs(page):
    return [item["slug"] for item in page["results"]]


def test_index_lists_the_endpoints_and_no_licence_until_the_editors_choose_one(client):
    index = get_json(client, "/api/v1/")
    assert index["licence"] is None
    assert index["endpoints"]["practices"] == "http://testserver/api/v1/practices/"
    assert index["schema_url"] == "http://testserver/api/v1/openapi.json"
    assert index["region_source"] == {"title": "CBS, Gebieden in Nederland", "year": 2023}


def test_index_gives_the_licence_from_the_site_settings(client):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.open_data_licence_name = "CC0 1.0"
    settings.open_data_licence_url = "https://creativecommons.org/publicdomain/zero/1.0/deed.nl"
    settings.save()
    assert get_json(client, "/api/v1/")["licence"] == {
        "name": "CC0 1.0",
        "url": "https://creativecommons.org/publicdomain/zero/1.0/deed.nl",
        "attribution": "",
    }


def test_practice_list_shows_published_practices_with_stable_ids(client, data):
    page = get_json(client, "/api/v1/practices/")
    assert page["count"] == 2
    assert sorted(slugs(page)) == ["buurtbrug-utrecht", "pauzeteam-tilburg"]
    item = next(p for p in page["results"] if p["slug"] == "pauzeteam-tilburg")
    assert item["id"] == data["consenting"].pk
    assert item["url"] == "http://testserver/praktijkvoorbeelden/pauzeteam-tilburg/"
    assert item["municipality"]["code"] == "GM0855"
    assert item["province"]["code"] == "PV30"
    assert item["school_types"] == [{"slug": "havo", "name": "havo"}]
    assert item["factors"][0]["slug"] == "vaste-contactpersoon"
    assert [t["slug"] for t in item["topics"]] == ["polarisatie"]


def test_practice_detail_gives_the_full_record(client, data):
    practice = get_json(client, "/api/v1/practices/pauzeteam-tilburg/")
    assert practice["id"] == data["consenting"].pk
    assert practice["goal"] == "<p>Doel.</p>"
    assert practice["contact"]["name"] == "Sanne de Vries"
    assert practice["contact"]["email"] == "sanne@example.org"


def test_contact_details_need_consent(client, data):
    practice = get_json(client, "/api/v1/practices/buurtbrug-utrecht/")
    assert practice["contact"] is None
    body = client.get("/api/v1/practices/buurtbrug-utrecht/").content.decode()
    assert "Kees" not in body and "kees@example.org" not in body and "123 45 67" not in body


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/practices/",
        "/api/v1/sessions/",
        "/api/v1/publications/",
        "/api/v1/workplaces/tilburg/",
        "/api/v1/topics/",
        "/api/v1/practices/?onderwerp=polarisatie",
        "/api/v1/regions/provinces/",
    ],
)
def test_drafts_never_appear_in_lists(client, data, url):
    body = client.get(url).content.decode()
    assert client.get(url).status_code == 200
    for secret in ("Geheim", "geheim-", "conceptonderwerp"):
        assert secret not in body


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/practices/geheim-concept/",
        "/api/v1/sessions/tilburg/geheime-sessie/",
        "/api/v1/publications/geheim-rapport/",
        "/api/v1/topics/conceptonderwerp/",
        "/api/v1/practices/bestaat-niet/",
        "/api/v1/factors/bestaat-niet/",
        "/api/v1/regions/municipalities/GM9999/",
    ],
)
def test_drafts_and_unknown_records_are_404_json(client, data, url):
    error = get_json(client, url, status=404)
    assert error["detail"][0]["msg"] == "Niet gevonden of niet gepubliceerd."


def test_drafts_do_not_count_in_provinces(client, data):
    provinces = {p["slug"]: p for p in get_json(client, "/api/v1/regions/provinces/")["results"]}
    assert provinces["noord-brabant"]["practice_count"] == 1  # the draft in Tilburg is not counted
    assert provinces["utrecht"]["practice_count"] == 1
    assert len(provinces) == 12


def test_workplaces_and_sessions(client, data):
    workplaces = get_json(client, "/api/v1/workplaces/")
    assert slugs(workplaces) == ["tilburg"]
    assert workplaces["results"][0]["session_count"] == 1
    detail = get_json(client, "/api/v1/workplaces/tilburg/")
    assert [s["slug"] for s in detail["sessions"]] == ["startbijeenkomst"]
    sessions = get_json(client, "/api/v1/sessions/", werkplaats="tilburg")
    assert slugs(sessions) == ["startbijeenkomst"]
    session = get_json(client, "/api/v1/sessions/tilburg/startbijeenkomst/")
    assert session["id"] == data["session"].pk
    assert session["findings"][0]["factor"]["slug"] == "vaste-contactpersoon"
    assert session["findings"][0]["strength"] == "sterk"
    assert session["url"] == "http://testserver/werkplaatsen/tilburg/startbijeenkomst/"


def test_factors(client, data):
    factors = get_json(client, "/api/v1/factors/", soort="randvoorwaarde")
    assert "vaste-contactpersoon" in slugs(factors)
    assert all(f["kind"] == "randvoorwaarde" for f in factors["results"])
    assert (
        get_json(client, "/api/v1/factors/", soort="valkuil", onderwerp="samenwerking")["count"]
        == 0
    )
    factor = get_json(client, "/api/v1/factors/vaste-contactpersoon/")
    assert factor["description"] == "<p>Eén gezicht.</p>"
    assert factor["url"] == "http://testserver/factoren/vaste-contactpersoon/"


def test_publications_with_the_public_filters(client, data):
    assert slugs(get_json(client, "/api/v1/publications/")) == ["handen-ineen"]
    assert slugs(get_json(client, "/api/v1/publications/", soort="literatuurstudie")) == [
        "handen-ineen"
    ]
    assert get_json(client, "/api/v1/publications/", jaar=2020)["count"] == 0
    assert get_json(client, "/api/v1/publications/", onderwerp="polarisatie")["count"] == 1
    publication = get_json(client, "/api/v1/publications/handen-ineen/")
    assert publication["authors"][0]["family_name"] == "Mutsaers"
    assert publication["url"] == "http://testserver/publicaties/handen-ineen/"


def test_topics_count_published_items_per_type(client, data):
    topics = {t["slug"]: t for t in get_json(client, "/api/v1/topics/")["results"]}
    assert topics["polarisatie"]["counts"] == {
        "practices": 1,
        "workplaces": 0,
        "sessions": 0,
        "factors": 0,
        "publications": 1,
        "pages": 0,
    }
    assert topics["samenwerking"]["counts"]["factors"] == 1
    assert topics["samenwerking"]["counts"]["workplaces"] == 1
    assert "conceptonderwerp" not in topics
    # Most used first.
    totals = [t["total"] for t in get_json(client, "/api/v1/topics/")["results"]]
    assert totals == sorted(totals, reverse=True)
    assert get_json(client, "/api/v1/topics/polarisatie/")["total"] == 2


def test_regions_carry_cbs_codes_and_classifications(client, data):
    tilburg = get_json(client, "/api/v1/regions/municipalities/GM0855/")
    assert tilburg == get_json(client, "/api/v1/regions/municipalities/tilburg/")
    assert tilburg["province"]["code"] == "PV30"
    assert tilburg["jeugdregio"]["code"]
    assert tilburg["ggd_region"]["code"]
    brabant = get_json(client, "/api/v1/regions/provinces/noord-brabant/")
    assert "tilburg" in [m["slug"] for m in brabant["municipalities"]]
    in_brabant = get_json(client, "/api/v1/regions/municipalities/", provincie="noord-brabant")
    assert in_brabant["count"] == brabant["municipality_count"]
    assert {m["province"]["slug"] for m in in_brabant["results"]} == {"noord-brabant"}
    same_region = get_json(
        client, "/api/v1/regions/municipalities/", jeugdregio=tilburg["jeugdregio"]["code"]
    )
    assert "tilburg" in [m["slug"] for m in same_region["results"]]
