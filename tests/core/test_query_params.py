"""Query-string input is cleaned in one place (jos_portal.taxonomy.params) before it
reaches a query or int(): NUL bytes (PostgreSQL refuses them), digits that are not
ASCII ("²" and "①" pass str.isdigit() but not int()) and long values."""

from django.core.paginator import PageNotAnInteger
from django.http import QueryDict

import pytest

from jos_portal.taxonomy import params


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("havo", "havo"), (" ha\x00vo\t", "havo"), ("\x00", ""), ("a\x1b\x7fb", "ab"), ("", "")],
)
def test_clean_strips_control_characters_and_space(raw, expected):
    assert params.clean(raw) == expected


def test_text_takes_the_last_value_cut_to_a_length():
    query = QueryDict("soort=a&soort=b%00c&lang=" + "x" * 500)
    assert params.text(query, "soort") == "bc"
    assert params.text(query, "lang") == "x" * params.MAX_VALUE_LENGTH
    assert params.text(query, "lang", 10) == "x" * 10
    assert params.text(query, "ontbreekt") == ""


def test_texts_cleans_every_value_and_drops_empty_ones():
    query = QueryDict("f=havo&f=%00&f=+vwo+&f=")
    assert params.texts(query, "f") == ["havo", "vwo"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("12", 12),
        (" 7 ", 7),
        ("0", 0),
        ("²", None),
        ("①", None),
        ("1²", None),
        ("١٢", None),  # Arabic-Indic digits: int() would accept them
        ("𝟙", None),
        ("-1", None),
        ("1.5", None),
        ("1e3", None),
        ("", None),
        ("9" * 10, None),
        ("1\x002", None),
        ("\x00", None),
    ],
)
def test_number_accepts_ascii_digits_only(raw, expected):
    assert params.number(raw) == expected


def test_number_keeps_to_its_bounds():
    assert params.number("2020", minimum=1900, maximum=2100) == 2020
    assert params.number("1899", minimum=1900, maximum=2100) is None
    assert params.number("2101", minimum=1900, maximum=2100) is None


@pytest.mark.parametrize(
    ("query", "expected"),
    [("", 1), ("pagina=", 1), ("pagina=3", 3), ("pagina=-1", -1), ("pagina=" + "9" * 40, None)],
)
def test_page_number_passes_numbers_to_the_paginator(query, expected):
    expected = int("9" * params.MAX_PAGE_LENGTH) if expected is None else expected
    assert params.page_number(QueryDict(query)) == expected


@pytest.mark.parametrize("value", ["²", "①", "١", "1.0", "een", "%00", "1%002"])
def test_page_number_refuses_anything_else_like_the_paginator(value):
    with pytest.raises(PageNotAnInteger):
        params.page_number(QueryDict(f"pagina={value}"))


# Views that used to give a 500 --------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "status", "message"),
    [
        # A NUL byte in a filter value reached PostgreSQL.
        ("/factoren/?onderwerp=pesten%00", 200, "Onbekend onderwerp genegeerd."),
        ("/factoren/?soort=%00", 200, ""),
        ("/publicaties/?onderwerp=x%00", 200, "Onbekend onderwerp genegeerd."),
        ("/verhalen/?onderwerp=x%00", 400, "Onbekend onderwerp"),
        ("/verhalen/feed/?onderwerp=x%00", 400, "Onbekend onderwerp"),
        ("/bijeenkomsten/?regio=x%00", 400, "Onbekende regio"),
        ("/bijeenkomsten/ical/?regio=x%00", 400, "Onbekende regio"),
        ("/onderwerpen/%00/", 404, ""),
        ("/onderwerpen/x%00y/", 404, ""),
        ("/samenwerkingsscan/stap/5/?schooltype=havo%00x", 400, "Onbekend schooltype."),
        # Digits that pass isdigit() but not int().
        ("/publicaties/?jaar=%C2%B2", 200, "Onbekend jaar genegeerd."),
        ("/publicaties/?jaar=%E2%91%A0", 200, "Onbekend jaar genegeerd."),
        ("/praktijkvoorbeelden/vergelijk/?ids=1,%C2%B2", 400, "ongeldig nummer"),
        ("/praktijkvoorbeelden/vergelijk/?ids=%E2%91%A0&ids=2", 400, "ongeldig nummer"),
        ("/samenwerkingsscan/stap/1/?a0=%C2%B2", 400, "Een antwoord heeft een waarde"),
        ("/samenwerkingsscan/uitslag/?a1=%E2%91%A0", 400, "Een antwoord heeft een waarde"),
        ("/praktijkvoorbeelden/?pagina=%C2%B2", 400, "Het paginanummer moet een getal zijn."),
        ("/zoeken/?q=school&pagina=%E2%91%A0", 400, "Het paginanummer moet een getal zijn."),
        ("/verhalen/?pagina=%E2%91%A0", 400, "Het paginanummer moet een getal zijn."),
        ("/bijeenkomsten/?pagina=%C2%B2", 400, "Het paginanummer moet een getal zijn."),
        ("/praktijkvoorbeelden/?aantal=%C2%B2%C2%B2", 400, "Kies 12, 24 of 48"),
    ],
)
def test_odd_input_gets_a_clear_answer_not_a_server_error(client, demo, url, status, message):
    response = client.get(url)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    assert response.status_code == status, (url, response.status_code)
    assert message in body.decode()


@pytest.mark.django_db
def test_a_publication_year_in_other_digits_is_not_read_as_a_year(client, demo):
    response = client.get("/publicaties/", {"jaar": "٢٠٢٠"})  # 2020 in Arabic-Indic digits
    assert "Onbekend jaar genegeerd." in response.content.decode()
    assert response.context["year"] == ""
