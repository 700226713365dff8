"""Demo pages: the home page and the programme's standing pages, in our own words
from the public facts about JOS and Platform JEP (see shared/FACTS.md)."""

import json

from wagtail.models import Page, Site

from .models import ContentPage, HomePage, SiteSettings

SITE_NAME = "Jongerenwerk en Onderwijs Samen"


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
        "body": [
            heading("Adviespunt Platform JEP"),
            paragraph(
                "Professionals die met jongeren werken, kunnen met vragen over polarisatie, "
                "radicalisering en samenwerking terecht bij het adviespunt van Platform JEP.",
                "Telefoon: 070 - 333 4558 (tijdens kantooruren)<br>"
                'E-mail: <a href="mailto:platformjep@minszw.nl">platformjep@minszw.nl</a>',
            ),
            faq(
                "Veelgestelde vragen",
                (
                    "Kan ik een praktijkvoorbeeld aandragen?",
                    "Ja. Stuur een korte beschrijving van de samenwerking naar het adviespunt; "
                    "de redactie neemt contact met je op.",
                ),
                (
                    "Is het adviespunt er ook voor acute situaties?",
                    "Nee. Bij direct gevaar bel je 112. Het adviespunt denkt mee over vragen "
                    "en aanpak, niet over noodsituaties.",
                ),
            ),
        ],
    },
    {
        "slug": "toegankelijkheid",
        "title": "Toegankelijkheid",
        "intro": (
            "Iedereen moet dit portaal kunnen gebruiken. We bouwen het volgens de richtlijnen "
            "van WCAG 2.2 op niveau AA."
        ),
        "tags": [],
        "body": [
            heading("Wat we doen"),
            bullets(
                "De site werkt met toetsenbord alleen en heeft een zichtbare focus.",
                "Pagina's hebben een logische kopstructuur en herkenbare landmarks.",
                "Teksten en bedieningselementen hebben voldoende contrast.",
                "De site werkt ook zonder JavaScript en op schermen vanaf 320 pixels breed.",
                "Elke pagina wordt bij het bouwen automatisch getoetst met axe.",
            ),
            heading("Loop je toch ergens tegenaan?"),
            paragraph(
                "Meld het ons via platformjep@minszw.nl. Vermeld de pagina en wat er misging; "
                "we reageren binnen vijf werkdagen."
            ),
        ],
    },
    {
        "slug": "privacy",
        "title": "Privacy",
        "intro": "Dit portaal verzamelt zo min mogelijk persoonsgegevens.",
        "tags": [],
        "body": [
            heading("Wat we wel en niet bijhouden"),
            bullets(
                "We gebruiken geen tracking- of advertentiecookies en geen externe "
                "statistiekdiensten.",
                "Contactgegevens bij praktijkvoorbeelden tonen we alleen met toestemming van "
                "de contactpersoon.",
                "Redacteuren loggen in met een persoonlijk account; wat zij wijzigen, wordt "
                "bijgehouden voor de versiegeschiedenis.",
                "Meld je een praktijkvoorbeeld aan via het formulier, dan bewaren we je naam, "
                "e-mailadres en de andere gegevens die je invult, om de aanmelding te "
                "beoordelen en je daarover te benaderen. Alleen de redactie ziet ze; bij het "
                "gepubliceerde voorbeeld staan ze alleen als je daarvoor kiest. Een bijlage is "
                "alleen voor ingelogde redacteuren te openen.",
                "Om misbruik te beperken onthouden we een uur lang hoeveel aanmeldingen vanaf "
                "een internetadres komen, en bewaren we bij mislukte inlogpogingen op het "
                "beheergedeelte de gebruikersnaam, het internetadres en de browser.",
            ),
            heading("Vragen of een verzoek"),
            paragraph(
                "Wil je weten welke gegevens over jou op het portaal staan, of wil je ze laten "
                "verwijderen? Mail naar platformjep@minszw.nl."
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
                body=json.dumps(spec["body"]),
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

    settings = SiteSettings.for_site(site)
    if not settings.pk or not settings.phone:
        settings.phone = settings.phone or "070 - 333 4558"
        settings.phone_hours = settings.phone_hours or "tijdens kantooruren"
        settings.email = settings.email or "platformjep@minszw.nl"
        settings.accessibility_page = settings.accessibility_page or pages["toegankelijkheid"]
        settings.privacy_page = settings.privacy_page or pages["privacy"]
        settings.footer_text = settings.footer_text or (
            "Jongerenwerk en Onderwijs Samen is een programma van Platform JEP, onderdeel van "
            "de Expertise-unit Sociale Stabiliteit."
        )
        settings.save()
    return created
