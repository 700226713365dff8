"""Demo pages: the home page and the programme's standing pages, in our own words
from the public facts about JOS and Platform JEP (see shared/FACTS.md)."""

import json

from django.conf import settings
from django.urls import reverse

from wagtail.models import Page, Site

from .models import ContentPage, HomePage, SiteSettings

SITE_NAME = "Jongerenwerk en Onderwijs Samen"


def _hours(seconds):
    """A period from the settings in words: "een uur", "8 uur", "30 minuten"."""
    seconds = int(seconds)
    if seconds % 3600:
        return f"{max(1, round(seconds / 60))} minuten"
    hours = seconds // 3600
    return "een uur" if hours == 1 else f"{hours} uur"


def heading(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def paragraph(*paragraphs):
    return {"type": "paragraph", "value": "".join(f"<p>{p}</p>" for p in paragraphs)}


def bullets(*items):
    return {
        "type": "paragraph",
        "value": "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>",
    }


def quote(text, attribution=""):
    return {"type": "quote", "value": {"quote": text, "attribution": attribution}}


def faq(title, *items):
    return {
        "type": "faq",
        "value": {
            "title": title,
            "items": [{"question": q, "answer": f"<p>{a}</p>"} for q, a in items],
        },
    }


HOME_INTRO = (
    "Scholen en jongerenwerk werken met dezelfde jongeren. Op dit portaal vind je wat werkt "
    "als zij samen de veerkracht van jongeren versterken: praktijkvoorbeelden, de lessen uit "
    "de werkplaatsen in Tilburg en Utrecht, publicaties en tips."
)

HOME_BODY = [
    heading("Waarom school en jongerenwerk samen?"),
    paragraph(
        "Naast de wijk is de school de plek waar je jongeren vindt. Docenten, mentoren, "
        "ondersteunend personeel en jongerenwerkers zien dezelfde jongeren, elk vanuit een "
        "eigen rol. Jongerenwerkers bouwen een band op en staan naast jongeren; de school "
        "geeft structuur. Samen zien ze meer van een leerling dan ieder apart.",
        "Hoe beter jongeren terugveren na tegenslag, hoe weerbaarder ze zijn tegen negatieve "
        "invloeden zoals polarisatie en radicalisering. Daar draagt een goede samenwerking "
        "tussen school en jongerenwerk aan bij.",
    ),
    {
        "type": "call_to_action",
        "value": {
            "title": "Over het programma",
            "text": "Lees wat Jongerenwerk en Onderwijs Samen doet en wie erachter staan.",
            "page": None,
            "external_url": "",
            "button_label": "Over JOS",
        },
    },
]

PAGES = [
    {
        "slug": "over-jos",
        "title": "Over JOS",
        "intro": (
            "Jongerenwerk en Onderwijs Samen (JOS) is een programma van Platform JEP. Het "
            "helpt scholen en jongerenwerk om samen de veerkracht van jongeren te versterken."
        ),
        "tags": ["veerkracht", "samenwerking"],
        "body": [
            heading("Wat JOS wil bereiken"),
            paragraph(
                "JOS wil de veerkracht van jongeren vergroten. Jongeren die goed terugveren na "
                "tegenslag, zijn beter bestand tegen negatieve invloeden zoals radicalisering "
                "en polarisatie. Scholen en jongerenwerk spelen daarin samen een sleutelrol."
            ),
            heading("Hoe we dat doen"),
            paragraph(
                "JOS deelt lokale praktijkkennis met jongerenwerkers, onderwijsprofessionals, "
                "gemeenten en onderzoekers: kennis, praktijkvoorbeelden, verhalen en tips. Zo "
                "hoeft niemand zelf uit te zoeken wat werkt, of een samenwerking nu net begint "
                "of al ver gevorderd is."
            ),
            bullets(
                "In werkplaatsen in Tilburg en Utrecht is onderzocht welke randvoorwaarden, "
                "succesfactoren en valkuilen bestaande samenwerkingen kennen.",
                "Een literatuurstudie bracht beleid, prioriteiten en samenwerkingspartners in "
                "kaart.",
                "De resultaten worden regionaal en landelijk verspreid en op dit portaal "
                "gepubliceerd.",
            ),
            heading("Platform JEP"),
            paragraph(
                "Platform JEP (Platform Jeugd preventie Extremisme en Polarisatie) is in "
                "februari 2018 opgericht in opdracht van het ministerie van VWS. Het was een "
                "samenwerking van de Expertise-unit Sociale Stabiliteit, het Landelijk "
                "Steunpunt Extremisme, het Nederlands Jeugdinstituut en Stichting School &amp; "
                "Veiligheid. Sinds 2023 maakt het platform deel uit van de Expertise-unit "
                "Sociale Stabiliteit."
            ),
        ],
    },
    {
        "slug": "contact",
        "title": "Contact",
        "intro": "Vragen over samenwerking tussen school en jongerenwerk? Neem contact op.",
        "tags": [],
        "body": lambda: [
            heading("JEP Advieslijn"),
            paragraph(
                "Werk je met jongeren en heb je een vraag over polarisatie, radicalisering of "
                "samenwerking tussen school en jongerenwerk? Bel of mail de JEP Advieslijn "
                "van Platform JEP.",
                "Telefoon: 070 - 333 4558 (tijdens kantooruren)<br>"
                'E-mail: <a href="mailto:platformjep@minszw.nl">platformjep@minszw.nl</a>',
                "Hoe snel je antwoord krijgt, is nog niet vastgesteld.",
            ),
            faq(
                "Veelgestelde vragen",
                (
                    "Kan ik een praktijkvoorbeeld aandragen?",
                    "Ja. Vul het formulier "
                    f'<a href="{reverse("practices:submit")}">Praktijkvoorbeeld aanmelden</a> '
                    "in. De redactie bekijkt je aanmelding en neemt contact met je op.",
                ),
                (
                    "Is de JEP Advieslijn er ook voor acute situaties?",
                    "Nee. Bij direct gevaar bel je 112. De JEP Advieslijn denkt mee over "
                    "vragen en aanpak, niet over noodsituaties.",
                ),
            ),
        ],
    },
    {
        "slug": "toegankelijkheid",
        "title": "Toegankelijkheid",
        "intro": (
            "Iedereen moet dit portaal kunnen gebruiken. Hier lees je hoe toegankelijk het "
            "is, wat is getest en waar je terechtkunt als iets niet werkt."
        ),
        "tags": [],
        "body": lambda: [
            heading("Toegankelijkheidsverklaring"),
            paragraph(
                "Deze verklaring volgt het model voor toegankelijkheidsverklaringen van de "
                "Nederlandse overheid. De redactie vult haar aan als de site is onderzocht.",
            ),
            bullets(
                "<strong>Status:</strong> nog te bepalen. Er is nog geen onafhankelijk "
                "onderzoek naar de toegankelijkheid van deze site gedaan.",
                "<strong>Datum van deze verklaring:</strong> nog te bepalen.",
                "<strong>Onderzoek:</strong> nog niet gedaan. Een onderzoek toetst de site "
                "aan de wettelijke eisen voor websites van de overheid.",
            ),
            heading("Wat tot nu toe is getest"),
            paragraph(
                "Bij het bouwen controleert een automatische toegankelijkheidstest de "
                "belangrijkste pagina's op bekende fouten, zoals ontbrekende labels en te "
                "weinig contrast. Zo'n automatische test vindt niet alle problemen; hij "
                "vervangt geen onderzoek door mensen."
            ),
            heading("Loop je toch ergens tegenaan?"),
            paragraph(
                "Meld het via platformjep@minszw.nl. Vermeld de pagina en wat er misging. "
                "Krijg je geen antwoord of ben je het niet eens met het antwoord? Dan kun je "
                'terecht bij de <a href="https://www.nationaleombudsman.nl/">Nationale '
                "ombudsman</a>."
            ),
        ],
    },
    {
        "slug": "privacy",
        "title": "Privacy",
        "intro": (
            "Dit portaal verzamelt zo min mogelijk persoonsgegevens. Hier lees je welke "
            "gegevens we bewaren, waarom, hoe lang, en wat je rechten zijn."
        ),
        "tags": [],
        "body": lambda: [
            heading("Wat we wel en niet bijhouden"),
            bullets(
                "We gebruiken geen tracking- of advertentiecookies en geen externe "
                "statistiekdiensten. Het logboek van de server noteert per bezoek alleen de "
                "pagina, de tijd en of iemand is ingelogd; geen internetadres.",
                "We tellen hoe vaak praktijkvoorbeelden, werkplaatsen, verhalen, publicaties en "
                "bijeenkomsten bekeken en documenten gedownload worden: per dag, per record, "
                "per provincie van het record en per website waar de bezoeker vandaan kwam "
                "(alleen de domeinnaam, zoals google.com). Daarbij bewaren we geen "
                "internetadres, cookie, browsergegevens of ander kenmerk van jou: een telling "
                "is niet naar een persoon te herleiden. Zoekmachines en andere automatische "
                "bezoekers tellen niet mee, ingelogde redacteuren ook niet. Omdat we niemand "
                "volgen, tellen we ook als je browser vraagt om niet gevolgd te worden (Do "
                "Not Track of Global Privacy Control).",
                "Contactgegevens bij praktijkvoorbeelden tonen we alleen met toestemming van "
                "de contactpersoon.",
                "Meld je een praktijkvoorbeeld aan via het formulier, dan bewaren we je naam, "
                "e-mailadres en de andere gegevens die je invult, om de aanmelding te "
                "beoordelen en je daarover te benaderen. Alleen de redactie ziet ze; bij het "
                "gepubliceerde voorbeeld staan ze alleen als je daarvoor kiest. Een bijlage is "
                "alleen voor ingelogde redacteuren te openen.",
                "Om misbruik te beperken onthouden we hoeveel aanmeldingen vanaf een "
                "internetadres komen.",
                "Redacteuren loggen in met een persoonlijk account; wat zij wijzigen, wordt "
                "bijgehouden voor de versiegeschiedenis. Bij het inloggen bewaren we de "
                "gebruikersnaam, het internetadres, de browser en de tijd.",
            ),
            heading("Waarom we dat mogen"),
            bullets(
                "Een aanmelding: je geeft ons de gegevens zelf, met je toestemming (artikel 6, "
                "lid 1, onder a van de AVG). Je kunt je toestemming altijd intrekken.",
                "Inloggen en misbruik tegengaan: om het portaal veilig te houden, als deel van "
                "de publieke taak van het programma (artikel 6, lid 1, onder e van de AVG).",
            ),
            heading("Hoe lang we gegevens bewaren"),
            bullets(
                "Het aantal aanmeldingen per internetadres: "
                f"{_hours(settings.SUBMISSION_RATE_WINDOW)}.",
                "Mislukte inlogpogingen (gebruikersnaam, internetadres, browser): tot de "
                "volgende geslaagde inlog, en niet langer dan "
                f"{_hours(settings.AXES_COOLOFF_TIME * 3600)} na de laatste poging.",
                "Een inlogsessie van een redacteur: tot de browser sluit, en hoogstens "
                f"{_hours(settings.SESSION_COOKIE_AGE)}.",
                "Aanmeldingen van praktijkvoorbeelden en de gegevens van geslaagde inlogs: "
                "tot de redactie of de beheerder ze verwijdert. Een vaste bewaartermijn is "
                "nog te bepalen.",
                "De tellingen van bekeken pagina's en downloads: zolang het programma ze "
                "gebruikt voor zijn verslag; het zijn geen persoonsgegevens.",
                "Back-ups bevatten dezelfde gegevens. Hoe lang back-ups bewaard worden, is "
                "nog te bepalen.",
            ),
            heading("Je rechten"),
            paragraph(
                "Wil je weten welke gegevens over jou op het portaal staan, of wil je ze laten "
                "verbeteren of verwijderen? Mail naar platformjep@minszw.nl.",
                "Ben je het niet eens met hoe we met je gegevens omgaan? Dan kun je een klacht "
                "indienen bij de "
                '<a href="https://autoriteitpersoonsgegevens.nl/">Autoriteit '
                "Persoonsgegevens</a>.",
            ),
        ],
    },
]


def _home_page():
    """The HomePage at depth 2, replacing Wagtail's welcome page."""
    home = HomePage.objects.first()
    if home is not None:
        return home, False
    root = Page.get_first_root_node()
    for page in root.get_children().filter(slug="home"):
        if page.specific_class is not HomePage:
            page.delete()
    root.refresh_from_db()
    home = HomePage(
        title=SITE_NAME,
        slug="home",
        intro=HOME_INTRO,
        body=json.dumps(HOME_BODY),
        seo_title="JOS kennisportaal: wat werkt in samenwerking tussen school en jongerenwerk",
    )
    root.add_child(instance=home)
    home.save_revision().publish()
    return home, True


def load():
    """Create the pages and settings that are missing; returns how many pages were created."""
    home, created_home = _home_page()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True
        )
    if site.root_page_id != home.pk or site.site_name != SITE_NAME:
        site.root_page = home
        site.site_name = SITE_NAME
        site.save()

    created = int(created_home)
    pages = {}
    for spec in PAGES:
        page = ContentPage.objects.child_of(home).filter(slug=spec["slug"]).first()
        if page is None:
            page = ContentPage(
                title=spec["title"],
                slug=spec["slug"],
                intro=spec["intro"],
                body=json.dumps(spec["body"]() if callable(spec["body"]) else spec["body"]),
                show_in_menus=spec["slug"] in {"over-jos", "contact"},
            )
            home.add_child(instance=page)
            page.tags.add(*spec["tags"])
            page.save_revision().publish()
            created += 1
        pages[spec["slug"]] = page

    if created_home:
        # Point the home page's call to action at "Over JOS" now that it exists.
        body = json.loads(json.dumps(HOME_BODY))
        body[-1]["value"]["page"] = pages["over-jos"].pk
        home.body = json.dumps(body)
        home.save_revision().publish()

    site_settings = SiteSettings.for_site(site)
    if not site_settings.pk or not site_settings.phone:
        site_settings.phone = site_settings.phone or "070 - 333 4558"
        site_settings.phone_hours = site_settings.phone_hours or "tijdens kantooruren"
        site_settings.email = site_settings.email or "platformjep@minszw.nl"
        site_settings.accessibility_page = (
            site_settings.accessibility_page or pages["toegankelijkheid"]
        )
        site_settings.privacy_page = site_settings.privacy_page or pages["privacy"]
        site_settings.footer_text = site_settings.footer_text or (
            "Jongerenwerk en Onderwijs Samen is een programma van Platform JEP, onderdeel van "
            "de Expertise-unit Sociale Stabiliteit."
        )
        site_settings.save()
    return created
