import pytest

pytestmark = pytest.mark.django_db


def test_overview_lists_both_workplaces_with_session_counts_and_top_factors(client, werkplaats):
    response = client.get("/werkplaatsen/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Werkplaats Tilburg" in html and "Werkplaats Utrecht" in html
    tilburg, utrecht = response.context["workplaces"]
    assert (tilburg.session_count, utrecht.session_count) == (2, 1)
    assert [r["factor__name"] for r in tilburg.top_factors][0] == "Vaste contactpersoon"
    assert "Geheime conceptsessie" not in html
    assert "Structureel geld" not in html  # only found in the draft


def test_workplace_page_groups_findings_by_kind_with_session_counts(client, werkplaats):
    response = client.get("/werkplaatsen/tilburg/")
    groups = {kind: items for kind, _label, items in response.context["groups"]}
    assert [(f.name, n) for f, n in groups["randvoorwaarde"]] == [("Vaste contactpersoon", 2)]
    assert [(f.name, n) for f, n in groups["succesfactor"]] == [("Zichtbaar in school", 1)]
    assert [(f.name, n) for f, n in groups["valkuil"]] == [("Cultuurverschil", 1)]
    html = response.content.decode()
    assert html.index("Kick-off Tilburg") < html.index("Interviews docenten")


def test_session_page_shows_participants_and_findings_linking_to_factors(client, werkplaats):
    response = client.get("/werkplaatsen/tilburg/interviews/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<th scope="row">docenten</th><td>4</td>' in html
    assert '<th scope="row">Totaal</th><td>6</td>' in html
    assert 'href="/factoren/vaste-contactpersoon/"' in html
    assert html.index("Randvoorwaarden") < html.index("Valkuilen")


def test_same_slug_in_two_workplaces_resolves_to_the_right_one(client, werkplaats):
    assert "Kick-off Tilburg" in client.get("/werkplaatsen/tilburg/kick-off/").content.decode()
    assert "Focusgroep Utrecht" in client.get("/werkplaatsen/utrecht/kick-off/").content.decode()


@pytest.mark.parametrize(
    "url",
    [
        "/werkplaatsen/bestaat-niet/",
        "/werkplaatsen/tilburg/bestaat-niet/",
        "/werkplaatsen/tilburg/concept/",  # a session of the other workplace
        "/werkplaatsen/utrecht/concept/",  # a draft
        "/werkplaatsen/utrecht/interviews/",  # wrong workplace
    ],
)
def test_unknown_draft_or_misplaced_sessions_are_404(client, werkplaats, url):
    assert client.get(url).status_code == 404


def test_page_query_budgets(client, werkplaats, django_assert_max_num_queries):
    client.get("/werkplaatsen/")
    for url in ["/werkplaatsen/", "/werkplaatsen/tilburg/", "/werkplaatsen/tilburg/interviews/"]:
        with django_assert_max_num_queries(15):
            assert client.get(url).status_code == 200
