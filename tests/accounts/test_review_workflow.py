"""The "Redactionele review" workflow, end to end through the admin views: a contributor
submits, the moderator asks for changes, the contributor resubmits, the moderator approves;
Wagtail's notifications reach the right people and the audit log says who did what."""

from django.core import mail
from django.urls import reverse

from wagtail.models import ModelLogEntry, WorkflowState
from wagtail.test.utils.form_data import rich_text

import pytest

from jos_portal.taxonomy.models import Municipality, SchoolType
from practices.models import Practice
from tests.practices.test_admin import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def vocab(db):
    return {
        "utrecht": Municipality.objects.get(code="GM0344"),
        "havo": SchoolType.objects.get(slug="havo"),
    }


def url(action, *args):
    return reverse(f"wagtailsnippets_practices_practice:{action}", args=args)


def recipients():
    return sorted(address for message in mail.outbox for address in message.to)


def test_submit_request_changes_resubmit_and_approve(clients, users, vocab, client):
    contributor, moderator = clients["bijdrager"], clients["eindredacteur"]

    # 1. The contributor writes a practice and submits it for review.
    data = form_data(vocab, title="Samen in de brugklas", slug="samen-in-de-brugklas")
    response = contributor.post(url("add"), {**data, "action-submit": "1"})
    assert response.status_code == 302
    practice = Practice.objects.get(slug="samen-in-de-brugklas")
    assert practice.live is False
    state = practice.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Redactionele review"
    assert state.requested_by == users["bijdrager"]
    # Wagtail mails the moderators (the task's group), not the author or other roles.
    assert recipients() == ["eindredacteur@example.nl"]
    assert "Samen in de brugklas" in mail.outbox[0].subject + mail.outbox[0].body
    assert client.get("/praktijkvoorbeelden/samen-in-de-brugklas/").status_code == 404

    # The moderator's dashboard shows what waits for review.
    dashboard = moderator.get("/admin/").content.decode()
    assert "Samen in de brugklas" in dashboard

    # 2. The moderator requests changes with a comment.
    mail.outbox.clear()
    task_state = practice.current_workflow_task_state
    response = moderator.post(
        url("workflow_action", practice.pk, "reject", task_state.pk),
        {"comment": "Beschrijf ook wat de mentor doet."},
    )
    assert response.status_code == 302
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    task_state.refresh_from_db()
    assert task_state.comment == "Beschrijf ook wat de mentor doet."
    assert recipients() == ["bijdrager@example.nl"]
    assert "Beschrijf ook wat de mentor doet." in mail.outbox[0].body

    # 3. The contributor edits and resubmits; the same workflow resumes.
    mail.outbox.clear()
    data = form_data(
        vocab,
        title="Samen in de brugklas",
        slug="samen-in-de-brugklas",
        approach=rich_text("<p>De mentor en de jongerenwerker voeren samen de gesprekken.</p>"),
    )
    response = contributor.post(url("edit", practice.pk), {**data, "action-submit": "1"})
    assert response.status_code == 302
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert recipients() == ["eindredacteur@example.nl"]

    # 4. The moderator approves with a comment: published, the author hears about it.
    mail.outbox.clear()
    task_state = practice.current_workflow_task_state
    response = moderator.post(
        url("workflow_action", practice.pk, "approve", task_state.pk),
        {"comment": "Mooi voorbeeld, gepubliceerd."},
    )
    assert response.status_code == 302
    practice.refresh_from_db()
    assert practice.live is True
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    assert recipients() == ["bijdrager@example.nl"]
    assert "Samen in de brugklas" in mail.outbox[0].body
    assert "goedgekeurd" in mail.outbox[0].body  # Wagtail's own (Dutch) notification
    task_state.refresh_from_db()
    assert task_state.comment == "Mooi voorbeeld, gepubliceerd."
    public = client.get("/praktijkvoorbeelden/samen-in-de-brugklas/").content.decode()
    assert "De mentor en de jongerenwerker voeren samen de gesprekken." in public

    # 5. The audit log records who did what, and the history view shows it.
    actions = list(
        ModelLogEntry.objects.for_instance(practice)
        .order_by("timestamp")
        .values_list("action", "user__username")
    )
    assert ("wagtail.workflow.start", "bijdrager") in actions
    assert ("wagtail.workflow.reject", "eindredacteur") in actions
    assert ("wagtail.workflow.resume", "bijdrager") in actions
    assert ("wagtail.workflow.approve", "eindredacteur") in actions
    assert ("wagtail.publish", "eindredacteur") in actions
    history = moderator.get(url("history", practice.pk)).content.decode()
    assert "Eindredacteur" in history and "Bijdrager" in history


def test_a_contributor_cannot_approve_their_own_submission(clients, vocab):
    data = form_data(vocab, title="Eigen werk", slug="eigen-werk")
    clients["bijdrager"].post(url("add"), {**data, "action-submit": "1"})
    practice = Practice.objects.get(slug="eigen-werk")
    task_state = practice.current_workflow_task_state
    response = clients["bijdrager"].post(
        url("workflow_action", practice.pk, "approve", task_state.pk), {"comment": ""}
    )
    assert response.status_code in (302, 403)
    practice.refresh_from_db()
    assert practice.live is False
    assert practice.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS


def test_sessions_and_publications_go_through_the_same_review(users):
    from tests.factories.publications import PublicationFactory
    from tests.factories.workshops import SessionFactory

    for record in (SessionFactory(live=False), PublicationFactory(live=False)):
        workflow = record.get_workflow()
        assert workflow is not None and workflow.name == "Redactionele review"
        mail.outbox.clear()
        workflow.start(record, users["redacteur"])
        assert recipients() == ["eindredacteur@example.nl"]
