"""The review desk: the review queue first on the dashboard, counts that link to the
filtered lists they count, approval and publishing that set 'laatst gecontroleerd', a
Dutch message after each workflow step, and record lists an editor can filter and read."""

import datetime
import re
from html import unescape

from django.urls import reverse
from django.utils import timezone

import pytest

from jos_portal.accounts.dashboard import EditorialStatusPanel
from jos_portal.taxonomy.models import Factor, Municipality, SchoolType
from practices.models import Practice, Source
from tests.factories.practices import PracticeFactory
from tests.factories.publications import PublicationFactory
from tests.practices.test_admin import form_data

pytestmark = pytest.mark.django_db


def url(action, *args):
    return reverse(f"wagtailsnippets_practices_practice:{action}", args=args)


@pytest.fixture
def vocab(db):
    return {
        "utrecht": Municipality.objects.get(code="GM0344"),
        "tilburg": Municipality.objects.get(code="GM0855"),
        "havo": SchoolType.objects.get(slug="havo"),
    }


def messages_of(response):
    return [unescape(str(message)).strip() for message in response.context["messages"]]


def in_review(users, **kwargs):
    practice = PracticeFactory(live=False, **kwargs)
    practice.get_workflow().start(practice, users["bijdrager"])
    return practice


def listed_titles(client, list_url, **params):
    html = client.get(list_url, params).content.decode()
    return {unescape(title) for title in re.findall(r'id="snippet_\d+_title">([^<]+)</span>', html)}


# The dashboard


def test_the_review_queue_comes_before_the_figures(clients, users):
    in_review(users, title="Wacht op beoordeling")
    html = clients["eindredacteur"].get("/admin/").content.decode()
    queue = html.index("Wacht op beoordeling")
    figures = html.index("Redactie in cijfers")
    assert queue < figures


def test_every_count_links_to_a_list_with_exactly_those_records(clients, users):
    PracticeFactory(title="Gepubliceerd A")
    PracticeFactory(title="Gepubliceerd B")
    PracticeFactory(title="Alleen concept", live=False)
    in_review(users, title="In beoordeling")
    PublicationFactory(title="Publicatie in concept", live=False)
    moderator = clients["eindredacteur"]

    context = EditorialStatusPanel().get_context_data()
    for row in context["rows"]:
        for cell in row["cells"]:
            html = moderator.get(cell["url"]).content.decode()
            assert "Redactiestatus" in html  # the filter is applied, not ignored
            titles = listed_titles(moderator, cell["url"])
            assert len(titles) == cell["count"], (row["label"], cell)
    practice_row = context["rows"][0]
    by_state = {cell["state"]: cell["url"] for cell in practice_row["cells"]}
    assert listed_titles(moderator, by_state["in_review"]) == {"In beoordeling"}
    assert listed_titles(moderator, by_state["concept"]) == {"Alleen concept"}
    assert listed_titles(moderator, by_state["live"]) == {"Gepubliceerd A", "Gepubliceerd B"}

    dashboard = unescape(moderator.get("/admin/").content.decode())
    assert by_state["in_review"] in dashboard
    assert context["submissions_url"] in dashboard and context["stale_url"] in dashboard


def test_the_stale_link_lists_the_stale_records(clients):
    today = timezone.localdate()
    PracticeFactory(title="Vers", last_reviewed=today)
    PracticeFactory(title="Oud", last_reviewed=today - datetime.timedelta(days=400))
    PracticeFactory(title="Nooit", last_reviewed=None)
    PracticeFactory(title="Verzonnen", is_fictional=True)
    context = EditorialStatusPanel().get_context_data()
    assert context["stale_count"] == 2
    assert listed_titles(clients["redacteur"], context["stale_url"]) == {"Oud", "Nooit"}


# Approval and publishing set the review date


