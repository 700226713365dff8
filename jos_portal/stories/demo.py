"""Demo stories and tips, in our own words.

The stories are fictional examples (shown as *fictief voorbeeld*) about the fictional
practice examples and the Voorbeeldwerkplaats, with invented people; a municipality is
only a location. The one news item with a fixed date is real (the stappenplan, presented
on 16 September 2021) and links to its source. The tips are the editors' practical
advice on the factor framework, not reports of events."""

import datetime
import json

from jos_portal.core.models import HomePage
from jos_portal.taxonomy.models import Factor
from practices.models import Practice
from publications.models import Publication
from workshops.models import Workplace

from .models import (
    StoryIndexPage,
    StoryPage,
    StoryPractice,
    StoryPublication,
    StoryWorkplace,
    Tip,
)

INDEX = {
    "slug": "verhalen",
    "title": "Verhalen",
    "intro": (
        "Interviews, praktijkverhalen, nieuws en columns over scholen en jongerenwerk die "
        "samen optrekken."
    ),
}


# Invented stories are signed by an invented byline, never by the programme's editors.
AUTHORS = "Voorbeeldredactie"
STAPPENPLAN_SOURCE = (
    "https://www.socialestabiliteit.nl/publicaties/publicaties/2021/09/16/"
    "stappenplan-effectieve-samenwerking-tussen-jongerenwerk-en-onderwijs"
)
SOURCE_CHECKED = datetime.date(2026, 12, 3)


def p(*paragraphs):
    return {"type": "paragraph", "value": "".join(f"<p>{x}</p>" for x in paragraphs)}


def h(text):
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


def in_short(*items):
    return {"type": "in_short", "value": {"title": "In het kort", "items": list(items)}}


def pull(text):
    return {"type": "pull_quote", "value": {"quote": text, "attribution": ""}}


