"""The OpenAPI schema with its licence, the docs without outside requests, CORS for GET,
and the Open data page."""

import re

import pytest

from jos_portal.api.views import ENDPOINTS, EXAMPLES
from jos_portal.core.models import SiteSettings
from tests.api.conftest import get_json

pytestmark = pytest.mark.django_db


def test_schema_is_openapi_3_and_claims_no_licence_in_code(client):
    schema = get_json(client, "/api/v1/openapi.json")
    assert schema["openapi"].startswith("3.")
    assert "license" not in schema["info"]
    assert "CC BY" not in schema["info"]["description"]
    paths = schema["paths"]
    for path in (
        "/api/v1/practices/",
        "/api/v1/practices/{slug}/",
        "/api/v1/workplaces/",
        "/api/v1/sessions/{workplace}/{slug}/",
        "/api/v1/factors/",
        "/api/v1/publications/{slug}/",
        "/api/v1/topics/",
        "/api/v1/regions/provinces/",
        "/api/v1/regions/municipalities/{key}/",
    ):
        assert set(paths[path]) == {"get"}, path
    params = {p["name"] for p in paths["/api/v1/practices/"]["get"]["parameters"]}
    assert {"provincie", "schooltype", "onderwerp", "q", "sorteer", "limit", "offset"} <= params


def test_docs_use_only_local_assets(client):
    response = client.get("/api/v1/docs/swagger")
    assert response.status_code == 200
    html = response.content.decode()
    assets = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert any(a.endswith("swagger-ui-bundle.js") for a in assets)
    assert all(a.startswith("/static/") for a in assets), assets
    assert '"validatorUrl": null' in html


def test_cors_allows_any_origin_to_read(client, data):
    response = client.get("/api/v1/practices/", headers={"Origin": "https://example.org"})
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response


def test_cors_preflight_allows_get_only(client):
    response = client.options(
        "/api/v1/practices/",
        headers={"Origin": "https://example.org", "Access-Control-Request-Method": "GET"},
    )
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    assert set(response["Access-Control-Allow-Methods"].split(", ")) == {"GET", "OPTIONS"}


def test_cors_is_not_opened_for_the_website(client, data):
    response = client.get("/praktijkvoorbeelden/", headers={"Origin": "https://example.org"})
    assert "Access-Control-Allow-Origin" not in response


def test_the_api_is_read_only(client, data):
    assert client.post("/api/v1/practices/", {}).status_code == 405
    assert client.delete("/api/v1/practices/pauzeteam-tilburg/").status_code == 405


def test_open_data_page_explains_the_api_and_licence(client, data):
    response = client.get("/open-data/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Open data</h1>" in html
    assert "CC BY" not in html and "mag ze delen" not in html
    assert "Onder welke licentie je de gegevens mag hergebruiken, is nog niet vastgesteld" in html
    assert 'href="/api/v1/docs"' in html and 'href="/api/v1/openapi.json"' in html
    assert "http://testserver/api/v1/" in html


def test_open_data_page_shows_the_licence_the_editors_chose(client, home):
    settings = SiteSettings.objects.get()
    settings.open_data_licence_name = "CC0 1.0"
    settings.open_data_licence_url = "https://creativecommons.org/publicdomain/zero/1.0/deed.nl"
    settings.open_data_attribution = "JOS kennisportaal"
    settings.save()
    html = client.get("/open-data/").content.decode()
    assert (
        '<a href="https://creativecommons.org/publicdomain/zero/1.0/deed.nl" rel="license">'
        "CC0 1.0</a>" in html
    )
    assert "Noem als bron: JOS kennisportaal." in html
    assert "nog niet vastgesteld" not in html


def test_footer_links_to_the_open_data_page(client, home):
    assert 'href="/open-data/"' in client.get("/").content.decode()


def test_every_endpoint_on_the_open_data_page_exists(client, demo):
    paths = set(get_json(client, "/api/v1/openapi.json")["paths"])
    for path, _label in ENDPOINTS:
        pattern = re.sub(r"<[^>]+>", "{x}", f"/api/v1/{path}")
        assert any(re.sub(r"\{[^}]+\}", "{x}", p) == pattern for p in paths), path
    for path, _label in EXAMPLES:
        response = client.get(f"/api/v1/{path}")
        assert response.status_code == 200, path
        body = response.json()
        assert body.get("count", 1) > 0 and body.get("results", [1]), path


def test_open_data_page_has_an_english_interface_address(client, data):
    response = client.get("/en/open-data/")
    assert response.status_code == 200
    assert 'href="/api/v1/docs"' in response.content.decode()  # the API has no language prefix


def test_the_docs_page_lists_every_endpoint_from_the_schema(client, data):
    from jos_portal.api.api import api

    response = client.get("/api/v1/docs")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="nl"' in html and html.count("<h1") == 1
    assert "default-src 'self'" in response["Content-Security-Policy"]  # a page like any other
    for path in api.get_openapi_schema()["paths"]:
        assert f"<code>{path}</code>" in html, path
    for parameter in ("provincie", "schooltype", "sorteer", "limit"):
        assert f"<code>{parameter}</code>" in html
    assert 'href="/api/v1/docs/swagger"' in html and 'href="/open-data/"' in html
    assets = re.findall(r'(?:src|href)="(https?://[^"]+)"', html)
    assert all("testserver" in url for url in assets), assets
