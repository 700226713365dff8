"""Demo scan: the page under the home page with one statement per demo factor."""

from jos_portal.core.models import HomePage
from jos_portal.taxonomy.models import Factor

from .models import ScanPage, ScanStatement

# Where each statement comes from (shared/FACTS.md): the programme's own list of
# preconditions, success factors and pitfalls, and the one article that names success
# factors of its own. A statement rests on the sources named beside it, nothing more.
JOS_LIST = "Factorenlijst van JOS (werkplaatsen Tilburg en Utrecht)"
SARTI = "Sarti, Manders & Metz (2019), Jeugdbeleid 13(2)"
BOTH = f"{JOS_LIST}; {SARTI}"
EDITORS = "Aanvulling van de redactie; niet uit de genoemde onderzoeken"

# (factor name, statement, source); one question per statement, valkuilen scored reversed.
STATEMENTS = [
    (
        "Eén vaste contactpersoon aan beide kanten",
        "De school heeft één vaste contactpersoon voor het jongerenwerk.",
        BOTH,
    ),
    (
        "Eén vaste contactpersoon aan beide kanten",
        "Het jongerenwerk heeft één vaste contactpersoon voor de school.",
        JOS_LIST,
    ),
    (
        "Vast team van jongerenwerkers",
        "Leerlingen zien steeds dezelfde jongerenwerkers op school.",
        JOS_LIST,
    ),
    (
        "Vast team van jongerenwerkers",
        "Docenten werken steeds met dezelfde jongerenwerkers.",
        JOS_LIST,
    ),
    (
        "Een herkenbare plek in de school",
        "Het jongerenwerk heeft een eigen, herkenbare plek in de school.",
        BOTH,
    ),
    (
        "Een herkenbare plek in de school",
        "Leerlingen lopen makkelijk binnen op de plek van het jongerenwerk.",
        JOS_LIST,
    ),
    (
        "Voldoende uren jongerenwerk",
        "Het jongerenwerk heeft genoeg uren om op vaste momenten op school te zijn.",
        BOTH,
    ),
    (
        "Continuïteit van mensen en activiteiten",
        "De activiteiten van het jongerenwerk lopen door over meerdere schooljaren.",
        BOTH,
    ),
    (
        "Continuïteit van mensen en activiteiten",
        "Leerlingen houden over meerdere schooljaren contact met dezelfde jongerenwerkers.",
        BOTH,
    ),
    (
        "Structurele financiering",
        "De samenwerking wordt betaald uit structureel budget, niet alleen uit projectgeld.",
        JOS_LIST,
    ),
    (
        "Zichtbaar en benaderbaar aanwezig in school",
        "Leerlingen weten op welke momenten de jongerenwerkers op school zijn.",
        JOS_LIST,
    ),
    (
        "Zichtbaar en benaderbaar aanwezig in school",
        "Leerlingen weten waar ze de jongerenwerkers in school kunnen vinden.",
        JOS_LIST,
    ),
    (
        "Geworteld in de wijk",
        "Het jongerenwerk vertelt de school wat er in de wijk speelt.",
        BOTH,
    ),
    (
        "Iedereen weet wat jongerenwerk doet",
        "Docenten en mentoren weten wat het jongerenwerk kan bieden.",
        BOTH,
    ),
    (
        "Iedereen weet wat jongerenwerk doet",
        "Docenten en mentoren weten waar de grenzen van het jongerenwerk liggen.",
        JOS_LIST,
    ),
    (
        "Gedeelde visie: polarisatie is eerst een pedagogische vraag",
        "We hebben samen afgesproken hoe we reageren op uitspraken die schuren.",
        JOS_LIST,
    ),
    (
        "Ruimte voor gevoelige onderwerpen en idealen",
        "Leerlingen krijgen op school ruimte om over gevoelige onderwerpen te praten, zoals "
        "identiteit, geloof en onrecht.",
        JOS_LIST,
    ),
    (
        "Het belang van de leerling voorop",
        "Bij twijfel beslissen we samen vanuit wat de leerling nodig heeft.",
        JOS_LIST,
    ),
    (
        "Gelijkwaardige samenwerking",
        "Het jongerenwerk schuift aan bij leerlingbesprekingen.",
        JOS_LIST,
    ),
    (
        "Gelijkwaardige samenwerking",
        "In leerlingbesprekingen telt de inbreng van het jongerenwerk even zwaar als die van "
        "de school.",
        JOS_LIST,
    ),
    (
        "Brugfunctie tussen school en wijk",
        "Het jongerenwerk legt de verbinding tussen school en wijk.",
        BOTH,
    ),
    (
        "Vrijwillige en laagdrempelige positie",
        "Jongerenwerkers worden niet ingezet om schoolregels te handhaven.",
        JOS_LIST,
    ),
    (
        "Cultuurverschil tussen school en jongerenwerk",
        "Jongerenwerkers voelen zich op school soms niet welkom.",
        JOS_LIST,
    ),
    (
        "Miscommunicatie tussen gemeente en scholen",
        "Gemeente en school verwachten verschillende dingen van het jongerenwerk.",
        JOS_LIST,
    ),
    (
        "Preventiegeld verdrongen door tekorten in de jeugdzorg",
        "Uren voor preventie staan onder druk door tekorten elders in de jeugdzorg.",
        JOS_LIST,
    ),
    (
        "Alleen een veiligheidsaanpak",
        "Spanningen onder leerlingen worden vooral als veiligheidsprobleem behandeld.",
        JOS_LIST,
    ),
    (
        "Handelen op incidenten in plaats van op het klimaat",
        "De samenwerking komt vooral op gang na een incident.",
        JOS_LIST,
    ),
    (
        "Onduidelijke afspraken over informatie delen",
        "Het is onduidelijk welke informatie we over leerlingen met elkaar mogen delen.",
        EDITORS,
    ),
]