STORIES = [
    {
        "slug": "een-jongerenwerker-in-de-aula",
        "title": "Een jongerenwerker in de aula: wat een pauze kan doen",
        "kind": "praktijkverhaal",
        "days_ago": 6,
        "authors": AUTHORS,
        "intro": (
            "Op het Kiezelpad College, een verzonnen vmbo-school in Tilburg, staan vier dagen "
            "per week jongerenwerkers op het plein en in de aula. Wat begon als 'een extra "
            "paar ogen' werd een vaste schakel tussen school en wijk."
        ),
        "tags": [
            "jongerenwerk",
            "veerkracht",
            "positief pedagogisch klimaat",
            "mentale gezondheid",
        ],
        "practices": ["jongerenwerk-in-de-pauzes-kiezelpad-college"],
        "workplaces": ["voorbeeldwerkplaats"],
        "publications": [],
        "body": [
            in_short(
                "Vaste jongerenwerkers, vaste dagen, een vaste plek in de aula.",
                "Leerlingen zoeken zelf contact; niemand wordt gestuurd.",
                "Teamleider en jongerenwerker spreken elkaar om de twee weken.",
            ),
            h("Begonnen met aanwezig zijn"),
            p(
                "De eerste weken deed de jongerenwerker weinig anders dan er zijn: een praatje "
                "bij de automaat, een potje tafelvoetbal, vragen hoe het weekend was. Docenten "
                "vroegen zich af wat het opleverde. Leerlingen wisten het al snel: hier is "
                "iemand die niet beoordeelt.",
                "Na een paar maanden kwamen de eerste vragen die een leerling liever niet aan "
                "een docent stelt: over thuis, over geld, over ruzie in de buurt.",
            ),
            pull("Wie er gewoon is, hoort dingen die in een gesprek op afspraak niet vallen."),
            h("Wat de school ervan leerde"),
            p(
                "De mentoren merkten dat ze eerder wisten wanneer het met een leerling minder "
                "ging. De jongerenwerker kent de wijk en weet wat daar speelt; de mentor kent "
                "de cijfers en het verzuim. Samen zien ze meer.",
                "Belangrijk bleek dat het steeds dezelfde jongerenwerkers waren. Toen er "
                "halverwege het jaar een wissel kwam, kostte het weken om het vertrouwen terug "
                "te winnen.",
            ),
        ],
    },
    {
        "slug": "interview-zorgcoordinator-over-informatie-delen",
        "title": "Interview: een zorgcoördinator over informatie delen",
        "kind": "interview",
        "days_ago": 20,
        "authors": AUTHORS,
        "intro": (
            "Wat mag je delen met het jongerenwerk, en wat niet? Ruben Kalkhoven, "
            "zorgcoördinator van het Kanaalzicht College, vertelt hoe zijn school daar "
            "afspraken over maakte. School en persoon zijn verzonnen."
        ),
        "tags": ["informatie delen", "privacy", "samenwerking"],
        "practices": ["schooljongerenwerk-plein-en-mentorles-kanaalzicht-college"],
        "workplaces": [],
        "publications": ["stappenplan-effectieve-samenwerking-jongerenwerk-en-onderwijs"],
        "body": [
            p(
                "Ruben Kalkhoven werkt al jaren als zorgcoördinator op het Kanaalzicht "
                "College. Toen het jongerenwerk in de school kwam, was de eerste vraag van "
                "collega's: wat vertellen we elkaar eigenlijk?"
            ),
            h("Afspraken op papier"),
            p(
                "De school en de jongerenwerkorganisatie schreven samen op wat ze delen, met "
                "wie en wanneer. Uitgangspunt: de leerling weet wat er gedeeld wordt, behalve "
                "als er direct gevaar is. Het jongerenwerk houdt zijn eigen vertrouwensrelatie "
                "en hoeft niet alles door te geven.",
                "Volgens Kalkhoven werkte het juist omdat het zo concreet was. "
                "Iedereen wist waar hij aan toe was, ook nieuwe collega's.",
            ),
            in_short(
                "Leg vast wat je deelt, met wie en wanneer.",
                "Vertel leerlingen wat er met hun verhaal gebeurt.",
                "Bespreek de afspraken elk schooljaar opnieuw.",
            ),
        ],
    },
    {
        "slug": "stappenplan-samenwerking-jongerenwerk-en-onderwijs-gepresenteerd",
        "title": "Stappenplan voor samenwerking tussen jongerenwerk en onderwijs gepresenteerd",
        "kind": "nieuws",
        "date": "2021-09-16",
        "real": True,
        "source_url": STAPPENPLAN_SOURCE,
        "authors": "Redactie",
        "intro": (
            "Platform JEP presenteerde op 16 september 2021 het stappenplan 'Effectieve "
            "samenwerking tussen jongerenwerk en onderwijs'."
        ),
        "tags": ["samenwerking", "positief pedagogisch klimaat"],
        "practices": [],
        "workplaces": ["tilburg", "utrecht"],
        "publications": ["stappenplan-effectieve-samenwerking-jongerenwerk-en-onderwijs"],
        "body": [
            p(
                "In de werkplaatsen in Tilburg en Utrecht is onderzocht wat bestaande "
                "samenwerkingen tussen jongerenwerk en scholen nodig hebben: randvoorwaarden, "
                "succesfactoren en valkuilen. Het stappenplan zet die succesfactoren om in "
                "stappen om een samenwerking te beginnen of te versterken.",
                "Het werkt het best als de samenwerking gericht is op een positief pedagogisch "
                "klimaat, en niet op incidenten. Het stappenplan is gemaakt samen met "
                "Stichting School &amp; Veiligheid, het Nederlands Jeugdinstituut, de VNG, "
                "Sociaal Werk Nederland, de MBO Raad, de VO-raad en de VU Amsterdam.",
            ),
        ],
    },
    {
        "slug": "column-polarisatie-begint-niet-in-de-klas",
        "title": "Column: polarisatie begint niet in de klas",
        "kind": "column",
        "days_ago": 60,
        "authors": AUTHORS,
        "intro": (
            "Als het in de klas botst over nieuws uit de wereld, is de reflex vaak: regels "
            "en maatregelen. Deze column pleit voor een andere eerste vraag."
        ),
        "tags": ["polarisatie", "wij-zij-denken", "identiteit en idealen"],
        "practices": ["dilemmagesprekken-over-idealen-heidebloem-lyceum"],
        "workplaces": [],
        "publications": ["handen-ineen-voor-meer-veerkracht-bij-jongeren"],
        "body": [
            p(
                "Wie jongeren ziet botsen over een conflict ver weg, ziet vaak iets dat "
                "dichtbij begint: het gevoel er niet bij te horen, niet gehoord te worden. "
                "Dat is eerst een pedagogische vraag en pas daarna, als het moet, een vraag "
                "van veiligheid.",
                "School en jongerenwerk kunnen die vraag samen stellen. De school biedt de "
                "structuur en het gesprek in de klas; het jongerenwerk kent de straat, de "
                "vrienden en de plekken waar jongeren na school zijn.",
            ),
            pull("Eerst luisteren, dan pas ingrijpen."),
            p(
                "Dat vraagt ruimte voor gevoelige onderwerpen en idealen, ook als die "
                "schuren. Een docent hoeft daarin niet alleen te staan."
            ),
        ],
    },
    {
        "slug": "ouders-betrekken-via-het-jongerenwerk",
        "title": "Ouders betrekken via het jongerenwerk",
        "kind": "praktijkverhaal",
        "days_ago": 90,
        "authors": AUTHORS,
        "intro": (
            "Sommige ouders komen zelden op school. Het jongerenwerk kent hen wel, van de "
            "wijk of het buurthuis. Een praktijkverhaal over een brug tussen school en thuis."
        ),
        "tags": ["ouders", "wijk", "wij-zij-denken"],
        "practices": ["ouderavonden-over-wij-zij-denken-rotterdam"],
        "workplaces": [],
        "publications": [],
        "body": [
            p(
                "Op een school in een grote stad organiseerden mentoren en jongerenwerkers "
                "samen ouderavonden, niet in de school maar in het buurthuis. De drempel was "
                "lager en de jongerenwerkers nodigden ouders persoonlijk uit.",
                "Het gesprek ging over wat ouders zien bij hun kinderen: zorgen over online "
                "invloeden, over vrienden, over de toekomst. De school hoorde dingen die op "
                "een gewone ouderavond niet ter sprake komen.",
            ),
            in_short(
                "Kies een plek die ouders al kennen.",
                "Laat uitnodigen door iemand die ouders vertrouwen.",
                "Luister eerst; de school hoeft niet alle antwoorden te hebben.",
            ),
        ],
    },
    {
        "slug": "nieuw-op-het-portaal-tips-per-factor",
        "title": "Nieuw op het portaal: tips per factor",
        "kind": "nieuws",
        "days_ago": 3,
        "authors": AUTHORS,
        "intro": (
            "Bij elke randvoorwaarde, succesfactor en valkuil staan nu korte, praktische "
            "tips. Je vindt ze ook op één pagina, geordend per soort factor."
        ),
        "tags": ["samenwerking"],
        "practices": [],
        "workplaces": [],
        "publications": [],
        "body": [
            p(
                "De redactie schreef de tips bij de randvoorwaarden, succesfactoren en "
                "valkuilen op dit portaal. Ze zijn bedoeld als eerste stap: wat kun je morgen "
                "al doen?",
                "Heb je zelf een tip die anderen verder helpt? Laat het de redactie weten.",
            ),
        ],
    },
]

