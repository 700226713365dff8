"""Demo vocabulary: the werkplaats partner organisations and the factor framework.

The factor texts paraphrase the programme's published findings (werkplaatsen Tilburg
and Utrecht, the 2021 stappenplan); they are summaries in our own words.
"""

from .models import Factor, Municipality, Organisation

# The partners the programme names (FACTS.md), with a website only where FACTS.md cites it.
ORGANISATIONS = [
    ("Gemeente Tilburg", Organisation.Kind.MUNICIPALITY, "GM0855", ""),
    ("Gemeente Utrecht", Organisation.Kind.MUNICIPALITY, "GM0344", ""),
    ("Fontys Hogeschool", Organisation.Kind.KNOWLEDGE, "GM0855", "https://www.fontys.nl"),
    ("ContourdeTwern", Organisation.Kind.YOUTH_WORK, "GM0855", ""),
    ("R-Newt", Organisation.Kind.YOUTH_WORK, "GM0855", ""),
    ("Stichting JoU", Organisation.Kind.YOUTH_WORK, "GM0344", ""),
    (
        "Youth Spot (Hogeschool van Amsterdam)",
        Organisation.Kind.KNOWLEDGE,
        "GM0363",
        "https://www.hva.nl/youth-spot",
    ),
    ("Platform JEP", Organisation.Kind.OTHER, "", "https://www.platformjep.nl"),
]

P, S, V = Factor.Kind.PRECONDITION, Factor.Kind.SUCCESS, Factor.Kind.PITFALL

