"""The author's e-mail after a review decision carries the moderator's comment, in Dutch,
through the real admin views; one mail per decision (ours replaces Wagtail's)."""

from django.core import mail
from django.urls import reverse

from wagtail.users.models import UserProfile

import pytest

from jos_portal.taxonomy.models import Municipality, SchoolType
from practices.models import Practice
from tests.practices.test_admin import form_data

pytestmark = pytest.mark.django_db

COMMENT = 'Noem ook de rol van de mentor & de "huiskamer" in de school.'


@pytest.fixture
def submitted(clients):
    """A practice that the contributor wrote and submitted for review."""
    vocab = {
        "utrecht": Municipality.objects.get(code="GM0344"),
        "havo": SchoolType.objects.get(slug="havo"),
    }
    data = form_data(vocab, title="Pauzes met het jongerenwerk", slug="pauzes")
    response = clients["bijdrager"].post(
        reverse("wagtailsnippets_practices_practice:add"), {**data, "action-submit": "1"}
    )
    assert response.status_code == 302
    mail.outbox.clear()
    return Practice.objects.get(slug="pauzes")


def decide(client, practice, action, comment):
    task_state = practice.current_workflow_task_state
    url = reverse(
        "wagtailsnippets_practices_practice:workflow_action",
        args=(practice.pk, action, task_state.pk),
    )
    response = client.post(url, {"comment": comment})
    assert response.status_code == 302
    return task_state


def only_mail_to(address):
    assert [message.to for message in mail.outbox] == [[address]]
    return mail.outbox[0]


def test_request_changes_mails_the_author_the_comment(clients, users, submitted):
    decide(clients["eindredacteur"], submitted, "reject", COMMENT)

    message = only_mail_to("bijdrager@example.nl")
    assert message.subject == (
        'Praktijkvoorbeeld "Pauzes met het jongerenwerk": wijzigingen gevraagd'
    )
    body = message.body
    assert "Hallo Bijdrager," in body
    assert (
        'Eindredacteur vraagt om wijzigingen in praktijkvoorbeeld "Pauzes met het jongerenwerk"'
        in body
    )
    # Plain text, so the comment comes through as typed, not HTML-escaped.
    assert f"Opmerking van de eindredactie:\n{COMMENT}" in body
    edit = reverse("wagtailsnippets_practices_practice:edit", args=(submitted.pk,))
    assert f"opnieuw ter review aan: http://testserver{edit}" in body


def test_approval_mails_the_author_the_comment_and_the_public_link(clients, users, submitted):
    decide(clients["eindredacteur"], submitted, "approve", COMMENT)
    submitted.refresh_from_db()
    assert submitted.live is True

    message = only_mail_to("bijdrager@example.nl")
    assert message.subject == 'Praktijkvoorbeeld "Pauzes met het jongerenwerk" is goedgekeurd'
    body = message.body
    assert (
        'Eindredacteur heeft praktijkvoorbeeld "Pauzes met het jongerenwerk" goedgekeurd in '
        '"Redactionele review".' in body
    )
    assert f"Opmerking van de eindredactie:\n{COMMENT}" in body
    assert "Het staat nu op de site: http://testserver/praktijkvoorbeelden/pauzes/" in body


def test_approval_without_a_comment_leaves_the_comment_heading_out(clients, submitted):
    decide(clients["eindredacteur"], submitted, "approve", "")
    body = only_mail_to("bijdrager@example.nl").body
    assert "goedgekeurd" in body
    assert "Opmerking van de eindredactie" not in body


def test_the_html_version_escapes_the_comment(clients, submitted, settings):
    settings.WAGTAILADMIN_NOTIFICATION_USE_HTML = True
    comment = "<b>Meer</b> over de mentor\nen de school"
    decide(clients["eindredacteur"], submitted, "reject", comment)
    html, mimetype = only_mail_to("bijdrager@example.nl").alternatives[0]
    assert mimetype == "text/html"
    assert "&lt;b&gt;Meer&lt;/b&gt; over de mentor<br>en de school" in html
    assert "<b>Meer</b>" not in html


def test_an_author_who_reads_the_admin_in_english_gets_english_mail(clients, users, submitted):
    profile = UserProfile.get_for_user(users["bijdrager"])
    profile.preferred_language = "en"
    profile.save()
    decide(clients["eindredacteur"], submitted, "reject", COMMENT)
    message = only_mail_to("bijdrager@example.nl")
    assert "changes" in message.subject
    assert "Comment from the editors:" in message.body
    assert COMMENT in message.body


def test_authors_who_switched_the_mail_off_get_none(clients, users, submitted):
    profile = UserProfile.get_for_user(users["bijdrager"])
    profile.approved_notifications = False
    profile.save()
    decide(clients["eindredacteur"], submitted, "approve", COMMENT)
    assert mail.outbox == []


def test_pages_in_review_get_the_same_mail(users):
    """The workflow also covers editorial pages; their mail links to the live page."""
    from jos_portal.core.models import ContentPage
    from tests.factories.stories import site_home

    page = site_home().add_child(instance=ContentPage(title="Over de werkplaatsen", live=False))
    revision = page.save_revision(user=users["bijdrager"])
    page.get_workflow().start(page, users["bijdrager"])
    mail.outbox.clear()
    task_state = page.current_workflow_task_state
    task_state.approve(user=users["eindredacteur"], comment="Helder, dank je.")
    page.refresh_from_db()
    assert page.live and page.live_revision == revision

    body = only_mail_to("bijdrager@example.nl").body
    assert 'Eindredacteur heeft pagina "Over de werkplaatsen" goedgekeurd' in body
    assert "Opmerking van de eindredactie:\nHelder, dank je." in body
    assert f"Het staat nu op de site: {page.full_url}" in body
