"""Demo events: two past ones with materials, two upcoming, dated relative to the day
the command first runs. All are fictional examples (shown as *fictief voorbeeld*): invented
meetings at invented venues, without a registration link; a municipality is only where
one is set. Their materials are generated sheets that say they are fictional."""

import datetime
import json
from io import BytesIO

from django.core.files.base import ContentFile
from django.utils import timezone

from wagtail.documents import get_document_model

from jos_portal.core.models import HomePage
from jos_portal.stories.models import StoryPage
from jos_portal.taxonomy.models import Province

from .models import AMSTERDAM, EventDocument, EventIndexPage, EventPage

INDEX = {
    "slug": "bijeenkomsten",
    "title": "Bijeenkomsten",
    "intro": (
        "Regionale en landelijke bijeenkomsten waar scholen, jongerenwerk en gemeenten "
        "kennis en ervaringen uitwisselen."
    ),
}

EVENTS = [
    {
        "slug": "terugblik-voorbeeldwerkplaats",
        "title": "Terugblik op de Voorbeeldwerkplaats",
        "days": -40,
        "start": (15, 0),
        "end": (17, 0),
        "online": False,
        "location_name": "Wijkcentrum De Zonnewijzer (verzonnen)",
        "address": "Voorbeeldlaan 1, Amersfoort",
        "province": "utrecht",
        "audience": "iedereen",
        "intro": "De deelnemers van de verzonnen Voorbeeldwerkplaats vertellen wat ze leerden.",
        "text": (
            "Een middag over vaste gezichten, een herkenbare plek in de school en "
            "afspraken over informatie delen. Met tijd om met elkaar in gesprek te gaan."
        ),
        "materials": ["Presentatie Voorbeeldwerkplaats"],
        "report": "een-jongerenwerker-in-de-aula",
        "tags": ["samenwerking", "veerkracht"],
    },
    {
        "slug": "webinar-informatie-delen-tussen-school-en-jongerenwerk",
        "title": "Webinar: informatie delen tussen school en jongerenwerk",
        "days": -12,
        "start": (19, 30),
        "end": (21, 0),
        "online": True,
        "location_name": "",
        "address": "",
        "province": "",
        "audience": "onderwijs",
        "intro": "Wat mag je delen, met wie en wanneer? Een avond over afspraken die werken.",
        "text": (
            "Zorgcoördinatoren, mentoren en jongerenwerkers bespreken aan de hand van "
            "voorbeelden hoe je afspraken over informatie delen maakt en bijhoudt."
        ),
        "materials": ["Dia's webinar informatie delen", "Voorbeeld van een samenwerkingsafspraak"],
        "report": "interview-zorgcoordinator-over-informatie-delen",
        "tags": ["informatie delen", "privacy"],
    },
    {
        "slug": "regiobijeenkomst-school-en-wijk",
        "title": "Regiobijeenkomst: school en wijk",
        "days": 14,
        "start": (13, 30),
        "end": (16, 30),
        "online": False,
        "location_name": "Buurthuis De Lindeboog (verzonnen)",
        "address": "Voorbeeldplein 2, Utrecht",
        "province": "utrecht",
        "audience": "jongerenwerk",
        "intro": "Hoe wordt het jongerenwerk een brug tussen school en wijk? Een middag praktijk.",
        "text": (
            "Met korte presentaties van verzonnen scholen en jongerenwerk en gesprekken in "
            "kleine groepen over wat je morgen al anders kunt doen."
        ),
        "materials": [],
        "report": "",
        "tags": ["wijk", "jongerenwerk", "veiligheid"],
    },
    {
        "slug": "online-kennissessie-voor-gemeenten",
        "title": "Online kennissessie voor gemeenten",
        "days": 35,
        "start": (10, 0),
        "end": (11, 30),
        "online": True,
        "location_name": "",
        "address": "",
        "province": "",
        "audience": "gemeenten",
        "intro": "Voor beleidsmedewerkers: wat vraagt een duurzame samenwerking van de gemeente?",
        "text": (
            "Over structurele financiering, vaste uren jongerenwerk en heldere afspraken "
            "tussen gemeente, scholen en jongerenwerk."
        ),
        "materials": [],
        "report": "",
        "tags": ["gemeentelijk beleid", "financiering"],
    },
]


def example_pdf(title):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_title(f"Fictief voorbeeld: {title}")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 9, "FICTIEF VOORBEELD - demo-materiaal")
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 12)
    text = (
        f"'{title}' hoort bij een verzonnen bijeenkomst in de demo-inhoud van het "
        "kennisportaal. Er is geen echte bijeenkomst en geen echt materiaal."
    )
    pdf.multi_cell(0, 7, text.encode("latin-1", "replace").decode("latin-1"))
    buffer = BytesIO()
    pdf.output(buffer)
    return buffer.getvalue()


def _document(title):
    Document = get_document_model()
    document = Document.objects.filter(title=title).first()
    if document is None:
        document = Document(title=title)
        document.file.save(
            f"{title.lower().replace(' ', '-')[:60]}.pdf",
            ContentFile(example_pdf(title)),
            save=False,
        )
        document.save()
    return document


def _at(day, hour_minute):
    hour, minute = hour_minute
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=AMSTERDAM)


def index_page():
    home = HomePage.objects.first()
    index = EventIndexPage.objects.first()
    if index is not None or home is None:
        return index, False
    index = EventIndexPage(**INDEX, show_in_menus=True)
    home.add_child(instance=index)
    index.save_revision().publish()
    return index, True


def load():
    """Create the event index and the demo events that are missing (matched on slug)."""
    index, created = index_page()
    created = int(created)
    if index is None:
        return created
    existing = set(EventPage.objects.values_list("slug", flat=True))
    provinces = Province.objects.in_bulk(field_name="slug")
    stories = {story.slug: story for story in StoryPage.objects.all()}
    today = timezone.localdate()
    for spec in EVENTS:
        if spec["slug"] in existing:
            continue
        day = today + datetime.timedelta(days=spec["days"])
        event = EventPage(
            title=spec["title"],
            slug=spec["slug"],
            intro=spec["intro"],
            start=_at(day, spec["start"]),
            end=_at(day, spec["end"]),
            online=spec["online"],
            location_name=spec["location_name"],
            address=spec["address"],
            region=provinces.get(spec["province"]),
            audience=spec["audience"],
            body=json.dumps([{"type": "paragraph", "value": f"<p>{spec['text']}</p>"}]),
            is_fictional=True,
            provenance="redactie",
            report_story=stories.get(spec["report"]),
        )
        event.materials = [EventDocument(document=_document(t)) for t in spec["materials"]]
        index.add_child(instance=event)
        event.tags.add(*spec["tags"])
        event.save_revision().publish()
        created += 1
    return created