# (name, kind, description, what you can do, tags)
FACTORS = [
    (
        "Vast team van jongerenwerkers",
        P,
        "Leerlingen en docenten leren dezelfde jongerenwerkers kennen. Bij voorkeur komen "
        "zij uit de wijken waar de leerlingen wonen, zodat ze de leefwereld van de "
        "jongeren van binnenuit kennen.",
        "Spreek met de jongerenwerkorganisatie af welke jongerenwerkers structureel aan de "
        "school verbonden zijn en hoe vervanging bij ziekte of vertrek geregeld is.",
        ["continuïteit", "jongerenwerk"],
    ),
    (
        "Eén vaste contactpersoon aan beide kanten",
        P,
        "Zowel de school als het jongerenwerk heeft één aanspreekpunt dat de samenwerking "
        "trekt, afspraken bewaakt en signalen snel doorgeeft.",
        "Leg in een samenwerkingsafspraak vast wie de contactpersonen zijn, hoe vaak zij "
        "elkaar spreken en wie hen vervangt.",
        ["samenwerking", "informatie delen"],
    ),
    (
        "Een herkenbare plek in de school",
        P,
        "Het jongerenwerk heeft een eigen, herkenbare ruimte in de school die past bij de "
        "activiteiten: laagdrempelig binnen te lopen, niet weggestopt.",
        "Kijk samen welke ruimte leerlingen vanzelf passeren en richt die zo in dat "
        "leerlingen er in pauzes en na schooltijd terechtkunnen.",
        ["positief pedagogisch klimaat"],
    ),
    (
        "Voldoende uren jongerenwerk",
        P,
        "Aanwezigheid op school kost tijd. Met te weinig uren blijft het jongerenwerk een "
        "gast die af en toe langskomt in plaats van een vertrouwd gezicht.",
        "Maak de uren zichtbaar in de begroting van gemeente en school en reken ook tijd "
        "voor overleg en voor het volgen van leerlingen buiten school mee.",
        ["financiering"],
    ),
    (
        "Continuïteit van mensen en activiteiten",
        P,
        "Vertrouwen groeit langzaam en verdwijnt snel. Wisselende gezichten en activiteiten "
        "die na één schooljaar stoppen, maken opgebouwde relaties ongedaan.",
        "Plan activiteiten over meerdere schooljaren en draag relaties bewust over als "
        "een jongerenwerker vertrekt.",
        ["continuïteit"],
    ),
    (
        "Structurele financiering",
        P,
        "Samenwerking die op projectgeld draait, houdt op wanneer het project eindigt. "
        "Structurele middelen geven school en jongerenwerk de ruimte om te bouwen.",
        "Bespreek met de gemeente hoe de samenwerking in reguliere budgetten (jeugd, "
        "onderwijs, preventie) kan landen in plaats van in tijdelijke subsidies.",
        ["financiering", "gemeentelijk beleid"],
    ),
    (
        "Zichtbaar en benaderbaar aanwezig in school",
        S,
        "Jongerenwerkers die in de pauzes, op het plein en in de gangen te vinden zijn, "
        "worden een bekend gezicht. Leerlingen stappen dan eerder met een vraag op hen af.",
        "Rooster de jongerenwerkers op vaste momenten in, zodat leerlingen weten wanneer "
        "ze hen kunnen vinden.",
        ["jongerenwerk", "veerkracht"],
    ),
    (
        "Geworteld in de wijk",
        S,
        "Jongerenwerk weet wat er in de wijk speelt: spanningen, groepsvorming, wat "
        "jongeren na schooltijd doen. Die kennis maakt signalen op school beter te duiden.",
        "Laat het jongerenwerk in het overleg met de school vertellen wat er in de wijk "
        "speelt en koppel terug wat de school ziet.",
        ["wijk", "informatie delen"],
    ),
    (
        "Iedereen weet wat jongerenwerk doet",
        S,
        "Docenten, mentoren, ondersteunend personeel en leerlingen weten wat het "
        "jongerenwerk kan bieden en waar de grenzen liggen. Dat voorkomt verkeerde "
        "verwachtingen.",
        "Stel het jongerenwerk voor in een teamvergadering en in de klassen, en herhaal dat "
        "aan het begin van elk schooljaar.",
        ["samenwerking"],
    ),
    (
        "Gedeelde visie: polarisatie is eerst een pedagogische vraag",
        S,
        "School en jongerenwerk zien spanningen en extreme uitspraken in de eerste plaats "
        "als een opvoedvraag, niet als een veiligheidsprobleem. Dat houdt het gesprek open.",
        "Formuleer samen waar de samenwerking voor staat en hoe je reageert op uitspraken "
        "die schuren, voordat er een incident is.",
        ["polarisatie", "positief pedagogisch klimaat"],
    ),
    (
        "Ruimte voor gevoelige onderwerpen en idealen",
        S,
        "Jongeren krijgen de ruimte om over identiteit, geloof, onrecht en idealen te "
        "praten, met begeleiding en duidelijke grenzen. Sterke idealen kunnen zo uitgroeien "
        "tot kritisch burgerschap.",
        "Organiseer gespreksvormen in kleine groepen, samen met een docent en een "
        "jongerenwerker, en bereid moeilijke onderwerpen samen voor.",
        ["identiteit en idealen", "polarisatie", "wij-zij-denken"],
    ),
    (
        "Het belang van de leerling voorop",
        S,
        "Bij twijfel beslissen school en jongerenwerk vanuit wat de leerling nodig heeft, "
        "niet vanuit de belangen of regels van de eigen organisatie.",
        "Bespreek casussen samen en vraag steeds: wat helpt deze jongere nu het meest?",
        ["veerkracht"],
    ),
    (
        "Gelijkwaardige samenwerking",
        S,
        "Docenten, mentoren, zorgcoördinatoren en jongerenwerkers werken als gelijken samen, "
        "elk met een eigen deskundigheid. Jongerenwerk is geen hulpje van de school.",
        "Nodig het jongerenwerk uit voor het zorgoverleg en leerlingbesprekingen, met een "
        "eigen inbreng.",
        ["samenwerking"],
    ),
    (
        "Brugfunctie tussen school en wijk",
        S,
        "Jongerenwerkers verbinden wat op school gebeurt met de wijk en het gezin, en "
        "omgekeerd. Zo hoeft een leerling zijn verhaal niet overal opnieuw te doen.",
        "Spreek af hoe het jongerenwerk met ouders en wijkpartners contact houdt en welke "
        "informatie daarbij met de school gedeeld mag worden.",
        ["wijk", "ouders"],
    ),
    (
        "Vrijwillige en laagdrempelige positie",
        S,
        "Jongerenwerk werkt op basis van vrijwilligheid en vertrouwen. Juist daardoor "
        "bereikt het jongeren die zich van school of hulpverlening afkeren.",
        "Bescherm die positie: maak jongerenwerkers geen handhaver of verlengstuk van de "
        "schoolregels.",
        ["jongerenwerk", "schooluitval"],
    ),
    (
        "Cultuurverschil tussen school en jongerenwerk",
        V,
        "Een gesloten, sterk gestructureerde school en een informeel werkend jongerenwerk "
        "botsen makkelijk. Jongerenwerkers voelen zich soms niet welkom en het kan jaren "
        "duren voordat ze echt binnen zijn.",
        "Erken het verschil openlijk, investeer in kennismaking en geef het jongerenwerk "
        "een vaste plek in het team.",
        ["samenwerking"],
    ),
    (
        "Miscommunicatie tussen gemeente en scholen",
        V,
        "Gemeente en scholen hebben verschillende verwachtingen van het jongerenwerk en "
        "spreken die niet uit. Opdrachten en werkelijkheid lopen dan uiteen.",
        "Breng gemeente, schoolleiding en jongerenwerk periodiek aan één tafel om doelen en "
        "verwachtingen af te stemmen.",
        ["gemeentelijk beleid"],
    ),
    (
        "Preventiegeld verdrongen door tekorten in de jeugdzorg",
        V,
        "Wanneer de jeugdzorg geld tekortkomt, zijn preventieve uren vaak het eerst weg, "
        "terwijl zij latere zorg kunnen voorkomen.",
        "Maak de opbrengst van de samenwerking zichtbaar en borg de preventieve uren "
        "apart in de begroting.",
        ["financiering", "gemeentelijk beleid"],
    ),
    (
        "Alleen een veiligheidsaanpak",
        V,
        "Wordt polarisatie alleen als veiligheidsprobleem gezien, dan verschuift de aandacht "
        "naar melden en handhaven en verliest het jongerenwerk het vertrouwen van jongeren.",
        "Houd de pedagogische vraag centraal en spreek af wanneer en hoe veiligheidspartners "
        "wel betrokken worden.",
        ["polarisatie", "radicalisering"],
    ),
    (
        "Handelen op incidenten in plaats van op het klimaat",
        V,
        "Samenwerking die pas op gang komt na een incident, blijft brandjes blussen. De "
        "winst zit in het dagelijkse klimaat op school.",
        "Richt de samenwerking op een positief pedagogisch klimaat en plan activiteiten "
        "voor het hele schooljaar, niet alleen na een voorval.",
        ["positief pedagogisch klimaat"],
    ),
    (
        "Onduidelijke afspraken over informatie delen",
        V,
        "Zonder heldere afspraken durft niemand informatie te delen, of wordt er juist te "
        "veel gedeeld. Beide schaden het vertrouwen van jongeren.",
        "Leg vast welke informatie met wie gedeeld wordt, met welke toestemming, en maak "
        "dat ook aan leerlingen duidelijk.",
        ["informatie delen", "privacy"],
    ),
]


def _paragraph(text):
    return f"<p>{text}</p>"


def load():
    """Create the missing organisations and factors; returns how many were created."""
    created = 0
    municipalities = Municipality.objects.in_bulk(
        [code for _, _, code, _ in ORGANISATIONS if code], field_name="code"
    )
    for name, kind, code, website in ORGANISATIONS:
        _, was_created = Organisation.objects.get_or_create(
            name=name,
            defaults={"kind": kind, "municipality": municipalities.get(code), "website": website},
        )
        created += was_created
    for name, kind, description, what_you_can_do, tags in FACTORS:
        factor, was_created = Factor.objects.get_or_create(
            name=name,
            defaults={
                "kind": kind,
                "description": _paragraph(description),
                "what_you_can_do": _paragraph(what_you_can_do),
            },
        )
        if was_created:
            factor.tags.add(*tags)
            factor.save()
            created += 1
    return created
