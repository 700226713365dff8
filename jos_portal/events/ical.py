"""iCalendar (RFC 5545) for events, written with the icalendar library."""

import datetime

from django.http import HttpResponse
from django.utils import timezone

import icalendar

from jos_portal.taxonomy.provenance import labelled

PRODID = "-//Platform JEP//JOS kennisportaal//NL"


def event_component(request, event, stamp):
    component = icalendar.Event()
    component.add("uid", f"bijeenkomst-{event.pk}@jos-kennisportaal")
    component.add("dtstamp", stamp)
    # UTC in the file: unambiguous across DST changes, every calendar converts it back.
    component.add("dtstart", event.start.astimezone(datetime.UTC))
    component.add("dtend", event.end.astimezone(datetime.UTC))
    component.add("summary", labelled(event, event.title))
    component.add("description", event.intro)
    component.add("location", event.place)
    url = request.build_absolute_uri(event.get_url(request))
    component.add("url", url)
    if event.last_published_at:
        component.add("last-modified", event.last_published_at.astimezone(datetime.UTC))
    component.add("status", "CONFIRMED")
    return component


def calendar_response(request, events, name, filename):
    """An .ics with one VEVENT per event; a download when a filename is given."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/Amsterdam")
    stamp = timezone.now().astimezone(datetime.UTC).replace(microsecond=0)
    for event in events:
        calendar.add_component(event_component(request, event, stamp))
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
