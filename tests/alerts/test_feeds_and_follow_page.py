"""Feeds a person can read: every Atom feed names the portal's own XSL stylesheet and
stays valid Atom; the stylesheet is served from this host; the Volgen page explains
feeds and alerts; the privacy page says what alerts keep."""

import re
import xml.etree.ElementTree as ET

from django.test import Client

import pytest

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
XSL = "{http://www.w3.org/1999/XSL/Transform}"
PI = '<?xml-stylesheet href="/feed-opmaak.xsl" media="screen" type="text/xsl"?>'


def feed_urls():
    from jos_portal.stories.models import StoryIndexPage

    story_index = StoryIndexPage.objects.live().first()
    return [
        "/feed/",
        "/praktijkvoorbeelden/feed/",
        "/praktijkvoorbeelden/feed/?gemeente=tilburg",
        "/publicaties/feed/",
        "/werkplaatsen/feed/",
        f"{story_index.url}feed/",
    ]


def test_every_feed_names_the_stylesheet_and_is_still_atom(demo):
    client = Client()
    for url in feed_urls():
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Content-Type"].startswith("application/atom+xml"), url
        text = response.content.decode()
        # Declaration, then the instruction, then the Atom root: nothing else in between.
        head = text.split("<feed", 1)[0]
        assert head == '<?xml version="1.0" encoding="utf-8"?>\n' + PI, url
        root = ET.fromstring(response.content)
        assert root.tag == f"{ATOM}feed", url
        assert root.find(f"{ATOM}title").text
        assert root.find(f"{ATOM}id").text
        assert root.findall(f"{ATOM}entry"), url


def test_feeds_under_en_use_the_english_stylesheet(demo):
    response = Client().get("/en/publicaties/feed/")
    assert 'href="/en/feed-opmaak.xsl"' in response.content.decode()


def test_the_stylesheet_is_xslt_from_this_host_and_leads_to_the_volgen_page():
    response = Client().get("/feed-opmaak.xsl")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/xsl")
    root = ET.fromstring(response.content)
    assert root.tag == f"{XSL}stylesheet"
    text = response.content.decode()
    assert 'href="/volgen/"' in text
    # Nothing from another host: only relative links and the XML namespaces.
    hosts = set(re.findall(r"https?://([^/\"']+)", text))
    assert hosts <= {"www.w3.org"}
    assert "Dit is een feed" in text


def test_the_volgen_page_explains_feeds_and_alerts_in_plain_dutch(demo):
    response = Client().get("/volgen/")
    assert response.status_code == 200
    body = response.content.decode()
    for phrase in ("Een feed is een webadres", "Houd me op de hoogte", "om je af te melden"):
        assert phrase in body
    for url in ("/feed/", "/praktijkvoorbeelden/feed/", "/publicaties/feed/"):
        assert f"http://testserver{url}</code>" in body
    assert "/volgen/" in Client().get("/").content.decode()  # linked from every page


def test_the_volgen_page_for_a_selection_gives_its_feed_and_the_form(demo):
    response = Client().get("/volgen/?soort=praktijk&selectie=gemeente%3Dtilburg")
    body = response.content.decode()
    assert "Volg praktijkvoorbeelden (Tilburg)" in body
    assert "http://testserver/praktijkvoorbeelden/feed/?gemeente=tilburg" in body
    assert 'name="selectie" value="gemeente=tilburg"' in body


def test_the_volgen_page_answers_a_broken_link_in_dutch():
    response = Client().get("/volgen/?soort=onderwerp&onderwerp=bestaat-niet")
    assert response.status_code == 400
    assert "Dit onderwerp bestaat niet (meer)." in response.content.decode()


@pytest.mark.parametrize(
    ("url", "label"),
    [
        (
            "/praktijkvoorbeelden/?gemeente=tilburg&schooltype=havo",
            "praktijkvoorbeelden (Tilburg, havo)",
        ),
        ("/regio/noord-brabant/", "praktijkvoorbeelden (Noord-Brabant)"),
        ("/regio/noord-brabant/tilburg/", "praktijkvoorbeelden (Tilburg)"),
    ],
)
def test_list_and_region_pages_offer_the_form_without_a_cookie(demo, url, label):
    response = Client().get(url)
    body = response.content.decode()
    assert "Houd me op de hoogte" in body
    assert label in body
    # The page stays cacheable: no CSRF token, no cookie.
    assert "csrfmiddlewaretoken" not in body
    assert not response.cookies


def test_topic_and_factor_pages_offer_the_form(demo):
    from taggit.models import Tag

    from jos_portal.taxonomy.models import Factor

    client = Client()
    tag = Tag.objects.filter(practices_practicetag_items__content_object__live=True).first()
    body = client.get(f"/onderwerpen/{tag.slug}/").content.decode()
    assert f'name="onderwerp" value="{tag.slug}"' in body
    factor = Factor.objects.first()
    body = client.get(f"/factoren/{factor.slug}/").content.decode()
    assert f'name="selectie" value="factor={factor.slug}"' in body


def test_the_privacy_page_says_what_alerts_keep_and_for_how_long(demo, settings):
    from jos_portal.core.models import SiteSettings

    page = SiteSettings.objects.first().privacy_page
    body = Client().get(page.url).content.decode()
    assert "E-mailattenderingen" in body
    assert "Bevestig je niet binnen 7 dagen, dan wissen we je adres." in body
    assert "zolang je nog een attendering hebt" in body


def test_the_volgen_page_for_a_topic_says_what_its_feed_holds():
    from taggit.models import Tag

    Tag.objects.create(name="pesten", slug="pesten")
    body = Client().get("/volgen/?soort=onderwerp&onderwerp=pesten").content.decode()
    assert "Volg onderwerp pesten" in body
    assert "http://testserver/praktijkvoorbeelden/feed/?onderwerp=pesten" in body
    assert "de e-mail noemt ook publicaties" in body
    assert 'name="onderwerp" value="pesten"' in body
