from django.template.loader import render_to_string

import pytest

pytestmark = pytest.mark.django_db


def test_unknown_page_gives_a_dutch_404(client, home):
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Deze pagina bestaat niet (meer)" in html
    assert '<html lang="nl">' in html
    assert 'href="/"' in html


def test_500_page_renders_without_a_request_or_database():
    html = render_to_string("500.html")
    assert "Er ging iets mis" in html
    assert '<html lang="nl">' in html


def test_unknown_page_under_english_prefix_is_a_404_in_english(client, home):
    response = client.get("/en/does-not-exist/")
    assert response.status_code == 404
    assert '<html lang="en">' in response.content.decode()
    assert "This page does not exist" in response.content.decode()


def test_robots_txt_points_to_the_sitemap(client, home):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    sitemap = client.get("/sitemap.xml")
    assert sitemap.status_code == 200
    assert b"/over-jos/" in sitemap.content
