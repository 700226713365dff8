import datetime
import json
import re

from django.core.exceptions import ValidationError

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

import icalendar
import pytest

from jos_portal.core.models import HomePage
from jos_portal.events import models as event_models
from jos_portal.events.models import EventIndexPage, EventPage
from jos_portal.taxonomy.models import Province
from tests.factories.events import EventIndexPageFactory, EventPageFactory, local
from tests.factories.stories import StoryIndexPageFactory, StoryPageFactory, site_home

UTC = datetime.UTC


@pytest.fixture
def index(db):
    return EventIndexPageFactory()


@pytest.fixture
def clock(monkeypatch):
    """Set the moment that splits upcoming from past: clock(aware_datetime)."""

    def set_clock(moment):
        monkeypatch.setattr(event_models, "current_time", lambda: moment)

    return set_clock


def section(html, heading_id):
    """The HTML of one <section> by its heading id."""
    start = html.index(f'id="{heading_id}"')
    return html[start : html.index("</section>", start)]


def parse_ics(response):
    assert response["Content-Type"].startswith("text/calendar")
    return icalendar.Calendar.from_ical(response.content)


class EventPageRulesTests(WagtailPageTestCase):
    def test_event_index_lives_under_home_and_holds_events_only(self):
        self.assertAllowedParentPageTypes(EventIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage})
        self.assertAllowedSubpageTypes(EventPage, set())

    def test_there_is_one_event_index(self):
        home = site_home()
        EventIndexPageFactory(parent=home)
        self.assertFalse(EventIndexPage.can_create_at(home))

    def test_editor_creates_an_event_in_dutch_time(self):
        index = EventIndexPageFactory()
        # A superuser needs the second factor: force_login verifies it (tests/conftest.py).
        self.client.force_login(self.create_superuser("admin"))
        data = nested_form_data(
            {
                "title": "Regiobijeenkomst",
                "slug": "regiobijeenkomst",
                "intro": "Een middag.",
                "start": "2030-06-01 14:00",
                "end": "2030-06-01 16:00",
                "location_name": "Bibliotheek",
                "address": "",
                "online_url": "",
                "region": Province.objects.get(slug="utrecht").pk,
                "audience": "onderwijs",
                "body": streamfield([]),
                "registration_url": "",
                "report_story": "",
                "materials": inline_formset([]),
                "tags": "",
            }
        )
        self.assertCanCreate(index, EventPage, data)
        event = EventPage.objects.get(slug="regiobijeenkomst")
        # 14:00 summer time in Amsterdam is 12:00 UTC.
        self.assertEqual(event.start.astimezone(UTC), datetime.datetime(2030, 6, 1, 12, tzinfo=UTC))

    def test_end_before_start_is_refused(self):
        event = EventPage(
            title="x",
            slug="x",
            intro="x",
            start=local(2030, 1, 2, 10),
            end=local(2030, 1, 2, 9),
            location_name="x",
        )
        with self.assertRaises(ValidationError):
            event.clean()


def test_index_splits_upcoming_and_past_and_hides_drafts(client, index, clock):
    clock(local(2030, 6, 1, 12, 0))
    EventPageFactory(parent=index, title="Volgende week", start=local(2030, 6, 8, 14))
    EventPageFactory(parent=index, title="Vorige week", start=local(2030, 5, 25, 14))
    EventPageFactory(parent=index, title="Nu bezig", start=local(2030, 6, 1, 11))
    EventPageFactory(parent=index, title="Conceptbijeenkomst", start=local(2030, 6, 9), live=False)
    html = client.get("/bijeenkomsten/").content.decode()
    upcoming, past = section(html, "upcoming-heading"), section(html, "past-heading")
    assert html.index("Nu bezig") < html.index("Volgende week")
    assert "Nu bezig" in upcoming and "Volgende week" in upcoming
    assert "Vorige week" in past and "Vorige week" not in upcoming
    assert "Conceptbijeenkomst" not in html


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (local(2030, 6, 1, 23, 59, 59), "upcoming"),
        (local(2030, 6, 2, 0, 0, 0), "past"),
        (local(2030, 6, 2, 0, 0, 1), "past"),
    ],
)
def test_split_at_midnight_in_amsterdam(client, index, clock, now, expected):
    # Ends at midnight local time, which is 22:00 UTC the day before.
    EventPageFactory(
        parent=index,
        title="Avondprogramma",
        start=local(2030, 6, 1, 20, 0),
        end=local(2030, 6, 2, 0, 0),
    )
    clock(now)
    html = client.get("/bijeenkomsten/").content.decode()
    assert ("Avondprogramma" in section(html, "upcoming-heading")) == (expected == "upcoming")
    assert ("Avondprogramma" in section(html, "past-heading")) == (expected == "past")


