from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

import pytest

from jos_portal.taxonomy.models import Factor
from workshops.models import Session

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("redacteur", "r@example.nl", "pw")
    client.force_login(user)
    return client


def session_data(workplace, factors, finding_ids=(), **overrides):
    data = {
        "workplace": workplace.pk,
        "title": "Nieuwe sessie",
        "slug": "nieuwe-sessie",
        "date": "2020-05-04",
        "format": "focusgroep",
        "summary": rich_text("<p>Samenvatting</p>"),
        "docenten": "3",
        "jongerenwerkers": "2",
        "zorgcoordinatoren": "0",
        "schoolleiding": "1",
        "beleidsmedewerkers": "0",
        "leerlingen": "0",
        "onderzoekers": "1",
        "findings": inline_formset(
            [
                {
                    "factor": factor.pk,
                    "observation": rich_text(f"<p>Over {factor.name}</p>"),
                    "quote": "",
                    "strength": "sterk",
                    **({"id": finding_ids[i]} if finding_ids else {}),
                }
                for i, factor in enumerate(factors)
            ],
            initial=len(finding_ids),
        ),
        "documents": inline_formset([]),
        "tags": "",
    }
    data.update(overrides)
    return nested_form_data(data)


def test_create_and_publish_a_session_with_findings_in_the_admin(admin_client, client, werkplaats):
    factors = [werkplaats["factors"]["geld"], werkplaats["factors"]["cultuur"]]
    add_url = reverse("wagtailsnippets_workshops_session:add")
    response = admin_client.post(add_url, session_data(werkplaats["tilburg"], factors))
    assert response.status_code == 302
    session = Session.objects.get(slug="nieuwe-sessie")
    assert session.live is False
    assert client.get("/werkplaatsen/tilburg/nieuwe-sessie/").status_code == 404

    edit_url = reverse("wagtailsnippets_workshops_session:edit", args=[session.pk])
    ids = [f.pk for f in session.findings.all()]
    data = session_data(werkplaats["tilburg"], factors, finding_ids=ids)
    data["action-publish"] = "1"
    assert admin_client.post(edit_url, data).status_code == 302
    session.refresh_from_db()
    assert session.live
    assert [f.factor.name for f in session.findings.all()] == [
        "Structureel geld",
        "Cultuurverschil",
    ]
    admin_client.logout()
    html = client.get("/werkplaatsen/tilburg/nieuwe-sessie/").content.decode()
    assert "Structureel geld" in html and '<th scope="row">docenten</th><td>3</td>' in html


def test_the_factor_chooser_can_create_a_factor(admin_client, werkplaats):
    create_url = reverse("wagtailsnippetchoosers_taxonomy_factor:create")
    response = admin_client.post(
        create_url,
        {
            "name": "Nieuwe factor uit de sessie",
            "kind": "succesfactor",
            "description": rich_text("<p>Nieuw</p>"),
            "what_you_can_do": rich_text(""),
        },
    )
    assert response.status_code == 200
    assert response.json()["step"] == "chosen"
    assert Factor.objects.filter(name="Nieuwe factor uit de sessie").exists()


def test_demo_workplaces_sessions_and_findings(demo):
    from workshops.models import Finding, Workplace

    assert set(Workplace.objects.values_list("slug", flat=True)) == {
        "tilburg",
        "utrecht",
        "voorbeeldwerkplaats",
    }
    # The real werkplaatsen carry no invented sessions: those live in the fictional one.
    for slug in ("tilburg", "utrecht"):
        assert not Session.objects.filter(workplace__slug=slug).exists()
    voorbeeld = Workplace.objects.get(slug="voorbeeldwerkplaats")
    assert voorbeeld.is_fictional
    assert voorbeeld.sessions.published().count() >= 8
    assert not voorbeeld.sessions.filter(is_fictional=False).exists()
    years = {s.date.year for s in Session.objects.published()}
    assert years >= {2019, 2020, 2021}
    findings = Finding.objects.filter(session__live=True)
    assert findings.values("factor").distinct().count() >= 15
    assert findings.exclude(quote="").exists()
    assert Session.objects.filter(live=False).exists()


def test_a_real_werkplaats_page_says_where_its_results_are_without_inventing_a_question(
    demo, client
):
    html = client.get("/werkplaatsen/tilburg/").content.decode()
    # What was studied, as the sources say it: a statement, no research question in other
    # words than the sources use.
    lead = html.split('<p class="lead" lang="nl">', 1)[1].split("</p>", 1)[0]
    assert "?" not in lead
    assert "randvoorwaarden" in lead and "Tilburg" in lead
    # No findings per session here (those would be invented): the visitor is sent to the
    # publications instead of being told that nothing was found.
    assert "Van deze werkplaats staan nog geen bevindingen per bijeenkomst" in html
    assert 'href="/publicaties/">publicaties</a>' in html


def test_session_preview_renders_the_public_template(admin_client, werkplaats):
    session = werkplaats["sessions"]["t2"]
    url = reverse("wagtailsnippets_workshops_session:preview_on_edit", args=[session.pk])
    ids = [f.pk for f in session.findings.all()]
    factors = [f.factor for f in session.findings.all()]
    data = session_data(
        werkplaats["tilburg"], factors, finding_ids=ids, title="Titel in preview", slug=session.slug
    )
    assert admin_client.post(url, data).json()["is_valid"] is True
    html = admin_client.get(url).content.decode()
    assert "<h1>Titel in preview</h1>" in html
    assert "Vaste contactpersoon" in html
