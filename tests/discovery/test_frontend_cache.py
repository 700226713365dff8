"""CDN purges (wagtail.contrib.frontend_cache) for records and pages: which URLs, when."""

import datetime
from urllib.parse import urlsplit

from wagtail.contrib.frontend_cache.backends import BaseBackend

import pytest

from jos_portal.taxonomy.models import Factor, Municipality
from tests.factories.events import EventIndexPageFactory, EventPageFactory
from tests.factories.practices import PracticeFactory
from tests.factories.publications import PublicationFactory
from tests.factories.stories import StoryIndexPageFactory, StoryPageFactory, TipFactory
from tests.factories.workshops import SessionFactory, WorkplaceFactory

pytestmark = pytest.mark.django_db

EVERYWHERE = {"/", "/feed/", "/sitemap.xml", "/en/", "/en/feed/"}


class RecordingBackend(BaseBackend):
    """Remembers the URLs it was asked to purge."""

    purged = []

    def purge(self, url):
        RecordingBackend.purged.append(url)


@pytest.fixture
def purged(settings, django_capture_on_commit_callbacks):
    """The purged paths of what happens inside ``with purged() as paths:``."""
    settings.WAGTAILFRONTENDCACHE = {"test": {"BACKEND": f"{__name__}.RecordingBackend"}}

    class Capture:
        def __enter__(self):
            RecordingBackend.purged.clear()
            self.commit = django_capture_on_commit_callbacks(execute=True)
            self.commit.__enter__()
            self.paths = set()
            return self.paths

        def __exit__(self, *exc):
            self.commit.__exit__(*exc)
            self.paths.update(urlsplit(url).path for url in RecordingBackend.purged)
            assert all(url.startswith("http://localhost") for url in RecordingBackend.purged)

    return Capture


@pytest.fixture
def tilburg():
    return Municipality.objects.get(code="GM0855")


@pytest.fixture
def factor(db):
    return Factor.objects.create(name="Vaste mentor", kind="succesfactor", description="<p>x</p>")


def test_nothing_is_purged_without_a_frontend_cache(settings, django_capture_on_commit_callbacks):
    settings.WAGTAILFRONTENDCACHE = None
    RecordingBackend.purged.clear()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        practice = PracticeFactory(tags=["pesten"])
        practice.unpublish()
        practice.delete()
    assert RecordingBackend.purged == []
    assert not any("PurgeBatch" in repr(c) for c in callbacks)


def test_publishing_a_practice_purges_every_page_that_shows_it(purged, tilburg, factor):
    breda = Municipality.objects.get(code="GM0758")
    with purged() as paths:
        practice = PracticeFactory(
            slug="pauze",
            municipality=tilburg,
            extra_municipalities=[breda],
            tags=["pesten"],
            factors=[factor],
        )
    expected = {
        "/praktijkvoorbeelden/pauze/",
        "/en/praktijkvoorbeelden/pauze/",
        "/praktijkvoorbeelden/",
        "/praktijkvoorbeelden/feed/",
        "/praktijkvoorbeelden/export.csv",
        "/praktijkvoorbeelden/export.xlsx",
        "/onderwerpen/",
        "/onderwerpen/pesten/",
        "/en/onderwerpen/pesten/",
        "/factoren/",
        f"/factoren/{factor.slug}/",
        "/regio/",
        "/regio/noord-brabant/",
        "/regio/noord-brabant/tilburg/",
        "/regio/noord-brabant/breda/",
        *EVERYWHERE,
    }
    assert expected <= paths, expected - paths
    assert practice.live


def test_a_draft_edit_purges_nothing(purged, tilburg):
    practice = PracticeFactory(tags=["pesten"])
    with purged() as paths:
        practice.title = "Nog niet gepubliceerd"
        practice.save_revision()
        PracticeFactory(title="Nieuw concept", live=False)
    assert paths == set()


def test_republishing_with_other_tags_and_place_purges_the_old_pages_too(purged, tilburg):
    practice = PracticeFactory(slug="pauze", municipality=tilburg, tags=["pesten"])
    practice.tags.set(["weerbaarheid"])
    practice.municipality = Municipality.objects.get(code="GM0344")
    with purged() as paths:
        practice.save_revision().publish()
    assert {
        "/onderwerpen/pesten/",
        "/onderwerpen/weerbaarheid/",
        "/regio/noord-brabant/tilburg/",
        "/regio/utrecht/utrecht/",
    } <= paths


def test_unpublishing_and_deleting_a_practice_purge_its_pages(purged, tilburg):
    practice = PracticeFactory(slug="pauze", municipality=tilburg, tags=["pesten"])
    for action in (practice.unpublish, practice.save_revision().publish, practice.delete):
        with purged() as paths:
            action()
        assert {
            "/praktijkvoorbeelden/pauze/",
            "/onderwerpen/pesten/",
            "/regio/noord-brabant/tilburg/",
            "/praktijkvoorbeelden/feed/",
            *EVERYWHERE,
        } <= paths, action


def test_deleting_a_draft_purges_nothing(purged):
    practice = PracticeFactory(live=False)
    with purged() as paths:
        practice.delete()
    assert paths == set()