# The first demo statement set, which asked some things two at a time. A scan page that
# still has exactly these gets the set above as a new version; codes made with the old
# set keep their version and keep working.
FIRST_DEMO_TEXTS = [
    "Er is op school één vaste contactpersoon voor het jongerenwerk, en andersom.",
    "Leerlingen en docenten zien steeds dezelfde jongerenwerkers op school.",
    "Het jongerenwerk heeft een herkenbare plek in de school waar leerlingen makkelijk "
    "binnenlopen.",
    "Het jongerenwerk heeft genoeg uren om op vaste momenten op school te zijn.",
    "Activiteiten en contacten lopen door over meerdere schooljaren.",
    "De samenwerking wordt betaald uit structureel budget, niet alleen uit projectgeld.",
    "Leerlingen weten wanneer en waar ze de jongerenwerkers in school kunnen vinden.",
    "Het jongerenwerk vertelt de school wat er in de wijk speelt.",
    "Docenten en mentoren weten wat het jongerenwerk kan bieden en waar de grenzen liggen.",
    "We hebben samen afgesproken hoe we reageren op uitspraken die schuren.",
    "Leerlingen krijgen op school ruimte om over identiteit, geloof en onrecht te praten.",
    "Bij twijfel beslissen we samen vanuit wat de leerling nodig heeft.",
    "Het jongerenwerk schuift aan bij leerlingbesprekingen, met een eigen inbreng.",
    "Het jongerenwerk legt de verbinding tussen school, ouders en de wijk.",
    "Jongerenwerkers worden niet ingezet om schoolregels te handhaven.",
    "Jongerenwerkers voelen zich op school soms niet welkom.",
    "Gemeente en school verwachten verschillende dingen van het jongerenwerk.",
    "Uren voor preventie staan onder druk door tekorten elders in de jeugdzorg.",
    "Spanningen onder leerlingen worden vooral als veiligheidsprobleem behandeld.",
    "De samenwerking komt vooral op gang na een incident.",
    "Het is onduidelijk welke informatie we over leerlingen met elkaar mogen delen.",
]

INTRO = (
    "<p>Hoe staat jullie samenwerking tussen school en jongerenwerk ervoor? Staat ze nog in "
    "de kinderschoenen of is ze al ver gevorderd? Beoordeel korte stellingen over de "
    "randvoorwaarden, succesfactoren en valkuilen die de werkplaatsen in Tilburg en "
    "Utrecht beschreven. Het kost ongeveer tien minuten.</p>"
)
EXPLANATION = (
    "<p>Per onderdeel en per factor krijg je een score: hoe hoger, hoe beter het staat. "
    "Bij valkuilen is de score omgekeerd: een hoge score betekent dat de valkuil weinig "
    "speelt. Voor de factoren die het laagst scoren krijg je tips, praktijkvoorbeelden en "
    "wat de werkplaatsen en publicaties erover zeggen.</p>"
)


def statements(factors):
    """ScanStatement rows for the demo set, for the factors that exist."""
    return [
        ScanStatement(
            factor=factors[name],
            text=text,
            source=source,
            reversed=factors[name].kind == Factor.Kind.PITFALL,
            sort_order=order,
        )
        for order, (name, text, source) in enumerate(STATEMENTS)
        if name in factors
    ]


def _upgrade_first_demo_set(page, factors):
    """Give a page that still has the first demo set the current one, as a new version."""
    if [row.text for row in page.statements.order_by("sort_order")] != FIRST_DEMO_TEXTS:
        return 0
    page.statements = statements(factors)
    page.save_revision().publish()
    return 1


def load():
    """Create the scan page with its statements and publish it (first version)."""
    factors = Factor.objects.in_bulk([row[0] for row in STATEMENTS], field_name="name")
    existing = ScanPage.objects.first()
    if existing is not None:
        return _upgrade_first_demo_set(existing, factors)
    home = HomePage.objects.first()
    if home is None:
        return 0
    page = ScanPage(
        title="Samenwerkingsscan",
        slug="samenwerkingsscan",
        intro=INTRO,
        explanation=EXPLANATION,
        show_in_menus=True,
        search_description=(
            "Een korte zelfscan voor school en jongerenwerk: waar staat jullie samenwerking "
            "en wat kun je nu doen?"
        ),
    )
    page.statements = statements(factors)
    home.add_child(instance=page)
    page.save_revision().publish()
    return 1
