"""ETag and Last-Modified on feeds, calendars, exports and the sitemap; 304 on revalidation."""

import datetime

from django.utils.http import http_date

import pytest

from tests.factories.events import EventIndexPageFactory, EventPageFactory
from tests.factories.practices import PracticeFactory
from tests.factories.publications import PublicationFactory
from tests.factories.stories import StoryIndexPageFactory, StoryPageFactory
from tests.factories.workshops import SessionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def content(db):
    practice = PracticeFactory(title="Jongerenwerker in de pauze", tags=["pesten"])
    publication = PublicationFactory(title="Handen ineen")
    SessionFactory(title="Kick-off")
    stories = StoryIndexPageFactory()
    StoryPageFactory(parent=stories, title="Samen in de pauze")
    events = EventIndexPageFactory()
    start = datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=7)
    event = EventPageFactory(parent=events, start=start, end=start + datetime.timedelta(hours=2))
    return {"practice": practice, "publication": publication, "event": event}


def urls(content):
    slug = content["publication"].slug
    return [
        "/praktijkvoorbeelden/feed/",
        "/praktijkvoorbeelden/feed/?onderwerp=pesten",
        "/praktijkvoorbeelden/export.csv",
        "/praktijkvoorbeelden/export.xlsx?onderwerp=pesten",
        "/praktijkvoorbeelden/?format=csv",
        "/publicaties/feed/",
        f"/publicaties/{slug}/citeer.bib",
        f"/publicaties/{slug}/citeer.ris",
        "/werkplaatsen/feed/",
        "/feed/",
        "/en/feed/",
        "/verhalen/feed/",
        "/bijeenkomsten/ical/",
        content["event"].url + "ical/",
        "/sitemap.xml",
    ]


def test_feeds_and_exports_carry_validators_and_answer_304(client, content):
    for url in urls(content):
        response = client.get(url)
        assert response.status_code == 200, url
        etag, modified = response["ETag"], response["Last-Modified"]
        assert etag.startswith('W/"'), url
        again = client.get(url, HTTP_IF_NONE_MATCH=etag)
        assert again.status_code == 304, url
        assert again.content == b""
        assert again["ETag"] == etag
        assert client.get(url, HTTP_IF_MODIFIED_SINCE=modified).status_code == 304, url
        assert client.get(url, HTTP_IF_NONE_MATCH='W/"1-anders"').status_code == 200, url


def test_each_url_and_language_has_its_own_etag(client, content):
    etags = {url: client.get(url)["ETag"] for url in urls(content)}
    assert len(set(etags.values())) == len(etags)


def test_an_unmodified_revalidation_does_not_build_the_export(
    client, content, django_assert_max_num_queries
):
    etag = client.get("/praktijkvoorbeelden/export.csv")["ETag"]
    with django_assert_max_num_queries(0):
        response = client.get("/praktijkvoorbeelden/export.csv", HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304


def test_publishing_changes_the_validators(client, content):
    first = client.get("/praktijkvoorbeelden/feed/")
    PracticeFactory(title="Nieuw voorbeeld")
    response = client.get("/praktijkvoorbeelden/feed/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert response.status_code == 200
    assert b"Nieuw voorbeeld" in response.content
    assert response["ETag"] != first["ETag"]


def test_unpublishing_changes_the_validators(client, content):
    first = client.get("/praktijkvoorbeelden/export.csv")
    content["practice"].unpublish()
    response = client.get("/praktijkvoorbeelden/export.csv", HTTP_IF_NONE_MATCH=first["ETag"])
    assert response.status_code == 200
    assert b"Jongerenwerker in de pauze" not in b"".join(response.streaming_content)


def test_a_draft_edit_of_a_published_record_keeps_the_validators(client, content):
    first = client.get("/publicaties/feed/")
    publication = content["publication"]
    publication.title = "Conceptitel die nog niemand ziet"
    publication.save_revision()
    response = client.get("/publicaties/feed/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert response.status_code == 304
    publication.locked = True
    publication.save(update_fields=["locked", "locked_at", "locked_by"])
    assert client.get("/publicaties/feed/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304


def test_a_new_draft_record_conservatively_counts_as_a_change(client, content):
    first = client.get("/publicaties/feed/")
    PublicationFactory(title="Nog geheim", live=False)
    response = client.get("/publicaties/feed/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert response.status_code == 200
    assert b"Nog geheim" not in response.content


def test_last_modified_follows_the_last_change(client, content):
    before = client.get("/werkplaatsen/feed/")["Last-Modified"]
    stale = http_date(0)
    assert client.get("/werkplaatsen/feed/", HTTP_IF_MODIFIED_SINCE=stale).status_code == 200
    assert client.get("/werkplaatsen/feed/", HTTP_IF_MODIFIED_SINCE=before).status_code == 304


def test_bad_filters_get_no_validators(client, content):
    response = client.get("/praktijkvoorbeelden/feed/?pagina=x&provincie=" + "x" * 500)
    assert response.status_code in (400, 404)
    assert "ETag" not in response or not response["ETag"].startswith('W/"')