def test_sessions_purge_their_workplace_topics_factors_and_region(purged, factor):
    workplace = WorkplaceFactory(slug="tilburg")
    with purged() as paths:
        session = SessionFactory(slug="kick-off", workplace=workplace, findings=[(factor, 2)])
    expected = {
        "/werkplaatsen/tilburg/kick-off/",
        "/en/werkplaatsen/tilburg/kick-off/",
        "/werkplaatsen/tilburg/",
        "/werkplaatsen/",
        "/werkplaatsen/feed/",
        f"/factoren/{factor.slug}/",
        "/factoren/",
        "/regio/noord-brabant/tilburg/",
        *EVERYWHERE,
    }
    assert expected <= paths, expected - paths
    for action in (session.unpublish, session.save_revision().publish, session.delete):
        with purged() as paths:
            action()
        assert "/werkplaatsen/tilburg/kick-off/" in paths, action


def test_publications_purge_their_citations_list_feed_and_factors(purged, factor):
    with purged() as paths:
        publication = PublicationFactory(
            slug="handen-ineen", tags=["weerbaarheid"], chapters=[("Inleiding", [factor])]
        )
    expected = {
        "/publicaties/handen-ineen/",
        "/publicaties/handen-ineen/citeer.bib",
        "/publicaties/handen-ineen/citeer.ris",
        "/publicaties/",
        "/publicaties/feed/",
        "/onderwerpen/weerbaarheid/",
        f"/factoren/{factor.slug}/",
        *EVERYWHERE,
    }
    assert expected <= paths, expected - paths
    with purged() as paths:
        publication.unpublish()
    assert "/publicaties/handen-ineen/" in paths


def test_tips_purge_the_tip_list_and_their_factors(purged, factor):
    with purged() as paths:
        tip = TipFactory(factors=[factor], tags=["pesten"])
    assert {"/tips/", "/en/tips/", f"/factoren/{factor.slug}/", "/onderwerpen/pesten/"} <= paths
    with purged() as paths:
        tip.delete()
    assert "/tips/" in paths


def test_factors_and_workplaces_purge_on_save_and_delete(purged, factor):
    with purged() as paths:
        factor.description = "<p>Beter beschreven.</p>"
        factor.save()
    assert {f"/factoren/{factor.slug}/", "/factoren/", "/praktijkvoorbeelden/"} <= paths
    with purged() as paths:
        factor.delete()
    assert f"/factoren/{factor.slug}/" in paths
    workplace = WorkplaceFactory(slug="utrecht")
    with purged() as paths:
        workplace.research_question = "Wat werkt in Utrecht?"
        workplace.save()
    assert {"/werkplaatsen/utrecht/", "/werkplaatsen/", "/regio/"} <= paths


def test_pages_purge_their_index_and_its_feed_in_both_languages(purged):
    stories = StoryIndexPageFactory()
    with purged() as paths:
        StoryPageFactory(parent=stories, slug="samen", tags=["pesten"])
    assert {
        "/verhalen/samen/",
        "/en/verhalen/samen/",
        "/verhalen/",
        "/verhalen/feed/",
        "/en/verhalen/feed/",
        "/onderwerpen/pesten/",
        *EVERYWHERE,
    } <= paths
    events = EventIndexPageFactory()
    start = datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=3)
    with purged() as paths:
        event = EventPageFactory(parent=events, start=start, end=start, slug="webinar")
    assert {"/bijeenkomsten/webinar/ical/", "/bijeenkomsten/ical/", "/bijeenkomsten/"} <= paths
    with purged() as paths:
        event.unpublish()
    assert "/bijeenkomsten/webinar/" in paths


def test_the_backend_comes_from_the_environment(monkeypatch):
    from django.core.exceptions import ImproperlyConfigured

    from jos_portal.settings.base import frontend_cache_from_env

    monkeypatch.delenv("FRONTEND_CACHE_BACKEND", raising=False)
    assert frontend_cache_from_env() is None
    monkeypatch.setenv("FRONTEND_CACHE_BACKEND", "varnish")
    with pytest.raises(ImproperlyConfigured, match="FRONTEND_CACHE_LOCATION"):
        frontend_cache_from_env()
    monkeypatch.setenv("FRONTEND_CACHE_LOCATION", "http://127.0.0.1:6081")
    monkeypatch.setenv("FRONTEND_CACHE_HOSTNAMES", "jos.example.nl, www.jos.example.nl")
    assert frontend_cache_from_env() == {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://127.0.0.1:6081",
            "HOSTNAMES": ["jos.example.nl", "www.jos.example.nl"],
        }
    }
    monkeypatch.setenv("FRONTEND_CACHE_BACKEND", "cloudflare")
    monkeypatch.setenv("FRONTEND_CACHE_ZONEID", "zone")
    monkeypatch.setenv("FRONTEND_CACHE_BEARER_TOKEN", "token")
    config = frontend_cache_from_env()["default"]
    assert config["BACKEND"].endswith("CloudflareBackend")
    assert (config["ZONEID"], config["BEARER_TOKEN"]) == ("zone", "token")
    monkeypatch.setenv("FRONTEND_CACHE_BACKEND", "akamai")
    with pytest.raises(ImproperlyConfigured, match="Onbekende"):
        frontend_cache_from_env()
