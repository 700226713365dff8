"""Dutch vocabulary shown in the English interface is marked lang="nl" (WCAG 3.1.2): the
practice list's filter options, a topic page, the factor map and an event's place."""

import re

from django.utils import translation

import pytest

from jos_portal.events.models import EventPage

pytestmark = pytest.mark.django_db


def test_filter_options_from_the_database_are_marked_dutch_in_english(client, demo):
    html = client.get("/en/praktijkvoorbeelden/").content.decode()
    factor_labels = re.findall(r'<label for="f-factor-[^"]+">(.*?)</label>', html, re.S)
    assert factor_labels and all(label.startswith('<span lang="nl">') for label in factor_labels)
    topic_labels = re.findall(r'<label for="f-onderwerp-[^"]+">(.*?)</label>', html, re.S)
    assert topic_labels and all(label.startswith('<span lang="nl">') for label in topic_labels)
    # Place names and translated choices are not wrapped.
    province = re.findall(r'<label for="f-provincie-[^"]+">(.*?)</label>', html, re.S)
    assert province and not any('lang="nl"' in label for label in province)
    stage = re.findall(r'<label for="f-fase-[^"]+">(.*?)</label>', html, re.S)
    assert stage and not any('lang="nl"' in label for label in stage)


def test_topic_factor_map_and_event_place_are_marked(client, demo):
    html = client.get("/en/onderwerpen/veiligheid/").content.decode()
    assert re.search(r'<h1 lang="nl">Veiligheid</h1>', html)
    factor_map = client.get("/en/factoren/").content.decode()
    assert 'lang="nl">' in factor_map.split("<table")[1]
    event = EventPage.objects.live().public().exclude(location_name="").first()
    assert event.place
    with translation.override("nl"):
        path = event.url
    response = client.get("/en" + path)
    assert response.status_code == 200, (event.url, response.status_code)
    page = response.content.decode()
    assert '<span lang="nl">' + event.place in page.replace("&#x27;", "'")
