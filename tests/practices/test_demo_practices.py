import pytest

from jos_portal.taxonomy.models import SchoolType
from practices.models import Practice, Stage

pytestmark = pytest.mark.django_db


def test_demo_practices_cover_the_country_school_types_and_stages(demo):
    published = Practice.objects.published()
    assert published.count() >= 24
    assert published.values("municipality__province").distinct().count() >= 6
    assert published.filter(municipality__code="GM0855").count() >= 2
    assert published.filter(municipality__code="GM0344").count() >= 2
    used = set(published.values_list("school_types__slug", flat=True))
    assert used >= set(SchoolType.objects.values_list("slug", flat=True))
    assert set(published.values_list("stage", flat=True)) == set(Stage.values)


def test_demo_drafts_never_appear_publicly(client, demo):
    drafts = list(Practice.objects.filter(live=False))
    assert len(drafts) >= 2
    list_html = client.get("/praktijkvoorbeelden/", {"aantal": 48}).content.decode()
    export = b"".join(client.get("/praktijkvoorbeelden/export.csv").streaming_content).decode()
    feed = client.get("/praktijkvoorbeelden/feed/").content.decode()
    search = client.get("/praktijkvoorbeelden/", {"q": "concept"}).content.decode()
    for draft in drafts:
        assert client.get(f"/praktijkvoorbeelden/{draft.slug}/").status_code == 404
        for output in (list_html, export, feed, search):
            assert draft.title not in output
            assert draft.slug not in output
