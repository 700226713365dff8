"""Structured data (JSON-LD) cannot carry markup into a page.

A title with ``</script>`` used to end the JSON-LD block, so whatever followed (a
``<meta http-equiv=refresh>`` redirect, any markup) became part of the page. Every
template goes through the one escaping tag, ``{% json_ld %}``.
"""

import json
import re
from html.parser import HTMLParser
from pathlib import Path

from django.conf import settings

import pytest

from jos_portal.core.templatetags.json_ld import json_ld_text
from tests.factories.events import EventIndexPageFactory, EventPageFactory
from tests.factories.practices import PracticeFactory
from tests.factories.publications import PublicationFactory

PAYLOAD = '</script><meta http-equiv="refresh" content="0;url=https://aanvaller.example/">&<b>'
TEMPLATES = Path(settings.BASE_DIR) / "templates"
TEMPLATE_PATHS = sorted(p for p in TEMPLATES.rglob("*") if p.is_file())
SCRIPT_BLOCK = re.compile(r"<script\b[^>]*>(.*?)</script>", re.S | re.I)
SAFE_ON_JSON = re.compile(r"\{\{[^}]*json[^}]*\|\s*safe\b[^}]*\}\}", re.I)
SAFE_FILTER = re.compile(r"\|\s*safe(seq)?\b")


class Elements(HTMLParser):
    """What a browser makes of the page: its start tags, and the JSON-LD blocks
    (script content ends at the first </script>, as in a browser)."""

    def __init__(self, html):
        super().__init__()
        self.tags, self.json_ld, self._in_json_ld = [], [], False
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_json_ld = tag == "script" and dict(attrs).get("type") == "application/ld+json"
        if self._in_json_ld:
            self.json_ld.append("")

    def handle_endtag(self, tag):
        self._in_json_ld = False

    def handle_data(self, data):
        if self._in_json_ld:
            self.json_ld[-1] += data


def assert_inert(html):
    """The payload shows up only as data: no element of its own, the JSON-LD parses."""
    page = Elements(html)
    assert not [attrs for tag, attrs in page.tags if tag == "meta" and "http-equiv" in attrs]
    assert "b" not in [tag for tag, _attrs in page.tags]
    assert len(page.json_ld) == 1
    return json.loads(page.json_ld[0])


@pytest.mark.parametrize("path", TEMPLATE_PATHS, ids=lambda p: str(p.relative_to(TEMPLATES)))
def test_no_template_marks_json_or_script_content_safe(path):
    """JSON-LD comes from {% json_ld %} only; no |safe on JSON or inside a script."""
    text = path.read_text()
    assert not SAFE_ON_JSON.search(text), f"{path}: JSON marked safe"
    for body in SCRIPT_BLOCK.findall(text):
        assert not SAFE_FILTER.search(body), f"{path}: |safe inside <script>"
        assert "autoescape off" not in body, f"{path}: autoescape off inside <script>"
    assert "application/ld+json" not in text, f"{path}: write JSON-LD with {{% json_ld %}}"


def test_the_json_ld_helper_escapes_like_json_script():
    text = json_ld_text({"name": PAYLOAD})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"name": PAYLOAD}


@pytest.mark.django_db
def test_a_practice_title_with_markup_stays_inert(client):
    practice = PracticeFactory(title=PAYLOAD, summary=PAYLOAD)
    response = client.get(practice.get_absolute_url())
    assert response.status_code == 200
    data = assert_inert(response.content.decode())
    assert data["name"] == data["description"] == PAYLOAD


@pytest.mark.django_db
def test_a_publication_title_with_markup_stays_inert(client):
    publication = PublicationFactory(title=PAYLOAD)
    response = client.get(publication.get_absolute_url())
    assert response.status_code == 200
    data = assert_inert(response.content.decode())
    assert data["name"] == data["headline"] == PAYLOAD


@pytest.mark.django_db
def test_an_event_title_with_markup_stays_inert(client):
    event = EventPageFactory(
        parent=EventIndexPageFactory(), title=PAYLOAD, intro=PAYLOAD, location_name=PAYLOAD
    )
    response = client.get(event.url)
    assert response.status_code == 200
    data = assert_inert(response.content.decode())
    assert data["name"] == data["location"]["name"] == PAYLOAD


@pytest.mark.django_db
def test_an_online_event_points_to_its_page_on_the_requested_host(client):
    event = EventPageFactory(parent=EventIndexPageFactory(), online=True, online_url="")
    html = client.get(event.url, HTTP_HOST="portal.example.nl").content.decode()
    data = json.loads(Elements(html).json_ld[0])
    assert data["location"]["url"] == f"http://portal.example.nl{event.url}"
    assert data["url"] == data["location"]["url"]