def test_approval_from_the_queue_sets_the_review_date_and_says_so(clients, users):
    practice = in_review(users, title="Samen sporten", last_reviewed=None)
    task_state = practice.current_workflow_task_state
    response = clients["eindredacteur"].post(
        url("workflow_action", practice.pk, "approve", task_state.pk),
        {"comment": "Prima."},
        follow=True,
    )
    practice.refresh_from_db()
    assert practice.live is True
    assert practice.last_reviewed == timezone.localdate()
    # The live revision holds the date too, so the edit form and the history agree.
    assert practice.live_revision.content["last_reviewed"] == timezone.localdate().isoformat()
    assert "Samen sporten" not in [
        p.title for p in EditorialStatusPanel().get_context_data()["stale"]
    ]
    [message] = messages_of(response)
    assert "'Samen sporten' is goedgekeurd en gepubliceerd." in message
    assert "'Laatst gecontroleerd' staat nu op" in message
    assert "bijgewerkt" not in message


def test_request_changes_from_the_queue_says_so_in_dutch(clients, users):
    practice = in_review(users, title="Nog niet af")
    task_state = practice.current_workflow_task_state
    response = clients["eindredacteur"].post(
        url("workflow_action", practice.pk, "reject", task_state.pk),
        {"comment": "Meer over de aanpak graag."},
        follow=True,
    )
    [message] = messages_of(response)
    assert message.startswith("Je hebt om wijzigingen gevraagd voor 'Nog niet af'.")
    practice.refresh_from_db()
    assert practice.live is False and practice.last_reviewed is None


def test_each_step_in_the_edit_screen_has_its_own_message(clients, users, vocab):
    contributor, moderator = clients["bijdrager"], clients["eindredacteur"]
    data = form_data(vocab, title="Stap voor stap", slug="stap-voor-stap")

    response = contributor.post(url("add"), {**data, "action-submit": "1"}, follow=True)
    assert "'Stap voor stap' is ter beoordeling aangeboden." in messages_of(response)[0]
    practice = Practice.objects.get(slug="stap-voor-stap")

    response = moderator.post(
        url("edit", practice.pk),
        {**data, "action-workflow-action": "1", "workflow-action-name": "reject"},
        follow=True,
    )
    assert "Je hebt om wijzigingen gevraagd voor 'Stap voor stap'" in messages_of(response)[0]

    response = contributor.post(
        url("edit", practice.pk), {**data, "action-submit": "1"}, follow=True
    )
    assert "ter beoordeling aangeboden" in messages_of(response)[0]

    response = contributor.post(
        url("edit", practice.pk), {**data, "action-cancel-workflow": "1"}, follow=True
    )
    assert "De beoordeling van 'Stap voor stap' is ingetrokken." in messages_of(response)[0]

    contributor.post(url("edit", practice.pk), {**data, "action-submit": "1"})
    response = moderator.post(
        url("edit", practice.pk),
        {**data, "action-workflow-action": "1", "workflow-action-name": "approve"},
        follow=True,
    )
    message = messages_of(response)[0]
    assert "'Stap voor stap' is goedgekeurd en gepubliceerd." in message
    practice.refresh_from_db()
    assert practice.live and practice.last_reviewed == timezone.localdate()


def test_publishing_in_the_edit_screen_sets_the_review_date(clients, vocab):
    old = timezone.localdate() - datetime.timedelta(days=500)
    practice = PracticeFactory(title="Al lang online", last_reviewed=old)
    data = form_data(
        vocab, title="Al lang online", slug=practice.slug, last_reviewed=old.isoformat()
    )
    response = clients["redacteur"].post(
        url("edit", practice.pk), {**data, "action-publish": "1"}, follow=True
    )
    practice.refresh_from_db()
    assert practice.last_reviewed == timezone.localdate()
    assert "'Al lang online' is gepubliceerd." in messages_of(response)[0]
    edit = clients["redacteur"].get(url("edit", practice.pk)).content.decode()
    assert f'value="{timezone.localdate().isoformat()}"' in edit


def test_publishing_without_a_person_or_a_fictional_example_leaves_the_date_alone(users):
    # Demo data and the factories publish without a user: no review happened.
    assert PracticeFactory(last_reviewed=None).last_reviewed is None
    fictional = PracticeFactory(is_fictional=True, live=False)
    fictional.save_revision().publish(user=users["eindredacteur"])
    fictional.refresh_from_db()
    assert fictional.live and fictional.last_reviewed is None


# The lists


