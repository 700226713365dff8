"""Choosing practices to compare from the list: a wrong number of ticks leads back to the
same list (filters, page and ticks kept) with a message, ticks live in the address so
they survive paging, the comparison has the rows a choice rests on, and school types are
in school order wherever they are listed."""

import csv
import io
from urllib.parse import parse_qs, urlsplit

import pytest

from jos_portal.taxonomy.models import SchoolType
from tests.factories.practices import PracticeFactory

pytestmark = pytest.mark.django_db
LIST = "/praktijkvoorbeelden/"
COMPARE = "/praktijkvoorbeelden/vergelijk/"


def redirect_query(response):
    assert response.status_code == 302
    url = urlsplit(response["Location"])
    assert url.path == LIST
    return parse_qs(url.query), url.fragment


def published_pks(practices):
    return [p.pk for key, p in practices.items() if key != "draft"]


def test_one_tick_leads_back_to_the_filtered_list_with_a_message(client, practices):
    one = practices["tilburg_havo"]
    response = client.get(
        COMPARE,
        {"ids": one.pk, "schooltype": "havo", "sorteer": "titel", "q": "pauze"},
    )
    query, fragment = redirect_query(response)
    assert query == {
        "schooltype": ["havo"],
        "sorteer": ["titel"],
        "q": ["pauze"],
        "ids": [str(one.pk)],
        "vergelijk": ["1"],
    }
    assert fragment == "compare-notice"

    page = client.get(response["Location"])
    assert page.status_code == 200
    html = page.content.decode()
    assert "Vink minstens twee praktijkvoorbeelden aan om te vergelijken; je koos er 1." in html
    # The filters are still set, and the tick is still there.
    assert "Schooltype: havo" in html
    assert page.context["selection"].sort == "titel"
    assert f'value="{one.pk}" id="compare-{one.pk}" checked' in html


def test_too_many_ticks_keep_them_all_so_the_visitor_can_untick(client, practices, vocab):
    pks = published_pks(practices) + [PracticeFactory().pk, PracticeFactory().pk]
    response = client.get(COMPARE, {"ids": pks, "provincie": "noord-brabant", "pagina": "1"})
    query, _fragment = redirect_query(response)
    assert query["ids"] == [str(pk) for pk in pks]
    assert query["provincie"] == ["noord-brabant"] and query["pagina"] == ["1"]
    page = client.get(response["Location"])
    html = page.content.decode()
    assert "Je kunt hoogstens vier praktijkvoorbeelden tegelijk vergelijken; je koos er 5." in html
    # Ticks outside this selection are listed (checked) beside it, not lost.
    assert "Ook gekozen om te vergelijken" in html
    assert html.count('name="ids"') - html.count('type="hidden" name="ids"') == 5


def test_no_tick_at_all_is_a_message_too_not_an_error_page(client, practices):
    query, _fragment = redirect_query(client.get(COMPARE, {"fase": "lopend"}))
    assert query == {"fase": ["lopend"], "vergelijk": ["0"]}
    assert "je koos er 0" in client.get(LIST, query).content.decode()


def test_a_malformed_choice_is_still_a_clear_400(client, practices):
    response = client.get(COMPARE, {"ids": "1,twee"})
    assert response.status_code == 400
    assert "ongeldig nummer" in response.content.decode()


def test_the_message_does_not_follow_to_other_pages(client, vocab):
    for _n in range(14):
        PracticeFactory()
    response = client.get(LIST, {"vergelijk": "1", "ids": "1"})
    links = [a for a in response.content.decode().split('href="') if a.startswith("?")]
    page_links = [link.split('"')[0] for link in links if "pagina=" in link]
    assert page_links
    assert all("vergelijk" not in link and "ids=1" in link for link in page_links)
    assert "vergelijk" not in response.context["query_string"]


