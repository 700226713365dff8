"""The scan says what it is (a conversation tool, not a validated instrument), names the
source of each statement, and asks one thing per statement; links made with the first,
double-barrelled demo set keep working."""

import re

import pytest

from jos_portal.scan import codes, demo
from jos_portal.scan.codes import Answers
from jos_portal.scan.models import ScanPage, ScanStatement, ScanVersion
from jos_portal.taxonomy.models import Factor

pytestmark = pytest.mark.django_db

DISCLAIMER = "geen gevalideerd meetinstrument"


def test_scan_page_says_it_is_a_conversation_tool_and_names_its_sources(client, scan):
    html = client.get("/samenwerkingsscan/").content.decode()
    assert "hulpmiddel voor een gesprek" in html and DISCLAIMER in html
    assert "Sarti, A., Manders, W. &amp; Metz, J. (2019)" in html
    assert 'href="https://doi.org/10.1007/s12451-019-00200-3"' in html
    assert "werkplaatsen in Tilburg en Utrecht" in html


def test_each_question_shows_the_source_of_its_statement(client, scan):
    page = ScanPage.objects.get(pk=scan.pk)
    statements = list(page.statements.all())
    for statement in statements:
        statement.source = f"Bron bij {statement.factor.name}"
    page.statements = statements
    page.save_revision().publish()
    version = page.current_version()
    assert version.number == 2
    assert all(s["source"].startswith("Bron bij") for s in version.statements)
    html = client.get("/samenwerkingsscan/stap/1/", {"versie": 2}).content.decode()
    assert "Bron: Bron bij Structureel geld" in html
    code = codes.encode(2, Answers(values=(4, 1, 4, 4, 1)))
    result = client.get(f"/samenwerkingsscan/uitslag/{code}/").content.decode()
    assert "Bron: Bron bij Vaste contactpersoon" in result
    assert DISCLAIMER in result


def test_a_result_of_a_version_without_sources_still_renders(client, scan):
    code = codes.encode(1, Answers(values=(4, 1, 4, 4, 1)))
    response = client.get(f"/samenwerkingsscan/uitslag/{code}/")
    assert response.status_code == 200
    assert "Bron:" not in response.content.decode().split("scan-about")[0]


def test_every_demo_statement_names_a_source_and_asks_one_thing():
    texts = [text for _name, text, _source in demo.STATEMENTS]
    assert len(texts) == len(set(texts))
    for _name, text, source in demo.STATEMENTS:
        assert source, text
        # One claim per statement: no "en andersom", no "wanneer en waar", no "X en Y
        # liggen/praten" pairs of questions joined by "en ... en".
        assert "andersom" not in text
        assert not re.search(r"\b(wanneer en waar|en waar|, met een eigen)\b", text), text
    assert demo.EDITORS in {source for *_rest, source in demo.STATEMENTS}


def make_first_demo_scan(site_home):
    """A scan page carrying the first demo set, published as version 1."""
    names = [
        "Eén vaste contactpersoon aan beide kanten",
        "Vast team van jongerenwerkers",
    ]
    factors = [Factor.objects.create(name=name, kind="randvoorwaarde") for name in names]
    page = ScanPage(title="Samenwerkingsscan", slug="samenwerkingsscan", intro="<p>Scan</p>")
    page.statements = [
        ScanStatement(factor=factors[i % 2], text=text, sort_order=i)
        for i, text in enumerate(demo.FIRST_DEMO_TEXTS)
    ]
    site_home.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_the_first_demo_set_is_replaced_as_a_new_version_and_old_links_keep_working(
    client, site_home
):
    page = make_first_demo_scan(site_home)
    old = page.current_version()
    old_code = codes.encode(old.number, Answers(values=(4,) * len(demo.FIRST_DEMO_TEXTS)))

    assert demo.load() == 1
    page = ScanPage.objects.get(pk=page.pk)
    new = page.current_version()
    assert new.number == old.number + 1
    texts = [s["text"] for s in new.statements]
    assert "De school heeft één vaste contactpersoon voor het jongerenwerk." in texts
    assert demo.FIRST_DEMO_TEXTS[0] not in texts

    response = client.get(f"/samenwerkingsscan/uitslag/{old_code}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert demo.FIRST_DEMO_TEXTS[0] in html
    assert "De stellingen zijn sindsdien aangepast" in html
    assert demo.load() == 0  # idempotent
    assert ScanVersion.objects.count() == 2


def test_a_code_for_a_version_that_does_not_exist_gives_a_clear_message(client, scan):
    code = codes.encode(99, Answers(values=(4, 1, 4, 4, 1)))
    response = client.get(f"/samenwerkingsscan/uitslag/{code}/")
    assert response.status_code in (400, 404)
    assert "versie" in response.content.decode().lower()


def test_scores_in_words_never_praise_a_pitfall_as_a_percentage():
    from jos_portal.scan.scoring import verdict

    assert str(verdict(100, "valkuil")) == "weinig risico"
    assert str(verdict(10, "valkuil")) == "groot risico"
    assert str(verdict(100, "succesfactor")) == "staat goed"
    assert str(verdict(49, "randvoorwaarde")) == "aandacht nodig"
    assert str(verdict(None, "valkuil")) == "niet te bepalen"
