"""The "Meest gelezen" list on the home page: the published practices with the most views
in the last 30 days, most read first; drafts, downloads and older views do not count; the
list is cached and absent while nothing has been counted."""

from datetime import timedelta

from django.utils import timezone

import pytest

from jos_portal.reach.models import DailyCount
from jos_portal.reach.templatetags import reach_tags
from jos_portal.reach.templatetags.reach_tags import most_read_practices
from tests.factories.practices import PracticeFactory

pytestmark = pytest.mark.django_db


def views(record, number, days_ago=1, kind="view"):
    DailyCount.objects.create(
        day=timezone.localdate() - timedelta(days=days_ago),
        kind=kind,
        record_type="practices.practice",
        record_id=record.pk,
        region="noord-brabant",
        referrer="(direct)",
        count=number,
    )


@pytest.fixture
def counted(home):
    made = {name: PracticeFactory(title=f"Gelezen {name}") for name in ("een", "twee", "drie")}
    made["concept"] = PracticeFactory(title="Gelezen concept", live=False)
    made["oud"] = PracticeFactory(title="Gelezen vroeger")
    views(made["twee"], 7)
    views(made["twee"], 3, days_ago=20)  # 10 in all
    views(made["een"], 12)
    views(made["drie"], 4)
    views(made["drie"], 50, kind="download")  # downloads are not reading
    views(made["concept"], 99)  # a draft never shows
    views(made["oud"], 80, days_ago=45)  # too long ago
    return made


def test_the_list_has_the_most_read_published_practices_first(counted):
    titles = [practice.title for practice in most_read_practices()]
    assert titles == ["Gelezen een", "Gelezen twee", "Gelezen drie"]


def test_the_home_page_shows_the_list_in_dutch_and_english(client, counted):
    html = client.get("/").content.decode()
    assert 'id="most-read-heading">Meest gelezen<' in html
    section = html[html.index("most-read-heading") :]
    positions = [section.index(f"Gelezen {name}") for name in ("een", "twee", "drie")]
    assert positions == sorted(positions)
    assert "Gelezen concept" not in section and "Gelezen vroeger" not in section
    # The line says over how many days, as the list counts them.
    assert f"de afgelopen {reach_tags.DAYS} dagen het vaakst" in section
    english = client.get("/en/").content.decode()
    assert 'id="most-read-heading">Most read<' in english
    assert f"in the last {reach_tags.DAYS} days" in english


def test_without_counts_there_is_no_list(client, home):
    assert "most-read-heading" not in client.get("/").content.decode()


def test_the_list_is_cached_until_content_changes(counted, django_assert_num_queries):
    most_read_practices()
    with django_assert_num_queries(0):
        again = most_read_practices()
    assert [p.title for p in again][0] == "Gelezen een"
    # Unpublishing a practice is a content change: it leaves the list at once.
    counted["een"].unpublish()
    assert [p.title for p in most_read_practices()] == ["Gelezen twee", "Gelezen drie"]
