"""English titles and summaries of the demo events and the event index: translations of
their Dutch demo texts (all events are fictional examples)."""

from jos_portal.taxonomy.english import fill_english

from .models import EventIndexPage, EventPage

INDEX = {
    "bijeenkomsten": (
        "Events",
        "Regional and national meetings where schools, youth workers and municipalities "
        "share knowledge and experience.",
    )
}

EVENTS = {
    "terugblik-voorbeeldwerkplaats": (
        "Looking back on the example workshop",
        "The participants of the invented example workshop tell what they learned.",
    ),
    "webinar-informatie-delen-tussen-school-en-jongerenwerk": (
        "Webinar: sharing information between school and youth work",
        "What may you share, with whom and when? An evening about agreements that work.",
    ),
    "regiobijeenkomst-school-en-wijk": (
        "Regional meeting: school and neighbourhood",
        "How do youth workers become a bridge between school and neighbourhood? An afternoon "
        "of practice.",
    ),
    "online-kennissessie-voor-gemeenten": (
        "Online knowledge session for municipalities",
        "For policy officers: what does a lasting collaboration ask of the municipality?",
    ),
}


def load():
    return fill_english(EventIndexPage.objects.all(), INDEX) + fill_english(
        EventPage.objects.all(), EVENTS
    )