def test_ticks_survive_paging_and_drafts_never_show(client, vocab, practices):
    for _n in range(14):
        PracticeFactory()
    first_page = client.get(LIST)
    ticked = first_page.context["practices"][0]
    draft = practices["draft"]
    second_page = client.get(LIST, {"pagina": 2, "ids": [ticked.pk, draft.pk, "x"]})
    assert second_page.status_code == 200
    html = second_page.content.decode()
    assert ticked not in second_page.context["practices"]
    assert [p.pk for p in second_page.context["chosen_elsewhere"]] == [ticked.pk]
    assert f'value="{ticked.pk}" id="compare-{ticked.pk}" checked' in html
    assert "Geheim concept" not in html
    # The compare form carries the list's state along, for the way back.
    assert '<input type="hidden" name="pagina" value="2">' in html


def test_list_with_ticks_keeps_a_fixed_number_of_queries(
    client, vocab, practices, django_assert_max_num_queries
):
    extra = [PracticeFactory(school_types=[vocab["havo"]]) for _n in range(16)]
    params = {"schooltype": "havo", "provincie": "noord-brabant", "sorteer": "titel"}
    # Warm the per-process caches (site root, settings), also of a list with ticks.
    on_first_page = {p.pk for p in client.get(LIST, params).context["practices"]}
    elsewhere = [p.pk for p in extra if p.pk not in on_first_page]
    client.get(LIST, {**params, "ids": elsewhere[-1]})
    with django_assert_max_num_queries(40) as few:
        response = client.get(LIST, {**params, "ids": elsewhere[0]})
    assert len(response.context["chosen_elsewhere"]) == 1
    with django_assert_max_num_queries(len(few.captured_queries)) as many:
        response = client.get(LIST, {**params, "ids": [p.pk for p in extra], "vergelijk": "16"})
    assert response.context["chosen_count"] == 16
    assert response.context["chosen_elsewhere"]  # some are on a later page
    assert len(many.captured_queries) == len(few.captured_queries)


def test_compare_keeps_a_fixed_number_of_queries(client, vocab, django_assert_max_num_queries):
    pks = [
        PracticeFactory(school_types=[vocab["havo"], vocab["vwo"]], tags=["a", "b"]).pk
        for _n in range(4)
    ]
    client.get(COMPARE, {"ids": pks[:2]})
    with django_assert_max_num_queries(30) as two:
        client.get(COMPARE, {"ids": pks[:2]})
    with django_assert_max_num_queries(len(two.captured_queries)):
        response = client.get(COMPARE, {"ids": pks})
    assert response.status_code == 200


def test_compare_has_the_rows_a_choice_rests_on_and_respects_contact_consent(client, vocab):
    shared = PracticeFactory(
        title="Met toestemming",
        goal="<p>Minder ruzie op het plein.</p>",
        results="<p>Rustiger pauzes volgens de mentoren.</p>",
        contact_consent=True,
        contact_name="Fictieve Contactpersoon",
        contact_email="contact@example.org",
        extra_municipalities=[vocab["goirle"]],
    )
    private = PracticeFactory(
        title="Zonder toestemming",
        contact_consent=False,
        contact_name="Niet Tonen",
        contact_email="geheim@example.org",
        municipality=vocab["utrecht"],
    )
    response = client.get(COMPARE, {"ids": [shared.pk, private.pk], "fase": "lopend"})
    assert response.status_code == 200
    rows = dict(response.context["rows"])
    for label in (
        "Doel",
        "Resultaten",
        "Werkzame elementen",
        "Schooltypen",
        "Regio",
        "Herkomst van de kennis",
        "Contact",
    ):
        assert label in rows, label
    html = response.content.decode()
    assert "<p>Minder ruzie op het plein.</p>" in html
    assert '<a href="mailto:contact@example.org">contact@example.org</a>' in html
    assert "Niet Tonen" not in html and "geheim@example.org" not in html
    # Without consent the row says where to ask instead (in the table and on the card).
    assert html.count("Geen contactpersoon openbaar; de JEP Advieslijn brengt je") == 2
    assert "Tilburg (Noord-Brabant)" in rows["Regio"][0] and "ook in Goirle" in rows["Regio"][0]
    # The phone layout: per aspect both practices under one another, in the chosen order;
    # and a way back to the same selection.
    assert html.count('class="compare-aspect"') == len(rows)
    assert html.count('class="compare-aspect__value"') == 2 * len(rows)
    aspects = dict(response.context["aspects"])
    assert [practice for practice, value in aspects["Regio"]] == [shared, private]
    assert [value for practice, value in aspects["Regio"]] == rows["Regio"]
    assert response.context["back_url"] == f"{LIST}?fase=lopend&ids={shared.pk}&ids={private.pk}"


