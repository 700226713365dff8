"""Provenance of events: the label on cards and pages, in the calendar files, and no
schema.org Event for a fictional meeting."""

import pytest

from jos_portal.events import models as event_models
from tests.events.test_events import parse_ics
from tests.factories.events import EventIndexPageFactory, EventPageFactory, local
from tests.labels import FEED_PREFIX, LABEL_HTML, labelled

pytestmark = pytest.mark.django_db
NOW = local(2030, 5, 1, 12, 0)


@pytest.fixture
def events(db, monkeypatch):
    monkeypatch.setattr(event_models, "current_time", lambda: NOW)
    index = EventIndexPageFactory()
    return {
        "real": EventPageFactory(
            parent=index, title="Echte bijeenkomst", slug="echt", start=local(2030, 6, 1, 14)
        ),
        "fictional": EventPageFactory(
            parent=index,
            title="Verzonnen bijeenkomst",
            slug="verzonnen",
            is_fictional=True,
            start=local(2030, 6, 2, 14),
        ),
        "past_fictional": EventPageFactory(
            parent=index,
            title="Verzonnen terugblik",
            slug="terugblik",
            is_fictional=True,
            start=local(2030, 1, 2, 14),
        ),
    }


def test_event_list_labels_upcoming_and_past_fictional_events(client, events):
    html = client.get("/bijeenkomsten/").content.decode()
    assert labelled(html, "Verzonnen bijeenkomst")
    assert labelled(html, "Verzonnen terugblik")
    assert not labelled(html, "Echte bijeenkomst")


def test_fictional_event_page_says_so_without_schema_org(client, events):
    html = client.get("/bijeenkomsten/verzonnen/").content.decode()
    assert 'class="provenance provenance--fictional"' in html
    assert "application/ld+json" not in html
    real = client.get("/bijeenkomsten/echt/").content.decode()
    assert "application/ld+json" in real and LABEL_HTML not in real


def test_calendar_files_prefix_the_fictional_event(client, events):
    calendar = parse_ics(client.get("/bijeenkomsten/ical/"))
    summaries = sorted(str(e["summary"]) for e in calendar.walk("VEVENT"))
    assert summaries == ["Echte bijeenkomst", f"{FEED_PREFIX}Verzonnen bijeenkomst"]
    single = parse_ics(client.get("/bijeenkomsten/verzonnen/ical/"))
    assert [str(e["summary"]) for e in single.walk("VEVENT")] == [
        f"{FEED_PREFIX}Verzonnen bijeenkomst"
    ]
