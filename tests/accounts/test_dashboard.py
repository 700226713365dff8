"""The editorial dashboard panel and the editor's checks."""

import datetime

from django.utils import timezone

import pytest

from jos_portal.accounts.dashboard import EditorialStatusPanel
from practices.models import Practice, Source
from tests.factories.practices import PracticeFactory
from tests.factories.publications import PublicationFactory

pytestmark = pytest.mark.django_db


def panel_context():
    return EditorialStatusPanel().get_context_data()


def counts(row):
    return {cell["state"]: cell["count"] for cell in row["cells"]}


def test_counts_per_status_stale_records_and_newest_submissions(users):
    today = timezone.localdate()
    PracticeFactory(title="Vers nagelopen", last_reviewed=today)
    PracticeFactory(title="Oud voorbeeld", last_reviewed=today - datetime.timedelta(days=400))
    PracticeFactory(title="Nooit nagelopen", last_reviewed=None)
    PracticeFactory(title="Gewoon concept", live=False)
    in_review = PracticeFactory(
        title="Ingestuurd", live=False, source=Source.PUBLIC_FORM, submitted_at=timezone.now()
    )
    in_review.get_workflow().start(in_review, None)
    PublicationFactory(live=False)

    context = panel_context()
    rows = {str(row["label"]): counts(row) for row in context["rows"]}
    assert rows["praktijkvoorbeelden"]["live"] == 3
    assert rows["praktijkvoorbeelden"]["in_review"] == 1
    assert rows["praktijkvoorbeelden"]["concept"] == 1
    assert rows["publicaties"]["concept"] == 1
    assert [p.title for p in context["stale"]] == ["Nooit nagelopen", "Oud voorbeeld"]
    assert context["stale_count"] == 2
    assert [p.title for p in context["submissions"]] == ["Ingestuurd"]


def test_panel_runs_a_fixed_number_of_queries(django_assert_max_num_queries):
    def render_count():
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            EditorialStatusPanel().get_context_data()
        return len(queries)

    PracticeFactory(source=Source.PUBLIC_FORM, submitted_at=timezone.now())
    few = render_count()
    for _n in range(10):
        PracticeFactory(source=Source.PUBLIC_FORM, submitted_at=timezone.now(), live=False)
        PracticeFactory(last_reviewed=None)
    assert render_count() == few
    with django_assert_max_num_queries(8):
        EditorialStatusPanel().get_context_data()


def test_dashboard_shows_the_panel_to_record_editors_only(clients):
    PracticeFactory(
        title="Op het dashboard", live=False, source=Source.PUBLIC_FORM, submitted_at=timezone.now()
    )
    html = clients["eindredacteur"].get("/admin/").content.decode()
    assert "Redactie in cijfers" in html and "Op het dashboard" in html
    assert "Redactie in cijfers" not in clients["beheerder"].get("/admin/").content.decode()
    assert Practice.objects.count() == 1


def test_accessibility_checker_is_in_the_editors_userbar(clients, home):
    """Wagtail's built-in checker (axe in the userbar) is on for editors, not for visitors."""
    assert 'id="checker-axe-configuration"' in clients["redacteur"].get("/").content.decode()
    assert 'id="checker-axe-configuration"' not in clients["anoniem"].get("/").content.decode()


def test_fictional_examples_are_never_on_the_list_to_review(users):
    PracticeFactory(title="Echt, nooit nagelopen", last_reviewed=None)
    PracticeFactory(title="Fictief voorbeeld", is_fictional=True, last_reviewed=None)
    context = panel_context()
    assert [p.title for p in context["stale"]] == ["Echt, nooit nagelopen"]
