"""Changing the statement set makes a new version; old result links keep working."""

import pytest

from jos_portal.scan import codes
from jos_portal.scan.codes import Answers
from jos_portal.scan.models import ScanPage, ScanStatement, ScanVersion

pytestmark = pytest.mark.django_db


def test_publishing_freezes_the_statements_grouped_by_kind(scan):
    version = scan.current_version()
    assert version.number == 1
    assert [(s["name"], s["kind"], s["reversed"]) for s in version.statements] == [
        ("Structureel geld", "randvoorwaarde", False),
        ("Vaste contactpersoon", "randvoorwaarde", False),
        ("Gedeelde visie", "succesfactor", False),
        ("Zichtbaar in school", "succesfactor", False),
        ("Handelen op incidenten", "valkuil", True),
    ]


def test_publishing_the_same_statements_again_keeps_the_version(scan):
    scan.title = "Samenwerkingsscan 2026"
    scan.save_revision().publish()
    assert list(ScanVersion.objects.values_list("number", flat=True)) == [1]


def test_a_draft_change_makes_no_version_and_stays_off_the_public_scan(client, scan):
    draft = ScanPage.objects.get(pk=scan.pk)
    statements = list(draft.statements.all())
    statements[0].text = "Nieuwe conceptstelling"
    draft.statements = statements
    revision = draft.save_revision()
    assert "Nieuwe conceptstelling" in str(revision.content)
    assert ScanVersion.objects.count() == 1
    html = client.get("/samenwerkingsscan/stap/3/?versie=1").content.decode()
    assert "Nieuwe conceptstelling" not in html
    assert "We komen pas in actie na een incident." in html


def test_preview_shows_the_draft_statements(scan, rf):
    draft = ScanPage.objects.get(pk=scan.pk)
    statements = list(draft.statements.all())
    statements[0].text = "Nieuwe conceptstelling"
    draft.statements = statements
    response = draft.make_preview_request()
    html = response.content.decode()
    assert response.status_code == 200
    assert "Voorbeeld van de stellingen" in html
    assert "Nieuwe conceptstelling" in html
    assert ScanVersion.objects.count() == 1


def test_old_result_links_still_render_after_the_statements_change(client, scan, factors):
    old_code = codes.encode(1, Answers(values=(4, 1, 4, 4, 1)))
    page = ScanPage.objects.get(pk=scan.pk)
    statements = list(page.statements.all())
    for statement in statements:
        if statement.text == "Er is structureel geld.":
            statement.text = "De gemeente betaalt de samenwerking structureel."
    statements.append(
        ScanStatement(factor=factors["geld"], text="Er is geld voor meerdere jaren.", sort_order=9)
    )
    page.statements = statements
    page.save_revision().publish()
    assert list(ScanVersion.objects.values_list("number", flat=True)) == [2, 1]
    assert len(ScanVersion.objects.get(number=2).statements) == 6

    old = client.get(f"/samenwerkingsscan/uitslag/{old_code}/")
    assert old.status_code == 200
    html = old.content.decode()
    assert "Er is structureel geld." in html
    assert "Er is geld voor meerdere jaren." not in html
    assert "Deze uitslag hoort bij versie 1 van de scan" in html
    contact = next(f for f in old.context["result"].factors if f.name == "Vaste contactpersoon")
    assert contact.score == 0

    new_code = codes.encode(2, Answers(values=(4, 4, 4, 4, 4, 1)))
    new = client.get(f"/samenwerkingsscan/uitslag/{new_code}/").content.decode()
    assert "De gemeente betaalt de samenwerking structureel." in new
    assert "Deze uitslag hoort bij versie" not in new

    # A form started on version 1 cannot silently be scored against version 2.
    stale = client.get("/samenwerkingsscan/uitslag/?versie=1&a0=4")
    assert stale.status_code == 400
    assert "Begin opnieuw" in stale.content.decode()


def test_only_pitfall_statements_may_be_reversed(factors, scan):
    from django.core.exceptions import ValidationError

    statement = ScanStatement(page=scan, factor=factors["visie"], text="Stelling", reversed=True)
    with pytest.raises(ValidationError):
        statement.clean()
    ScanStatement(page=scan, factor=factors["incident"], text="Stelling", reversed=True).clean()
