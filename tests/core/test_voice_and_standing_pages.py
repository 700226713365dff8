"""How the portal speaks: one form of address (je), plain words for visitors, plurals that
agree with their number, English that tells visitors what stays Dutch, and standing pages
(contact, privacy, accessibility) that promise nothing the code cannot keep."""

import ast
import re
from html.parser import HTMLParser
from pathlib import Path

from django.conf import settings
from django.utils import translation

import pytest

from jos_portal.core.models import SiteSettings
from jos_portal.events.models import EventIndexPage
from tests.factories.events import EventPageFactory
from tests.factories.practices import PracticeFactory

pytestmark = pytest.mark.django_db

ROOT = Path(settings.BASE_DIR)
FORMAL = re.compile(r"(?<![\w'&-])(u|uw|uzelf|Wilt u|Kunt u|Bent u|U)(?![\w'-])")
# Translatable strings inside tags stay; other template code goes.
TRANSLATE_TAG = re.compile(r"""{%\s*(?:translate|trans)\s+(["'])(.*?)\1.*?%}""", re.DOTALL)
TEMPLATE_CODE = re.compile(r"{%.*?%}|{{.*?}}|{#.*?#}", re.DOTALL)
TECHNICAL = re.compile(r"\b(Atom|JSON|CORS|slug|TOTP|axe|WCAG|iCal|OpenAPI|XLSX)\b")


def test_no_template_addresses_the_visitor_as_u():
    found = []
    for path in sorted((ROOT / "templates").rglob("*.html")):
        text = TRANSLATE_TAG.sub(r" \2 ", path.read_text(encoding="utf-8"))
        text = TEMPLATE_CODE.sub(" ", text)
        text = re.sub(r"<[^>]+>", " ", text)
        found += [f"{path.name}: {m.group(0)!r}" for m in FORMAL.finditer(text)]
    assert found == []


def test_no_translatable_python_string_addresses_the_visitor_as_u():
    found = []
    for folder in ("jos_portal", "practices", "workshops", "publications"):
        for path in (ROOT / folder).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                text = node.value if isinstance(node, ast.Constant) else None
                if isinstance(text, str) and " " in text and FORMAL.search(text):
                    found.append(f"{path.name}: {text[:60]!r}")
    assert found == []


class VisibleText(HTMLParser):
    """The text a visitor reads in the body: no scripts, no head."""

    def __init__(self):
        super().__init__()
        self.parts, self.skip, self.in_body = [], 0, False

    def handle_starttag(self, tag, attrs):
        if tag == "body":
            self.in_body = True
        if tag in ("script", "style", "code", "pre"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style", "code", "pre"):
            self.skip -= 1

    def handle_data(self, data):
        if self.in_body and not self.skip:
            self.parts.append(data)


def visible(html):
    parser = VisibleText()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/praktijkvoorbeelden/",
        "/regio/",
        "/regio/noord-brabant/tilburg/",
        "/samenwerkingsscan/",
        "/zoeken/?q=pauze",
        "/factoren/",
        "/werkplaatsen/",
        "/toegankelijkheid/",
        "/privacy/",
        "/contact/",
        "/verhalen/",
    ],
)
def test_public_pages_use_no_technical_terms(client, home, url):
    response = client.get(url, follow=True)
    assert response.status_code == 200, url
    assert TECHNICAL.findall(visible(response.content.decode())) == []


def test_event_pages_use_no_technical_terms(client, home):
    event = EventPageFactory(
        parent=EventIndexPage.objects.get(), registration_url="https://example.org/aanmelden"
    )
    for url in (event.get_parent().url, event.url):
        assert TECHNICAL.findall(visible(client.get(url).content.decode())) == [], url


def test_open_data_intro_is_plain_and_the_technical_terms_wait_for_the_api_section(client, home):
    text = visible(client.get("/open-data/").content.decode())
    intro, _api = text.split("De API", 1)
    assert TECHNICAL.findall(intro) == []


def test_footer_names_the_jep_advieslijn(client, home):
    html = client.get("/").content.decode()
    footer = html.split('<footer class="site-footer">')[1]
    assert '<h2 id="footer-contact" class="site-footer__heading">JEP Advieslijn</h2>' in footer
    assert "Adviespunt" not in html and "adviespunt" not in html


