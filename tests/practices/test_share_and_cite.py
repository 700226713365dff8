"""Share links, the APA line and Highwire tags on a practice page."""

import datetime
import re
from urllib.parse import parse_qs, unquote, urlsplit

from django.utils import translation

import pytest

from jos_portal.taxonomy import citing
from tests.factories.practices import PracticeFactory

pytestmark = pytest.mark.django_db


def _publish_on(practice, day):
    moment = datetime.datetime.combine(day, datetime.time(12), tzinfo=datetime.UTC)
    type(practice).objects.filter(pk=practice.pk).update(
        first_published_at=moment, last_published_at=moment
    )


def test_share_links_are_plain_links_with_the_page_address(client):
    practice = PracticeFactory(title="Pauzeteam & co", slug="pauzeteam")
    html = client.get("/praktijkvoorbeelden/pauzeteam/").content.decode()
    url = "http://testserver/praktijkvoorbeelden/pauzeteam/"
    mailto = re.search(r'href="(mailto:[^"]+)"', html).group(1).replace("&amp;", "&")
    query = parse_qs(urlsplit(mailto).query)
    assert query["subject"] == [practice.title]
    assert query["body"] == [f"{practice.title}\n{url}"]
    linkedin = re.search(r'href="(https://www\.linkedin\.com/[^"]+)"', html).group(1)
    assert linkedin.startswith("https://www.linkedin.com/sharing/share-offsite/?url=")
    assert unquote(linkedin.split("url=", 1)[1]) == url
    assert f'data-copy-link="{url}"' in html
    # No script from LinkedIn or anyone else: only the portal's own files.
    sources = re.findall(r'<script[^>]*src="([^"]+)"', html)
    assert sources and all(src.startswith("/static/") for src in sources)


def test_a_real_practice_has_an_apa_line_and_highwire_tags(client):
    practice = PracticeFactory(title="Pauzeteam Tilburg", slug="pauzeteam-tilburg")
    _publish_on(practice, datetime.date(2026, 3, 5))
    html = client.get("/praktijkvoorbeelden/pauzeteam-tilburg/").content.decode()
    url = "http://testserver/praktijkvoorbeelden/pauzeteam-tilburg/"
    assert (
        "Platform JEP. (2026, 5 maart). <i>Pauzeteam Tilburg</i> [Praktijkvoorbeeld]. "
        f'JOS kennisportaal. <a href="{url}">{url}</a>'
    ) in html
    assert '<meta name="citation_title" content="Pauzeteam Tilburg">' in html
    assert '<meta name="citation_author" content="Platform JEP">' in html
    assert '<meta name="citation_publication_date" content="2026/03/05">' in html
    assert f'<meta name="citation_abstract_html_url" content="{url}">' in html
    assert "Zo citeer je dit praktijkvoorbeeld" in html


def test_the_english_page_cites_with_the_translated_title_in_brackets(client):
    practice = PracticeFactory(
        title="Pauzeteam Tilburg", slug="pauzeteam-en", title_en="Break-time team Tilburg"
    )
    _publish_on(practice, datetime.date(2026, 3, 5))
    html = client.get("/en/praktijkvoorbeelden/pauzeteam-en/").content.decode()
    assert (
        "Platform JEP. (2026, March 5). <i>Pauzeteam Tilburg</i> "
        "[Break-time team Tilburg; Practice example]. JOS kennisportaal."
    ) in html


def test_a_fictional_practice_is_shared_but_never_offered_for_citation(client):
    PracticeFactory(title="Verzonnen pauzeteam", slug="verzonnen", is_fictional=True)
    html = client.get("/praktijkvoorbeelden/verzonnen/").content.decode()
    assert "citation_" not in html
    assert "Platform JEP. (" not in html
    assert "Niet te citeren" in html
    assert "mailto:?" in html


def test_apa_web_page_in_both_languages():
    day = datetime.date(2025, 11, 20)
    with translation.override("nl"):
        text, _html = citing.apa_web_page("Titel", day, "https://x.nl/a/", kind="Praktijkvoorbeeld")
        assert text == (
            "Platform JEP. (2025, 20 november). Titel [Praktijkvoorbeeld]. JOS kennisportaal. "
            "https://x.nl/a/"
        )
        assert citing.apa_date(None) == "z.d."
    with translation.override("en"):
        text, html = citing.apa_web_page("Titel <b>", day, "https://x.nl/a/", translated_title="T")
        assert text.startswith("Platform JEP. (2025, November 20). Titel <b> [T].")
        assert "<i>Titel &lt;b&gt;</i>" in html
        assert citing.apa_date(None) == "n.d."


def test_highwire_tags_leave_out_empty_values():
    tags = citing.page_highwire_tags("Titel", None, "https://x.nl/a/")
    names = [name for name, _value in tags]
    assert "citation_publication_date" not in names
    assert ("citation_language", "nl") in tags