# (title, text, factor names)
TIPS = [
    (
        "Maak een smoelenboek",
        "Zet foto's en namen van de jongerenwerkers in de personeelskamer en op het "
        "leerlingportaal, zodat iedereen weet wie ze zijn.",
        ["Iedereen weet wat jongerenwerk doet", "Vast team van jongerenwerkers"],
    ),
    (
        "Spreek een vervanger af",
        "Leg vooraf vast wie het werk overneemt bij ziekte of vertrek, en laat die persoon "
        "alvast een paar keer meelopen.",
        ["Vast team van jongerenwerkers", "Continuïteit van mensen en activiteiten"],
    ),
    (
        "Eén naam, één telefoonnummer",
        "Geef school en jongerenwerk elk één vaste contactpersoon en zet hun gegevens "
        "bovenaan het samenwerkingsdocument.",
        ["Eén vaste contactpersoon aan beide kanten"],
    ),
    (
        "Een eigen plek, ook als die klein is",
        "Een vaste tafel in de aula of een kamertje bij de kantine maakt het jongerenwerk "
        "vindbaar. Kies een plek waar leerlingen vanzelf langskomen.",
        ["Een herkenbare plek in de school", "Zichtbaar en benaderbaar aanwezig in school"],
    ),
    (
        "Reken in uren, niet in activiteiten",
        "Spreek met de gemeente af hoeveel uren jongerenwerk er per week in de school is, "
        "inclusief tijd voor overleg met mentoren.",
        ["Voldoende uren jongerenwerk", "Structurele financiering"],
    ),
    (
        "Loop een middag mee in de wijk",
        "Laat mentoren een middag met het jongerenwerk meelopen in de wijk. Ze zien waar "
        "leerlingen na school zijn en met wie.",
        ["Geworteld in de wijk", "Brugfunctie tussen school en wijk"],
    ),
    (
        "Begin bij de vraag achter het incident",
        "Bespreek na een botsing in de klas eerst wat leerlingen bezighoudt, voordat je "
        "maatregelen neemt. Het jongerenwerk kan dat gesprek mee voorbereiden.",
        [
            "Handelen op incidenten in plaats van op het klimaat",
            "Gedeelde visie: polarisatie is eerst een pedagogische vraag",
        ],
    ),
    (
        "Maak ruimte voor idealen",
        "Plan lessen waarin leerlingen mogen vertellen waar ze voor staan, ook als dat "
        "schuurt. Spreek vooraf af hoe je met felle reacties omgaat.",
        ["Ruimte voor gevoelige onderwerpen en idealen"],
    ),
    (
        "Leg vast wat je deelt",
        "Schrijf samen op welke informatie over leerlingen je deelt, met wie en wanneer, en "
        "vertel leerlingen wat er met hun verhaal gebeurt.",
        ["Onduidelijke afspraken over informatie delen"],
    ),
    (
        "Ken elkaars werkritme",
        "Een school plant per lesuur, het jongerenwerk per avond en weekend. Bespreek aan "
        "het begin wanneer je elkaar kunt bereiken.",
        ["Cultuurverschil tussen school en jongerenwerk", "Gelijkwaardige samenwerking"],
    ),
    (
        "Nodig de gemeente uit op school",
        "Vraag de beleidsmedewerker jaarlijks een ochtend mee te draaien. Wie de praktijk "
        "ziet, begrijpt beter waarom preventie tijd kost.",
        [
            "Miscommunicatie tussen gemeente en scholen",
            "Preventiegeld verdrongen door tekorten in de jeugdzorg",
        ],
    ),
    (
        "Houd het vrijwillig",
        "Stuur leerlingen niet 'naar het jongerenwerk' als straf. De kracht zit in een "
        "vrijwillige, laagdrempelige positie naast de leerling.",
        ["Vrijwillige en laagdrempelige positie", "Het belang van de leerling voorop"],
    ),
]


