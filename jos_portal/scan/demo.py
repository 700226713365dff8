"""Demo scan: the page under the home page with one statement per demo factor."""

from jos_portal.core.models import HomePage
from jos_portal.taxonomy.models import Factor

from .models import ScanPage, ScanStatement

# (factor name, statement); valkuilen are scored reversed.
STATEMENTS = [
    (
        "Eén vaste contactpersoon aan beide kanten",
        "Er is op school één vaste contactpersoon voor het jongerenwerk, en andersom.",
    ),
    (
        "Vast team van jongerenwerkers",
        "Leerlingen en docenten zien steeds dezelfde jongerenwerkers op school.",
    ),
    (
        "Een herkenbare plek in de school",
        "Het jongerenwerk heeft een herkenbare plek in de school waar leerlingen makkelijk "
        "binnenlopen.",
    ),
    (
        "Voldoende uren jongerenwerk",
        "Het jongerenwerk heeft genoeg uren om op vaste momenten op school te zijn.",
    ),
    (
        "Continuïteit van mensen en activiteiten",
        "Activiteiten en contacten lopen door over meerdere schooljaren.",
    ),
    (
        "Structurele financiering",
        "De samenwerking wordt betaald uit structureel budget, niet alleen uit projectgeld.",
    ),
    (
        "Zichtbaar en benaderbaar aanwezig in school",
        "Leerlingen weten wanneer en waar ze de jongerenwerkers in school kunnen vinden.",
    ),
    (
        "Geworteld in de wijk",
        "Het jongerenwerk vertelt de school wat er in de wijk speelt.",
    ),
    (
        "Iedereen weet wat jongerenwerk doet",
        "Docenten en mentoren weten wat het jongerenwerk kan bieden en waar de grenzen liggen.",
    ),
    (
        "Gedeelde visie: polarisatie is eerst een pedagogische vraag",
        "We hebben samen afgesproken hoe we reageren op uitspraken die schuren.",
    ),
    (
        "Ruimte voor gevoelige onderwerpen en idealen",
        "Leerlingen krijgen op school ruimte om over identiteit, geloof en onrecht te praten.",
    ),
    (
        "Het belang van de leerling voorop",
        "Bij twijfel beslissen we samen vanuit wat de leerling nodig heeft.",
    ),
    (
        "Gelijkwaardige samenwerking",
        "Het jongerenwerk schuift aan bij leerlingbesprekingen, met een eigen inbreng.",
    ),
    (
        "Brugfunctie tussen school en wijk",
        "Het jongerenwerk legt de verbinding tussen school, ouders en de wijk.",
    ),
    (
        "Vrijwillige en laagdrempelige positie",
        "Jongerenwerkers worden niet ingezet om schoolregels te handhaven.",
    ),
    (
        "Cultuurverschil tussen school en jongerenwerk",
        "Jongerenwerkers voelen zich op school soms niet welkom.",
    ),
    (
        "Miscommunicatie tussen gemeente en scholen",
        "Gemeente en school verwachten verschillende dingen van het jongerenwerk.",
    ),
    (
        "Preventiegeld verdrongen door tekorten in de jeugdzorg",
        "Uren voor preventie staan onder druk door tekorten elders in de jeugdzorg.",
    ),
    (
        "Alleen een veiligheidsaanpak",
        "Spanningen onder leerlingen worden vooral als veiligheidsprobleem behandeld.",
    ),
    (
        "Handelen op incidenten in plaats van op het klimaat",
        "De samenwerking komt vooral op gang na een incident.",
    ),
    (
        "Onduidelijke afspraken over informatie delen",
        "Het is onduidelijk welke informatie we over leerlingen met elkaar mogen delen.",
    ),
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


def load():
    """Create the scan page with its statements and publish it (first version)."""
    if ScanPage.objects.exists():
        return 0
    home = HomePage.objects.first()
    if home is None:
        return 0
    factors = Factor.objects.in_bulk([name for name, _text in STATEMENTS], field_name="name")
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
    page.statements = [
        ScanStatement(
            factor=factors[name],
            text=text,
            reversed=factors[name].kind == Factor.Kind.PITFALL,
            sort_order=order,
        )
        for order, (name, text) in enumerate(STATEMENTS)
        if name in factors
    ]
    home.add_child(instance=page)
    page.save_revision().publish()
    return 1
