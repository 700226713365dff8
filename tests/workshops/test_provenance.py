"""Provenance of werkplaatsen and their sessions: a fictional 'voorbeeldwerkplaats' and its
sessions carry the label on every page and in the feed; a real one names its source."""

import datetime
import xml.etree.ElementTree as ET

from django.core.exceptions import ValidationError

import pytest

from tests.factories.workshops import SessionFactory, WorkplaceFactory
from tests.labels import FEED_PREFIX, LABEL_HTML, labelled
from workshops.models import Session

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def workplaces(db):
    real = WorkplaceFactory(
        name="Werkplaats Echtstad",
        slug="echtstad",
        provenance="bron",
        source_url="https://www.example.nl/werkplaats",
        source_checked=datetime.date(2026, 3, 1),
    )
    example = WorkplaceFactory(name="Voorbeeldwerkplaats", slug="voorbeeld", is_fictional=True)
    return {
        "real": real,
        "example": example,
        "real_session": SessionFactory(workplace=real, title="Echte sessie", slug="echt"),
        "fictional_session": SessionFactory(
            workplace=example, title="Verzonnen sessie", slug="verzonnen", is_fictional=True
        ),
        "draft": SessionFactory(
            workplace=example,
            title="Verzonnen concept",
            slug="concept",
            is_fictional=True,
            live=False,
        ),
    }


def test_overview_labels_the_fictional_werkplaats_only(client, workplaces):
    html = client.get("/werkplaatsen/").content.decode()
    assert labelled(html, "Voorbeeldwerkplaats")
    assert not labelled(html, "Werkplaats Echtstad")


def test_fictional_werkplaats_page_says_so_and_labels_its_sessions(client, workplaces):
    html = client.get("/werkplaatsen/voorbeeld/").content.decode()
    assert 'class="provenance provenance--fictional"' in html
    assert labelled(html, "Verzonnen sessie")
    assert "Verzonnen concept" not in html


def test_real_werkplaats_page_names_its_source(client, workplaces):
    html = client.get("/werkplaatsen/echtstad/").content.decode()
    assert "example.nl</a> (nagekeken op 1 maart 2026)" in html
    assert LABEL_HTML not in html


def test_session_pages_show_label_or_source(client, workplaces):
    fictional = client.get("/werkplaatsen/voorbeeld/verzonnen/").content.decode()
    assert 'class="provenance provenance--fictional"' in fictional
    real = client.get("/werkplaatsen/echtstad/echt/").content.decode()
    assert LABEL_HTML not in real
    assert "Herkomst: redactie van het JOS kennisportaal" in real


def test_session_feed_prefixes_the_fictional_entry(client, workplaces):
    root = ET.fromstring(client.get("/werkplaatsen/feed/").content)
    titles = sorted(e.find(f"{ATOM}title").text for e in root.iter(f"{ATOM}entry"))
    assert titles == [
        "Werkplaats Echtstad: Echte sessie",
        f"{FEED_PREFIX}Voorbeeldwerkplaats: Verzonnen sessie",
    ]


def test_a_session_of_a_fictional_werkplaats_must_be_fictional_itself(workplaces):
    session = Session(
        workplace=workplaces["example"],
        title="Niet aangevinkt",
        slug="niet",
        date=datetime.date(2020, 1, 1),
        format="interview",
        summary="<p>x</p>",
    )
    with pytest.raises(ValidationError) as error:
        session.clean()
    assert "hoort bij een fictieve werkplaats" in str(error.value.message_dict["is_fictional"])
    session.is_fictional = True
    session.clean()