SCHOOL_ORDER = [
    "po-groep-7-8-overstap-naar-het-voortgezet-onderwijs",
    "praktijkonderwijs",
    "havo",
    "mbo-niveau-2",
]


@pytest.fixture
def mixed_school_types(db):
    """A practice whose school types were chosen in reverse school order (and whose
    names in A-Z order would be havo, mbo, po, praktijkonderwijs)."""
    types = [SchoolType.objects.get(slug=slug) for slug in reversed(SCHOOL_ORDER)]
    return PracticeFactory(title="Alle schooltypen", school_types=types)


def test_school_types_are_in_school_order_everywhere(client, mixed_school_types):
    practice = mixed_school_types
    names = [SchoolType.objects.get(slug=slug).name for slug in SCHOOL_ORDER]
    joined = ", ".join(names)

    listing = client.get(LIST)
    options = next(f for f in listing.context["facets"] if f.key == "schooltype").options
    assert [o.value for o in options] == SCHOOL_ORDER
    assert joined in listing.content.decode()  # the card

    assert joined in client.get(practice.get_absolute_url()).content.decode()

    other = PracticeFactory()
    compare = client.get(COMPARE, {"ids": [practice.pk, other.pk]})
    assert dict(compare.context["rows"])["Schooltypen"][0] == joined

    export = client.get("/praktijkvoorbeelden/export.csv")
    text = b"".join(export.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    assert next(r for r in rows if r["titel"] == "Alle schooltypen")["schooltypen"] == "; ".join(
        names
    )

    api = client.get("/api/v1/practices/").json()["results"]
    item = next(r for r in api if r["title"] == "Alle schooltypen")
    assert [t["slug"] for t in item["school_types"]] == SCHOOL_ORDER


def test_school_type_facet_keeps_school_order_with_a_filter_set(client, mixed_school_types):
    response = client.get(LIST, {"schooltype": "mbo-niveau-2", "fase": "lopend"})
    options = next(f for f in response.context["facets"] if f.key == "schooltype").options
    assert [o.value for o in options] == SCHOOL_ORDER
    assert [o.selected for o in options] == [False, False, False, True]


@pytest.mark.parametrize(
    "details, expected",
    [
        (
            {"contact_name": "Sam", "contact_role": "mentor", "contact_phone": "013 000"},
            "Sam, mentor<br>013 000",
        ),
        (
            {"contact_email": "a@example.org", "contact_phone": "013 000"},
            '<a href="mailto:a@example.org">a@example.org</a><br>013 000',
        ),
        ({"contact_name": "Sam <b>"}, "Sam &lt;b&gt;"),
        ({"contact_phone": "013 000"}, None),
        ({"contact_name": "Sam", "contact_consent": False}, None),
    ],
)
def test_the_contact_cell_has_one_line_per_kind_of_detail_and_never_an_empty_line(
    details, expected
):
    from practices.models import Practice
    from practices.views import _contact

    practice = Practice(**{"contact_consent": True, **details})
    value = _contact(practice)
    assert (str(value) if value is not None else None) == expected


def test_dutch_values_in_the_english_comparison_are_marked_as_dutch(client, vocab):
    pks = [
        PracticeFactory(school_types=[vocab["havo"]], tags=["wijk"], costs_cover="").pk
        for _n in range(2)
    ]
    english = client.get("/en" + COMPARE, {"ids": pks})
    assert english.status_code == 200
    html = english.content.decode()
    assert '<span lang="nl">havo</span>' in html
    assert '<span lang="nl">wijk</span>' in html
    # An empty value is a dash, in no language.
    assert '<span lang="nl">–</span>' not in html
    dutch = client.get(COMPARE, {"ids": pks}).content.decode()
    assert '<span lang="nl">' not in dutch