def test_practice_list_filters_on_topic_factor_province_source_and_state(clients, users, vocab):
    factor = Factor.objects.create(name="Korte lijnen", kind="succesfactor", description="<p>x</p>")
    PracticeFactory(title="Met onderwerp", tags=["pesten"])
    PracticeFactory(title="Met factor", factors=[factor])
    PracticeFactory(title="In Utrecht", municipality=vocab["utrecht"])
    PracticeFactory(
        title="Via het formulier", source=Source.PUBLIC_FORM, submitted_at=timezone.now()
    )
    in_review(users, title="Ter beoordeling")
    editor = clients["redacteur"]
    list_url = url("list")
    tag_id = Practice.objects.get(title="Met onderwerp").tags.get().pk

    assert listed_titles(editor, list_url, tag=tag_id) == {"Met onderwerp"}
    assert listed_titles(editor, list_url, factor=factor.pk) == {"Met factor"}
    province = vocab["utrecht"].province_id
    assert listed_titles(editor, list_url, province=province) == {"In Utrecht"}
    assert listed_titles(editor, list_url, source="aanmelding") == {"Via het formulier"}
    assert listed_titles(editor, list_url, workflow_state="in_review") == {"Ter beoordeling"}
    assert "Ter beoordeling" not in listed_titles(editor, list_url, workflow_state="live")


def test_practice_list_reads_plainly(clients):
    PracticeFactory(title="Fictief", is_fictional=True)
    PracticeFactory(title="Echt", stage="afgerond")
    html = clients["redacteur"].get(url("list")).content.decode()
    start = html.index('<table class="listing">')
    table = html[start : html.index("</table>", start)]
    assert ">True<" not in table and ">False<" not in table
    assert "fictief voorbeeld" in table
    assert "Looptijd" in table and "Publicatie" in table
    assert "afgerond" in table
    assert "Gemeente provincie" not in html
    assert "Provincie" in html and "Redactiestatus" in html and "Onderwerp" in html


def test_session_and_publication_lists_filter_on_the_editorial_state(clients, users):
    PublicationFactory(title="Publicatie live")
    draft = PublicationFactory(title="Publicatie in review", live=False)
    draft.get_workflow().start(draft, users["redacteur"])
    list_url = reverse("wagtailsnippets_publications_publication:list")
    titles = listed_titles(clients["eindredacteur"], list_url, workflow_state="in_review")
    assert titles == {"Publicatie in review"}


def test_session_workplace_and_publication_lists_show_no_bare_booleans(clients):
    from tests.factories.workshops import SessionFactory, WorkplaceFactory

    SessionFactory(title="Verzonnen sessie", is_fictional=True)
    WorkplaceFactory(name="Verzonnen werkplaats", is_fictional=True)
    PublicationFactory(title="Verzonnen publicatie", is_fictional=True)
    for model in ("workshops_session", "workshops_workplace", "publications_publication"):
        html = clients["eindredacteur"].get(reverse(f"wagtailsnippets_{model}:list")).content
        html = html.decode()
        start = html.index('<table class="listing">')
        table = html[start : html.index("</table>", start)]
        assert ">True<" not in table and ">False<" not in table, model
        assert "fictief voorbeeld" in table, model


def test_the_lists_show_which_records_are_in_review(clients, users):
    PracticeFactory(title="Gewoon online")
    in_review(users, title="Wacht op oordeel", source=Source.PUBLIC_FORM)
    asked = in_review(users, title="Moet anders")
    task_state = asked.current_workflow_task_state
    task_state.task.specific.on_action(task_state, users["eindredacteur"], "reject")

    def rows(list_url):
        html = clients["eindredacteur"].get(list_url).content.decode()
        start = html.index('<table class="listing">')
        table = html[start : html.index("</table>", start)]
        assert re.search(r"<th[^>]*>\s*Review\s*</th>", table)
        return {
            title: next(row for row in table.split("<tr") if title in row)
            for title in ("Gewoon online", "Wacht op oordeel", "Moet anders")
            if title in table
        }

    listed = rows(url("list"))
    assert "in review" in listed["Wacht op oordeel"]
    assert "wijzigingen gevraagd" in listed["Moet anders"]
    assert "in review" not in listed["Gewoon online"]
    submissions = rows(url("submissions"))
    assert list(submissions) == ["Wacht op oordeel"]
    assert "in review" in submissions["Wacht op oordeel"]
