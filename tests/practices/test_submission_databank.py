"""The submission form asks for the databank details in plain Dutch, all optional."""

import pytest

from practices.models import FundingSource, Practice
from tests.practices.test_submission import URL, moderator, valid_data  # noqa: F401

pytestmark = pytest.mark.django_db


def test_the_form_still_works_without_any_of_the_new_fields(client, moderator):  # noqa: F811
    assert client.post(URL, valid_data()).status_code == 302
    practice = Practice.objects.get()
    assert practice.recognition == "" and practice.age_from is None
    assert not practice.working_elements.exists()


def test_the_new_fields_are_optional_and_in_plain_dutch(client):
    html = client.get(URL).content.decode()
    assert "Meer over de aanpak (optioneel)" in html
    assert "Wat maakt dat de aanpak werkt? (optioneel)" in html
    assert "Wie betaalt de aanpak? (optioneel)" in html
    assert "Is de aanpak officieel erkend? (optioneel)" in html


def test_the_new_fields_end_up_on_the_draft(client, moderator):  # noqa: F811
    data = valid_data(
        working_elements="- Vaste jongerenwerker in de pauze\n\nEen eigen ruimte\n",
        age_from="12",
        age_to="15",
        prevention_level="selectief",
        youth_work_hours_per_week="8",
        cost_per_year_from="5000",
        cost_per_year_to="9000",
        funding_sources=[
            FundingSource.objects.get(slug="gemeente").pk,
            FundingSource.objects.get(slug="samenwerkingsverband").pk,
        ],
        recognition="goed-beschreven",
        recognition_url="https://www.movisie.nl/interventie/fictieve-aanpak",
        evaluation_url="https://example.org/rapport.pdf",
    )
    assert client.post(URL, data).status_code == 302
    practice = Practice.objects.get()
    assert [w.text for w in practice.working_elements.all()] == [
        "Vaste jongerenwerker in de pauze",
        "Een eigen ruimte",
    ]
    assert (practice.age_from, practice.age_to, practice.prevention_level) == (12, 15, "selectief")
    assert practice.cost_band == "5000-25000"
    assert set(practice.funding_sources.values_list("slug", flat=True)) == {
        "gemeente",
        "samenwerkingsverband",
    }
    assert practice.recognition == "goed-beschreven"
    assert practice.recognition_databank == "movisie"
    assert practice.evaluations.get().url == "https://example.org/rapport.pdf"
    # The draft in review carries them too (what the moderator sees and publishes).
    draft = practice.latest_revision.as_object()
    assert [w.text for w in draft.working_elements.all()][0] == "Vaste jongerenwerker in de pauze"
    assert client.get(practice.get_absolute_url()).status_code == 404


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"age_from": "18", "age_to": "12"}, "age_to", "niet lager"),
        ({"youth_work_hours_per_week": "-4"}, "youth_work_hours_per_week", "niet negatief"),
        ({"cost_per_year_from": "9000", "cost_per_year_to": "100"}, "cost_per_year_to", "lager"),
        ({"cost_per_year_from": "-1"}, "cost_per_year_from", "niet negatief"),
        ({"recognition": "topklasse"}, "recognition", ""),
        ({"working_elements": "x\n" * 11}, "working_elements", "maximaal 10"),
    ],
)
def test_bad_input_gets_a_dutch_message_not_a_500(client, overrides, field, message):
    response = client.post(URL, valid_data(**overrides))
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert field in errors and message in " ".join(errors[field])
    assert not Practice.objects.exists()