def test_start_shortly_after_midnight_shows_the_amsterdam_date(client, index, clock):
    clock(local(2030, 1, 1, 12))
    # 00:30 in Amsterdam on 15 January is 23:30 UTC on 14 January.
    event = EventPageFactory(parent=index, title="Nachtsessie", start=local(2030, 1, 15, 0, 30))
    assert event.start.astimezone(UTC).day == 14
    html = client.get(event.url).content.decode()
    assert "15 januari 2030, 00:30" in html
    assert 'datetime="2030-01-15T00:30:00+01:00"' in html


@pytest.mark.parametrize(
    ("now_utc", "expected"),
    [
        # Spring forward: 28 March 2027, 02:00 CET becomes 03:00 CEST (01:00 UTC).
        # The event ends at 03:30 CEST = 01:30 UTC.
        (datetime.datetime(2027, 3, 28, 1, 29, 59, tzinfo=UTC), "upcoming"),
        (datetime.datetime(2027, 3, 28, 1, 30, 0, tzinfo=UTC), "past"),
    ],
)
def test_split_around_the_spring_dst_change(client, index, clock, now_utc, expected):
    EventPageFactory(
        parent=index,
        title="Nachtwandeling",
        start=local(2027, 3, 28, 1, 0),
        end=local(2027, 3, 28, 3, 30),
    )
    clock(now_utc)
    html = client.get("/bijeenkomsten/").content.decode()
    assert ("Nachtwandeling" in section(html, "upcoming-heading")) == (expected == "upcoming")


def test_split_around_the_autumn_dst_change(db, index, clock):
    # 25 October 2026: 03:00 CEST falls back to 02:00 CET; 02:30 happens twice.
    first = local(2026, 10, 25, 2, 30)  # 00:30 UTC (summer time)
    second = local(2026, 10, 25, 2, 30, fold=1)  # 01:30 UTC (winter time)
    early = EventPageFactory(parent=index, start=first - datetime.timedelta(hours=1), end=first)
    late = EventPageFactory(parent=index, start=second - datetime.timedelta(hours=1), end=second)
    assert late.end - early.end == datetime.timedelta(hours=1)
    now = datetime.datetime(2026, 10, 25, 1, 0, tzinfo=UTC)  # 02:00 CET, after the fold
    upcoming = set(EventPage.objects.live().upcoming(now).values_list("pk", flat=True))
    past = set(EventPage.objects.live().past(now).values_list("pk", flat=True))
    assert upcoming == {late.pk}
    assert past == {early.pk}


def test_filters_by_region_and_audience(client, index, clock):
    clock(local(2030, 1, 1))
    utrecht = Province.objects.get(slug="utrecht")
    EventPageFactory(parent=index, title="In Utrecht", region=utrecht, audience="onderwijs")
    EventPageFactory(parent=index, title="Landelijk online", online=True, audience="gemeenten")
    by_region = client.get("/bijeenkomsten/?regio=utrecht").content.decode()
    assert "In Utrecht" in by_region and "Landelijk online" not in by_region
    by_audience = client.get("/bijeenkomsten/?doelgroep=gemeenten").content.decode()
    assert "Landelijk online" in by_audience and "In Utrecht" not in by_audience


@pytest.mark.parametrize(
    ("query", "status", "message"),
    [
        ("regio=atlantis", 400, "Onbekende regio"),
        ("doelgroep=piraten", 400, "Onbekende doelgroep"),
        ("pagina=x", 400, "Het paginanummer moet een getal zijn."),
        ("pagina=7", 404, "bestaat niet"),
    ],
)
def test_bad_input_gives_a_clear_message(client, index, query, status, message):
    response = client.get(f"/bijeenkomsten/?{query}")
    assert response.status_code == status
    assert message in response.content.decode()


def test_index_runs_a_fixed_number_of_queries(client, index, clock, django_assert_max_num_queries):
    clock(local(2030, 6, 1))
    utrecht = Province.objects.get(slug="utrecht")
    for n in range(6):
        EventPageFactory(parent=index, region=utrecht, start=local(2030, 6, 2 + n, 10))
        EventPageFactory(parent=index, region=utrecht, start=local(2030, 5, 1 + n, 10))
    client.get("/bijeenkomsten/")
    with django_assert_max_num_queries(20):
        assert client.get("/bijeenkomsten/").status_code == 200


def test_ical_download_of_one_event_parses_back(client, index):
    event = EventPageFactory(
        parent=index,
        title="Webinar informatie delen",
        intro="Wat deel je, met wie?",
        start=local(2030, 11, 5, 19, 30),
        end=local(2030, 11, 5, 21, 0),
        online=True,
        location_name="",
    )
    response = client.get(f"{event.url}ical/")
    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="{event.slug}.ics"'
    calendar = parse_ics(response)
    assert str(calendar["VERSION"]) == "2.0"
    (vevent,) = calendar.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == "Webinar informatie delen"
    assert vevent.decoded("DTSTART") == datetime.datetime(2030, 11, 5, 18, 30, tzinfo=UTC)
    assert vevent.decoded("DTEND") == local(2030, 11, 5, 21, 0)
    assert str(vevent["LOCATION"]) == "online"
    assert str(vevent["URL"]).endswith(event.url)
    assert str(vevent["UID"]) == f"bijeenkomst-{event.pk}@jos-kennisportaal"


