from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest
from taggit.models import Tag

from jos_portal.core.models import ContentPage
from jos_portal.discovery.models import TopicIntro
from jos_portal.taxonomy.models import Factor
from practices.models import Practice
from publications.models import Publication
from tests.factories.practices import PracticeFactory
from tests.factories.publications import PublicationFactory
from workshops.models import Session

pytestmark = pytest.mark.django_db


def brute_force(tag):
    """What a topic holds, counted the slow and obvious way."""
    return {
        "practices": sum(1 for p in Practice.objects.filter(live=True) if tag in p.tags.all()),
        "sessions": sum(1 for s in Session.objects.filter(live=True) if tag in s.tags.all()),
        "factors": sum(1 for f in Factor.objects.all() if tag in f.tags.all()),
        "publications": sum(
            1 for p in Publication.objects.filter(live=True) if tag in p.tags.all()
        ),
        "pages": sum(1 for p in ContentPage.objects.filter(live=True) if tag in p.tags.all()),
    }


def test_topic_index_counts_match_a_brute_force_count(client, portal):
    response = client.get("/onderwerpen/")
    assert response.status_code == 200
    rows = {t["slug"]: t for t in response.context["topics"]}
    for tag in Tag.objects.all():
        expected = {k: v for k, v in brute_force(tag).items() if v}
        if not expected:
            assert tag.slug not in rows, f"{tag.slug} has only drafts"
            continue
        assert rows[tag.slug]["counts"] == expected, tag.slug
        assert rows[tag.slug]["total"] == sum(expected.values())
    assert rows["pesten"]["counts"] == {
        "practices": 2,
        "sessions": 1,
        "factors": 1,
        "publications": 1,
        "pages": 1,
    }
    assert "geheimtag" not in rows  # only on a draft practice


def test_topic_index_sorts_by_count_then_name_and_links_each_topic(client, portal):
    response = client.get("/onderwerpen/")
    slugs = [t["slug"] for t in response.context["topics"]]
    assert slugs == ["pesten", "weerbaarheid"]
    html = response.content.decode()
    assert 'href="/onderwerpen/pesten/"' in html
    assert "<caption" in html and 'scope="col"' in html


def test_topic_page_groups_everything_published_by_type(client, portal):
    response = client.get("/onderwerpen/pesten/")
    assert response.status_code == 200
    groups = {g["key"]: g for g in response.context["groups"]}
    tag = Tag.objects.get(slug="pesten")
    for key, n in brute_force(tag).items():
        assert groups[key]["count"] == n, key
        assert len(groups[key]["items"]) == n
    html = response.content.decode()
    for title in (
        "Jongerenwerker in de pauze",
        "Mentoruur met het jongerenwerk",
        "Kick-off over pesten",
        "Vaste mentor",
        "Handen ineen",
        "Over pesten op school",
    ):
        assert title in html
    for secret in ("Geheim conceptvoorbeeld", "Geheime conceptsessie", "Geheim rapport"):
        assert secret not in html
    assert "Geheime pagina" not in html
    assert groups["practices"]["url"] == "/praktijkvoorbeelden/?onderwerp=pesten"
    assert groups["publications"]["url"] == "/publicaties/?onderwerp=pesten"
    assert groups["factors"]["url"] == "/factoren/?onderwerp=pesten"
    assert 'href="/praktijkvoorbeelden/?onderwerp=pesten"' in html
    # The linked list shows the same number.
    listed = client.get(groups["practices"]["url"])
    assert listed.context["page_obj"].paginator.count == groups["practices"]["count"]


def test_topic_page_shows_the_editors_intro(client, portal):
    TopicIntro.objects.create(
        tag=Tag.objects.get(slug="pesten"), intro="<p>Pesten raakt <b>iedereen</b>.</p>"
    )
    html = client.get("/onderwerpen/pesten/").content.decode()
    assert "Pesten raakt <b>iedereen</b>." in html


def test_unknown_topic_is_404(client, portal):
    assert client.get("/onderwerpen/bestaat-niet/").status_code == 404
    assert client.get("/onderwerpen/%3Cscript%3E/").status_code == 404


def test_topic_queries_do_not_grow_with_the_data(client, portal):
    def count(url):
        cache.clear()  # cold: the page's cached aggregates are computed every time
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured.captured_queries)

    count("/onderwerpen/")  # warm Wagtail's site and settings caches
    count("/onderwerpen/pesten/")
    before = (count("/onderwerpen/"), count("/onderwerpen/pesten/"))
    for i in range(15):
        PracticeFactory(title=f"Extra {i}", tags=["pesten", f"extra-{i}"])
        PublicationFactory(title=f"Extra publicatie {i}", tags=["pesten"])
    after = (count("/onderwerpen/"), count("/onderwerpen/pesten/"))
    assert after == before


def test_editors_write_a_topic_intro_in_the_admin(client, portal):
    from django.contrib.auth import get_user_model

    from wagtail.test.utils.form_data import rich_text

    user = get_user_model().objects.create_superuser("redacteur", "r@example.nl", "pw")
    client.force_login(user)
    add_url = "/admin/snippets/discovery/topicintro/add/"
    assert client.get(add_url).status_code == 200
    tag = Tag.objects.get(slug="weerbaarheid")
    response = client.post(
        add_url, {"tag": tag.pk, "intro": rich_text("<p>Sterk staan samen.</p>")}
    )
    assert response.status_code == 302
    assert "Sterk staan samen." in TopicIntro.objects.get(tag=tag).intro
    client.logout()
    assert "Sterk staan samen." in client.get("/onderwerpen/weerbaarheid/").content.decode()