def test_footer_promises_a_response_time_only_when_the_editors_set_one(client, home):
    assert "werkdagen" not in client.get("/").content.decode()
    settings_ = SiteSettings.objects.get()
    settings_.response_time = "Je krijgt binnen vijf werkdagen antwoord."
    settings_.save()
    footer = client.get("/").content.decode().split('<footer class="site-footer">')[1]
    assert "<li>Je krijgt binnen vijf werkdagen antwoord.</li>" in footer


def test_contact_page_sends_submissions_to_the_portals_own_form(client, home):
    html = client.get("/contact/").content.decode()
    assert "JEP Advieslijn" in html
    assert 'href="/praktijkvoorbeelden/aanmelden/"' in html
    assert "Hoe snel je antwoord krijgt, is nog niet vastgesteld." in html
    assert "werkdagen" not in html


def test_practice_without_public_contact_points_to_the_advice_line(client, home):
    practice = PracticeFactory(contact_consent=False)
    html = client.get(practice.get_absolute_url()).content.decode()
    assert "Neem contact op met de JEP Advieslijn" in html
    assert "adviespunt" not in html and "Wilt u" not in html


def test_privacy_page_names_controller_basis_retention_and_complaints(client, home):
    text = visible(client.get("/privacy/").content.decode())
    assert "Verwerkingsverantwoordelijke: nog te bepalen" in text
    assert "artikel 6, lid 1, onder a van de AVG" in text
    assert "artikel 6, lid 1, onder e van de AVG" in text
    hours = settings.SESSION_COOKIE_AGE // 3600
    assert f"tot de browser sluit, en hoogstens {hours} uur" in text
    assert "Het aantal aanmeldingen per internetadres: een uur." in text
    assert "Een vaste bewaartermijn is nog te bepalen." in text
    assert "Back-ups bevatten dezelfde gegevens" in text
    assert "Autoriteit Persoonsgegevens" in text


def test_privacy_page_shows_the_controller_the_editors_fill_in(client, home):
    site_settings = SiteSettings.objects.get()
    site_settings.privacy_controller = "De minister van Voorbeeldzaken, Den Haag"
    site_settings.save()
    text = visible(client.get("/privacy/").content.decode())
    assert "Verwerkingsverantwoordelijke: De minister van Voorbeeldzaken, Den Haag" in text
    assert "Verwerkingsverantwoordelijke" not in visible(client.get("/contact/").content.decode())


def test_accessibility_page_follows_the_statement_model_without_claims(client, home):
    text = visible(client.get("/toegankelijkheid/").content.decode())
    assert "Status: nog te bepalen" in text
    assert "Datum van deze verklaring: nog te bepalen" in text
    assert "Onderzoek: nog niet gedaan" in text
    assert "Nationale ombudsman" in text
    assert "WCAG" not in text and "voldoet" not in text
    assert "werkdagen" not in text


def test_a_single_session_reads_sessie_on_the_factor_map(client, home):
    # With the fictional examples counted, the demo has cells that hold exactly one item.
    html = client.get("/factoren/?voorbeelden=1").content.decode()
    assert not re.search(
        r">1<span class=\"visually-hidden\"> (sessies|voorbeelden|publicaties),", html
    )
    assert re.search(r">1<span class=\"visually-hidden\"> (sessie|voorbeeld|publicatie),", html)


def test_english_pages_say_which_content_stays_dutch(client, home):
    html = client.get("/en/").content.decode()
    assert "are only in Dutch" in html
    assert "are only in Dutch" not in client.get("/").content.decode()


def test_english_calls_a_werkplaats_a_practice_research_workshop(client, home):
    text = visible(client.get("/en/werkplaatsen/").content.decode())
    assert "Practice-research workshops" in text
    assert "orkplace" not in text


def test_english_event_button_says_register(client, home):
    event = EventPageFactory(
        parent=EventIndexPage.objects.get(), registration_url="https://example.org/aanmelden"
    )
    with translation.override("en"):
        url = event.get_url()
    assert url.startswith("/en/")
    html = client.get(url).content.decode()
    assert '<a class="button" href="https://example.org/aanmelden">Register</a>' in html
    assert ">Submit<" not in html
