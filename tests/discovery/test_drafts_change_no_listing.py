"""A draft of a live record, of any type, changes nothing a visitor sees: no list, filter,
count, topic, region, feed, export, API answer or search hit moves until it is published.

The draft is saved the way Wagtail's edit views save one on a live record: the changes
stay on the instance in memory and go into a revision (``EditAction`` for snippets,
``save_revision`` for pages)."""

import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client

from wagtail.actions.edit import EditAction

import pytest

from jos_portal.accounts.roles import CONTRIBUTOR
from jos_portal.taxonomy.models import Province
from tests.factories.events import EventIndexPageFactory, EventPageFactory
from tests.factories.stories import TipFactory

pytestmark = pytest.mark.django_db

DRAFT_TITLE = "Conceptwijziging Vlieland"


@pytest.fixture
def contributor(db):
    user = get_user_model().objects.create_user("bijdrager", "b@example.nl", "Een-lang-ww-2026")
    user.groups.add(Group.objects.get(name=CONTRIBUTOR))
    return user


@pytest.fixture
def records(portal):
    utrecht = Province.objects.get(slug="utrecht")
    index = EventIndexPageFactory()
    event = EventPageFactory(parent=index, title="Netwerkmiddag", region=utrecht, tags=["pesten"])
    tip = TipFactory(title="Maak vaste afspraken", tags=["pesten"])
    return {**portal, "events": {"index": index, "event": event}, "tip": tip}


def body(response):
    assert response.status_code == 200, response
    text = (
        b"".join(response.streaming_content) if response.streaming else response.content
    ).decode()
    # Dates of "now" in empty feeds or calendars are no change to their content.
    text = re.sub(r"<updated>[^<]*</updated>", "", text) if "<entry>" not in text else text
    return re.sub(r"DTSTAMP:\S+", "", text)


def public_channels(records):
    anonymous = Client()
    session = records["sessions"]["kickoff"]
    publication = records["publications"]["handen"]
    event, index = records["events"]["event"], records["events"]["index"]
    urls = [
        "/werkplaatsen/",
        records["workplace"].get_absolute_url(),
        session.get_absolute_url(),
        "/werkplaatsen/feed/",
        "/publicaties/",
        "/publicaties/?onderwerp=pesten",
        publication.get_absolute_url(),
        "/publicaties/feed/",
        index.url,
        f"{index.url}?regio=utrecht",
        f"{index.url}?regio=fryslan",
        f"{index.url}ical/",
        event.url,
        "/tips/",
        "/onderwerpen/",
        "/onderwerpen/pesten/",
        "/factoren/",
        "/regio/",
        "/regio/noord-brabant/",
        "/regio/fryslan/",
        "/feed/",
        "/sitemap.xml",
        "/zoeken/?q=Vlieland",
        "/zoeken/?q=pesten",
        "/api/v1/sessions/",
        "/api/v1/publications/",
        "/api/v1/topics/",
        "/api/v1/topics/pesten/",
    ]
    return {url: body(anonymous.get(url)) for url in urls}


def test_drafts_of_live_sessions_publications_tips_and_events_change_no_public_channel(
    records, contributor
):
    before = public_channels(records)

    session = records["sessions"]["kickoff"]
    session.title = DRAFT_TITLE
    session.tags.set(["conceptonderwerp"])
    session.findings = []

    publication = records["publications"]["handen"]
    publication.title = DRAFT_TITLE
    publication.year = 1999
    publication.tags.set(["conceptonderwerp"])
    publication.chapters = []

    tip = records["tip"]
    tip.title = DRAFT_TITLE
    tip.tags.set(["conceptonderwerp"])

    for record in (session, publication, tip):
        EditAction(record, user=contributor).execute(skip_permission_checks=True)
        record.refresh_from_db()
        assert record.live and record.has_unpublished_changes
        assert record.get_latest_revision_as_object().title == DRAFT_TITLE

    event = records["events"]["event"]
    event.title = DRAFT_TITLE
    event.region = Province.objects.get(slug="fryslan")
    event.tags.set(["conceptonderwerp"])
    event.save_revision(user=contributor)
    event.refresh_from_db()
    assert event.live and event.has_unpublished_changes

    after = public_channels(records)
    assert [url for url in before if after[url] != before[url]] == []
    assert not any(DRAFT_TITLE in text for text in after.values())
