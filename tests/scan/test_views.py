"""The scan as a visitor uses it: steps without JavaScript, the result, bad input."""

import re

import pytest

from jos_portal.scan import codes
from jos_portal.scan.codes import DONT_KNOW, MISSING, Answers
from jos_portal.taxonomy.models import SchoolType

pytestmark = pytest.mark.django_db


def result_url(scan, values, version=1, **profile):
    return f"{scan.url}uitslag/{codes.encode(version, Answers(values=tuple(values), **profile))}/"


def test_start_page_explains_the_steps_and_starts_the_form(client, scan):
    response = client.get("/samenwerkingsscan/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Hoe staat jullie samenwerking ervoor?" in html
    assert 'action="/samenwerkingsscan/stap/1/#stap"' in html
    assert '<input type="hidden" name="versie" value="1">' in html
    assert "Randvoorwaarden" in html and "Valkuilen" in html


def test_each_step_is_a_fieldset_per_statement_with_a_legend_and_radios(client, scan):
    html = client.get("/samenwerkingsscan/stap/1/?versie=1").content.decode()
    legends = re.findall(r'<legend class="scan-question__text">([^<]+)</legend>', html)
    assert legends == ["Er is structureel geld.", "Er is één vaste contactpersoon."]
    assert html.count('type="radio" name="a0"') == 5  # four scale points and "weet ik niet"
    assert 'action="/samenwerkingsscan/stap/2/#stap"' in html
    assert "Stap 1 van 4: Randvoorwaarden" in html


def test_later_steps_carry_earlier_answers_in_hidden_fields(client, scan):
    html = client.get("/samenwerkingsscan/stap/2/?versie=1&a0=4&a1=weet-niet").content.decode()
    assert '<input type="hidden" name="a0" value="4">' in html
    assert '<input type="hidden" name="a1" value="weet-niet">' in html
    assert 'formaction="/samenwerkingsscan/stap/1/#stap"' in html
    # Going back shows the earlier answers checked.
    back = client.get("/samenwerkingsscan/stap/1/?versie=1&a0=4&a1=weet-niet").content.decode()
    assert 'name="a0" value="4" checked' in back
    assert 'name="a1" value="weet-niet" checked' in back


def test_the_last_step_asks_the_optional_profile_and_leads_to_the_result(client, scan):
    html = client.get("/samenwerkingsscan/stap/4/?versie=1&a0=4").content.decode()
    assert '<label for="scan-schooltype">' in html
    assert '<option value="GM0855">Tilburg</option>' in html
    assert 'action="/samenwerkingsscan/uitslag/"' in html


def test_finishing_redirects_to_a_result_that_scores_the_answers(client, scan):
    school_type = SchoolType.objects.get(slug="havo")
    response = client.get(
        "/samenwerkingsscan/uitslag/?versie=1&a0=4&a1=weet-niet&a2=1&a4=4"
        "&schooltype=havo&gemeente=GM0855&fase=lopend"
    )
    assert response.status_code == 303
    expected = codes.encode(
        1,
        Answers(
            values=(4, DONT_KNOW, 1, MISSING, 4),
            stage="lopend",
            school_type_id=school_type.pk,
            municipality_code="GM0855",
        ),
    )
    assert response["Location"] == f"/samenwerkingsscan/uitslag/{expected}/"
    response = client.get(response["Location"])
    assert response.status_code == 200
    result = response.context["result"]
    assert [(g.label, g.score) for g in result.groups] == [
        ("Randvoorwaarden", 100),
        ("Succesfactoren", 0),
        ("Valkuilen", 0),
    ]
    assert [f.name for f in result.attention] == ["Gedeelde visie", "Handelen op incidenten"]
    assert [f.name for f in result.strengths] == ["Structureel geld"]
    html = response.content.decode()
    assert "Niet ingevuld" in html and "Weet ik niet" in html
    assert f"<dd>{school_type.name}</dd>" in html and "Tilburg (Noord-Brabant)" in html
    assert '<svg class="bar-chart__svg"' in html and 'role="img"' in html
    assert "Tip bij Gedeelde visie." in html
    assert '<meta name="robots" content="noindex">' in html


def test_an_empty_scan_still_gives_a_result(client, scan):
    response = client.get(result_url(scan, [MISSING] * 5))
    assert response.status_code == 200
    html = response.content.decode()
    assert "0 van de 5 stellingen beoordeeld" in html
    assert html.count("niet te bepalen") >= 3


@pytest.mark.parametrize(
    ("query", "status", "message"),
    [
        ("stap/1/?versie=1&a0=9", 400, "waarde die niet bestaat"),
        ("stap/1/?versie=1&a0=-1", 400, "waarde die niet bestaat"),
        ("stap/1/?versie=1&a77=1", 400, "niet in de scan staat"),
        ("stap/1/?versie=1&a99999=1", 400, "niet in de scan staat"),
        ("stap/1/?versie=2", 400, "Begin opnieuw"),
        ("stap/1/?versie=abc", 400, "Begin opnieuw"),
        ("stap/9/?versie=1", 404, "Deze stap bestaat niet"),
        ("stap/0/", 404, "Deze stap bestaat niet"),
        ("uitslag/?versie=1&schooltype=bestaat-niet", 400, "Onbekend schooltype"),
        ("uitslag/?versie=1&gemeente=GM9999", 400, "Onbekende gemeente"),
        ("uitslag/?versie=1&gemeente=Tilburg", 400, "Onbekende gemeente"),
        ("uitslag/?versie=1&fase=zweven", 400, "Onbekende fase"),
        ("uitslag/v1-zz/", 400, "onvolledig of beschadigd"),
        ("uitslag/hallo/", 400, "geen geldige uitslagcode"),
        ("uitslag/v99-aaaaaaaa/", 404, "versie van de scan die we niet kennen"),
        ("uitslag/v1-" + "a" * 600 + "/", 400, "te lang"),
        ("uitslag/v1-zz/pdf/", 400, "onvolledig of beschadigd"),
    ],
)
def test_bad_input_gets_a_dutch_message_not_an_error(client, scan, query, status, message):
    response = client.get(f"/samenwerkingsscan/{query}")
    assert response.status_code == status
    assert message in response.content.decode()
    assert "Terug naar de samenwerkingsscan" in response.content.decode()


def test_a_tampered_result_link_is_refused(client, scan):
    url = result_url(scan, [4, 4, 4, 4, 4])
    body = url.rstrip("/").rsplit("-", 1)[1]
    swapped = body[:-2] + ("b" if body[-2] != "b" else "c") + body[-1]
    response = client.get(url.replace(body, swapped))
    assert response.status_code == 400
    assert "er is een teken veranderd" in response.content.decode()


def test_compare_shows_two_results_side_by_side(client, scan):
    school = result_url(scan, [4, 4, 4, 4, 1])
    youth_work = result_url(scan, [4, 1, 4, 4, 1])
    response = client.get(
        "/samenwerkingsscan/samen-invullen/",
        {"a": "https://example.org" + school, "b": youth_work.rsplit("/", 2)[1]},
    )
    assert response.status_code == 200
    comparison = response.context["comparison"]
    contact = next(row for row in comparison["factors"] if row["label"] == "Vaste contactpersoon")
    assert (contact["a"], contact["b"], contact["gap"], contact["talk"]) == (100, 0, 100, True)
    money = next(row for row in comparison["factors"] if row["label"] == "Structureel geld")
    assert money["talk"] is False
    assert "bespreken" in response.content.decode()


def test_compare_explains_itself_and_refuses_bad_codes(client, scan):
    page = client.get("/samenwerkingsscan/samen-invullen/?a=" + result_url(scan, [4] * 5))
    assert page.status_code == 200
    assert "elk apart invullen" in page.content.decode()
    response = client.get("/samenwerkingsscan/samen-invullen/?a=rommel&b=v1-zz")
    assert response.status_code == 400
    assert "geen geldige uitslagcode" in response.content.decode()


def test_result_page_runs_a_fixed_number_of_queries(client, scan, django_assert_max_num_queries):
    url = result_url(scan, [1, 1, 1, 1, 4], stage="lopend", municipality_code="GM0855")
    with django_assert_max_num_queries(30):
        assert client.get(url).status_code == 200


def test_unrelated_parameters_are_ignored(client, scan):
    response = client.get("/samenwerkingsscan/stap/1/?versie=1&utm_source=nieuwsbrief&amp=1")
    assert response.status_code == 200
