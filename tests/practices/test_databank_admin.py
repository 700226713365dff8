"""The admin shows which databank sections are still empty and filters on "onvolledig"."""

from django.contrib.auth import get_user_model
from django.urls import reverse

import pytest

from practices.models import Practice, PracticeWorkingElement, incomplete_q
from tests.factories.practices import PracticeFactory, databank_practice

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("redacteur", "r@example.nl", "pw")
    client.force_login(user)
    return client


def test_list_shows_the_empty_sections_per_record(admin_client, vocab):
    databank_practice(title="Helemaal ingevuld")
    half = PracticeFactory(title="Half ingevuld", age_from=12, recognition="goed-onderbouwd")
    PracticeWorkingElement.objects.create(practice=half, text="Eén element")
    html = admin_client.get(reverse("wagtailsnippets_practices_practice:list")).content.decode()
    assert "Nog leeg" in html
    row = next(chunk for chunk in html.split("<tr") if "Half ingevuld" in chunk)
    assert "kosten en inzet" in row and "onderzoek" in row and "eigenaar" in row
    assert "erkenning" not in row and "doelgroep" not in row and "werkzame elementen" not in row


def test_filter_onvolledig_and_volledig(admin_client, vocab):
    databank_practice(title="Helemaal ingevuld")
    PracticeFactory(title="Nog kaal")
    url = reverse("wagtailsnippets_practices_practice:list")
    incomplete = admin_client.get(url, {"completeness": "onvolledig"}).content.decode()
    assert "Nog kaal" in incomplete and "Helemaal ingevuld" not in incomplete
    complete = admin_client.get(url, {"completeness": "volledig"}).content.decode()
    assert "Helemaal ingevuld" in complete and "Nog kaal" not in complete
    assert "Volledigheid" in complete


def test_the_incomplete_condition_agrees_with_the_record(vocab):
    full = databank_practice(title="Vol")
    bare = PracticeFactory(title="Kaal")
    only_costs_missing = databank_practice(
        title="Zonder kosten",
        funding=(),
        youth_work_hours_per_week=None,
        other_staff_time="",
        cost_per_year_from=None,
        cost_per_year_to=None,
        costs_cover="",
        duration_weeks=None,
        sessions=None,
        session_minutes=None,
    )
    assert only_costs_missing.empty_sections == ["kosten en inzet"]
    incomplete = set(Practice.objects.filter(incomplete_q()).values_list("title", flat=True))
    assert incomplete == {"Kaal", "Zonder kosten"}
    assert full.empty_sections == [] and len(bare.empty_sections) == 6


def test_the_empty_sections_column_costs_one_query_per_relation(admin_client, vocab):
    """Wagtail's own list runs some queries per row; the "Nog leeg" column adds none."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(6):
        databank_practice(elements=("a", "b"))
    PracticeFactory()
    with CaptureQueriesContext(connection) as queries:
        admin_client.get(reverse("wagtailsnippets_practices_practice:list"))
    for table in (
        "practices_practiceworkingelement",
        "practices_practiceevaluation",
        "practices_fundingsource",
    ):
        reads = [q for q in queries.captured_queries if f'FROM "{table}"' in q["sql"]]
        assert len(reads) == 1, table


def test_edit_form_says_which_sections_are_still_empty(admin_client, vocab):
    bare = PracticeFactory(title="Kaal", age_from=12)
    html = admin_client.get(
        reverse("wagtailsnippets_practices_practice:edit", args=[bare.pk])
    ).content.decode()
    assert "Nog leeg: erkenning, werkzame elementen, kosten en inzet, onderzoek, eigenaar" in html
    full = databank_practice(title="Vol")
    html = admin_client.get(
        reverse("wagtailsnippets_practices_practice:edit", args=[full.pk])
    ).content.decode()
    assert "Alle onderdelen van de databankbeschrijving zijn ingevuld." in html
    add = admin_client.get(reverse("wagtailsnippets_practices_practice:add"))
    assert add.status_code == 200 and "Nog leeg:" in add.content.decode()
