"""The reports "Verouderde inhoud" and "Kapotte links": what they list, their CSV and XLSX
downloads, and that only the roles that edit content get them."""

import csv
import datetime
import io

from django.utils import timezone

from wagtail.log_actions import log

import pytest

from jos_portal.operations.models import CheckedLink
from tests.factories.practices import PracticeFactory
from tests.factories.stories import StoryIndexPageFactory, StoryPageFactory, TipFactory

pytestmark = pytest.mark.django_db

STALE = "/admin/rapporten/verouderde-inhoud/"
BROKEN = "/admin/rapporten/kapotte-links/"


@pytest.fixture
def content(users):
    today = timezone.localdate()
    old = PracticeFactory(title="Oude aanpak", last_reviewed=today - datetime.timedelta(days=400))
    log(old, "wagtail.edit", user=users["redacteur"])
    PracticeFactory(title="Net nagelopen", last_reviewed=today)
    TipFactory(title="Tip zonder controle")
    StoryPageFactory(parent=StoryIndexPageFactory(), title="Verhaal zonder controle")
    return {"old": old}


def rows(response):
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


def test_stale_content_lists_every_type_with_owner_and_edit_link(clients, content):
    response = clients["redacteur"].get(STALE)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Oude aanpak" in html and "Tip zonder controle" in html
    assert "Verhaal zonder controle" in html
    assert "Net nagelopen" not in html
    assert f"/admin/snippets/practices/practice/edit/{content['old'].pk}/" in html
    assert "Redacteur" in html  # the owner's name (first name is the role in the fixture)


def test_stale_content_downloads_as_csv_and_xlsx(clients, content):
    response = clients["eindredacteur"].get(STALE, {"export": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    assert "verouderde-inhoud.csv" in response["Content-Disposition"]
    table = rows(response)
    assert table[0] == ["Soort", "Titel", "Laatst gecontroleerd", "Redacteur", "Bewerken"]
    old = next(row for row in table if row[1] == "Oude aanpak")
    assert old[0] == "Praktijkvoorbeeld"
    assert old[3] == "Redacteur"
    assert old[4] == (
        f"http://testserver/admin/snippets/practices/practice/edit/{content['old'].pk}/"
    )
    assert "Net nagelopen" not in {row[1] for row in table}
    xlsx = clients["eindredacteur"].get(STALE, {"export": "xlsx"})
    assert xlsx.status_code == 200
    assert "spreadsheetml" in xlsx["Content-Type"]


@pytest.fixture
def links(content):
    practice = content["old"]
    use = {"model": "practices.practice", "pk": str(practice.pk), "title": practice.title}
    checked = timezone.now()
    CheckedLink.objects.create(
        url="https://voorbeeld.invalid/weg", status_code=404, checked_at=checked, used_by=[use]
    )
    CheckedLink.objects.create(
        url="https://voorbeeld.invalid/traag", error="time-out", checked_at=checked, used_by=[use]
    )
    CheckedLink.objects.create(
        url="https://voorbeeld.invalid/goed", status_code=200, checked_at=checked, used_by=[use]
    )
    return practice


def test_broken_links_lists_failed_links_with_the_records_that_use_them(clients, links):
    html = clients["redacteur"].get(BROKEN).content.decode()
    assert "https://voorbeeld.invalid/weg" in html and "404" in html
    assert "https://voorbeeld.invalid/traag" in html and "time-out" in html
    assert "https://voorbeeld.invalid/goed" not in html
    assert f'href="/admin/snippets/practices/practice/edit/{links.pk}/"' in html


def test_broken_links_downloads_as_csv(clients, links):
    table = rows(clients["redacteur"].get(BROKEN, {"export": "csv"}))
    assert table[0] == ["Webadres", "Status of fout", "Laatst nagekeken", "Gebruikt in", "Bewerken"]
    assert [row[:2] for row in table[1:]] == [
        ["https://voorbeeld.invalid/traag", "time-out"],
        ["https://voorbeeld.invalid/weg", "404"],
    ]
    assert table[1][3] == "Oude aanpak (praktijkvoorbeeld)"
    assert table[1][4] == f"http://testserver/admin/snippets/practices/practice/edit/{links.pk}/"


@pytest.mark.parametrize("report", [STALE, BROKEN])
@pytest.mark.parametrize(
    ("role", "allowed"),
    [("redacteur", True), ("eindredacteur", True), ("bijdrager", False), ("beheerder", False)],
)
def test_only_the_roles_that_edit_content_get_the_reports(clients, links, report, role, allowed):
    for params in ({}, {"export": "csv"}):
        response = clients[role].get(report, params)
        if allowed:
            assert response.status_code == 200
        else:
            assert response.status_code in (302, 403)
            assert b"Oude aanpak" not in b"".join(
                getattr(response, "streaming_content", [response.content])
            )


@pytest.mark.parametrize(("role", "shown"), [("redacteur", True), ("bijdrager", False)])
def test_the_reports_menu_offers_them_to_editors_only(clients, users, role, shown):
    html = clients[role].get("/admin/").content.decode()
    assert ("/admin/rapporten/verouderde-inhoud/" in html) is shown
    assert ("/admin/rapporten/kapotte-links/" in html) is shown


def test_visitors_are_sent_to_the_login(clients):
    response = clients["anoniem"].get(STALE)
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_stale_content_costs_no_query_per_row(clients, users):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries_for(extra):
        for n in range(extra):
            practice = PracticeFactory(title=f"Extra {n}")
            log(practice, "wagtail.edit", user=users["redacteur"])
            TipFactory(title=f"Extra tip {n}")
        with CaptureQueriesContext(connection) as captured:
            assert clients["redacteur"].get(STALE).status_code == 200
        return len(captured)

    assert queries_for(2) == queries_for(8)