def test_ical_feed_holds_upcoming_published_events_only(client, index, clock):
    clock(local(2030, 6, 1, 12))
    EventPageFactory(parent=index, title="Komt nog", start=local(2030, 6, 10, 10))
    EventPageFactory(parent=index, title="Was al", start=local(2030, 5, 10, 10))
    EventPageFactory(parent=index, title="Concept", start=local(2030, 6, 11, 10), live=False)
    calendar = parse_ics(client.get("/bijeenkomsten/ical/"))
    assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == ["Komt nog"]


def test_ical_feed_keeps_filters_and_rejects_bad_ones(client, index, clock):
    clock(local(2030, 1, 1))
    EventPageFactory(parent=index, title="Voor gemeenten", audience="gemeenten")
    EventPageFactory(parent=index, title="Voor iedereen")
    calendar = parse_ics(client.get("/bijeenkomsten/ical/?doelgroep=gemeenten"))
    assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == ["Voor gemeenten"]
    assert client.get("/bijeenkomsten/ical/?regio=nergens").status_code == 400


def test_ical_across_the_autumn_dst_change_is_in_utc(client, index):
    event = EventPageFactory(
        parent=index,
        start=local(2026, 10, 25, 1, 30),  # CEST, 23:30 UTC the day before
        end=local(2026, 10, 25, 2, 30, fold=1),  # CET, 01:30 UTC
    )
    (vevent,) = parse_ics(client.get(f"{event.url}ical/")).walk("VEVENT")
    assert vevent.decoded("DTSTART") == datetime.datetime(2026, 10, 24, 23, 30, tzinfo=UTC)
    assert vevent.decoded("DTEND") == datetime.datetime(2026, 10, 25, 1, 30, tzinfo=UTC)


def test_draft_event_has_no_page_and_no_ical(client, index):
    EventPageFactory(parent=index, slug="geheim", live=False)
    assert client.get("/bijeenkomsten/geheim/").status_code == 404
    assert client.get("/bijeenkomsten/geheim/ical/").status_code == 404


def test_event_page_has_schema_org_event_json_ld(client, index, clock):
    clock(local(2030, 1, 1))
    event = EventPageFactory(
        parent=index,
        title="Regiomiddag",
        start=local(2030, 6, 1, 14),
        location_name="Bibliotheek Neude",
        address="Neude 11, Utrecht",
        registration_url="https://example.org/aanmelden",
        is_full=True,
    )
    html = client.get(event.url).content.decode()
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)[1]
    )
    assert data["@type"] == "Event"
    assert data["name"] == "Regiomiddag"
    assert data["startDate"] == "2030-06-01T14:00:00+02:00"
    assert data["endDate"] == "2030-06-01T16:00:00+02:00"
    assert data["location"]["@type"] == "Place"
    assert data["eventAttendanceMode"].endswith("OfflineEventAttendanceMode")
    assert data["offers"]["availability"] == "https://schema.org/SoldOut"
    assert "aanmelden kan niet meer" in html
    assert 'href="https://example.org/aanmelden"' not in html


def test_past_event_shows_materials_and_report_but_no_registration(client, index, clock):
    from django.core.files.base import ContentFile

    from wagtail.documents.models import Document

    from jos_portal.events.models import EventDocument

    clock(local(2030, 6, 1))
    stories = StoryIndexPageFactory()
    report = StoryPageFactory(parent=stories, title="Verslag van de middag")
    document = Document(title="Dia's van de middag")
    document.file.save("dias.pdf", ContentFile(b"%PDF-1.4"), save=False)
    document.save()
    event = EventPageFactory(
        parent=index,
        start=local(2030, 5, 1, 14),
        registration_url="https://example.org/aanmelden",
        report_story=report,
        materials=[EventDocument(document=document)],
    )
    html = client.get(event.url).content.decode()
    assert "Materiaal van deze bijeenkomst" in html
    assert "Dia&#x27;s van de middag" in html or "Dia's van de middag" in html
    assert "Verslag van de middag" in html
    assert "Aanmelden" not in html and "ical/" not in html


def test_upcoming_event_offers_registration_and_ical(client, index, clock):
    clock(local(2030, 1, 1))
    event = EventPageFactory(parent=index, registration_url="https://example.org/aanmelden")
    html = client.get(event.url).content.decode()
    assert 'href="https://example.org/aanmelden"' in html
    assert f'href="{event.url}ical/"' in html