def index_page():
    """The story index under the home page, created once."""
    home = HomePage.objects.first()
    index = StoryIndexPage.objects.first()
    if index is not None or home is None:
        return index, False
    index = StoryIndexPage(**INDEX, show_in_menus=True)
    home.add_child(instance=index)
    index.save_revision().publish()
    return index, True


def load():
    """Create the story index, the stories and the tips that are missing."""
    created = 0
    index, made = index_page()
    created += int(made)
    if index is not None:
        existing = set(StoryPage.objects.values_list("slug", flat=True))
        practices = Practice.objects.in_bulk(field_name="slug")
        workplaces = Workplace.objects.in_bulk(field_name="slug")
        publications = Publication.objects.in_bulk(field_name="slug")
        today = datetime.date.today()
        for spec in STORIES:
            if spec["slug"] in existing:
                continue
            real = spec.get("real", False)
            if "date" in spec:
                day = datetime.date.fromisoformat(spec["date"])
            else:
                day = today - datetime.timedelta(days=spec["days_ago"])
            story = StoryPage(
                title=spec["title"],
                slug=spec["slug"],
                kind=spec["kind"],
                date=day,
                is_fictional=not real,
                provenance="bron" if real else "redactie",
                source_url=spec.get("source_url", ""),
                source_checked=SOURCE_CHECKED if real else None,
                authors=spec["authors"],
                intro=spec["intro"],
                body=json.dumps(spec["body"]),
            )
            story.related_practices = [
                StoryPractice(practice=practices[s]) for s in spec["practices"] if s in practices
            ]
            story.related_workplaces = [
                StoryWorkplace(workplace=workplaces[s])
                for s in spec["workplaces"]
                if s in workplaces
            ]
            story.related_publications = [
                StoryPublication(publication=publications[s])
                for s in spec["publications"]
                if s in publications
            ]
            index.add_child(instance=story)
            story.tags.add(*spec["tags"])
            story.save_revision().publish()
            created += 1

    existing_tips = set(Tip.objects.values_list("title", flat=True))
    factors = {f.name: f for f in Factor.objects.all()}
    for title, text, factor_names in TIPS:
        if title in existing_tips:
            continue
        tip = Tip(title=title, text=text, live=False)
        tip.factors = [factors[n] for n in factor_names if n in factors]
        tip.save()
        tip.tags.add(*{t.name for n in factor_names if n in factors for t in factors[n].tags.all()})
        tip.save()
        tip.save_revision().publish()
        created += 1
    return created
