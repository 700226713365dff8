"""Databank-grade fields on a practice: validation in Dutch, the admin form, the vocabularies
the migrations add."""

import datetime

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset

import pytest

from jos_portal.taxonomy.models import Organisation, SchoolType, TargetGroup
from practices.models import EvidenceLevel, FundingSource, Practice, Recognition
from tests.factories.practices import PracticeFactory
from tests.practices.test_admin import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("redacteur", "r@example.nl", "pw")
    client.force_login(user)
    return client


def errors_of(practice):
    with pytest.raises(ValidationError) as caught:
        practice.full_clean()
    return caught.value.message_dict


def test_valid_until_before_the_rating_date_is_refused_in_dutch(vocab):
    practice = PracticeFactory.build(
        recognition=Recognition.WELL_DESCRIBED,
        recognition_date=datetime.date(2024, 5, 1),
        recognition_valid_until=datetime.date(2023, 5, 1),
    )
    assert "na de datum van de erkenning" in errors_of(practice)["recognition_valid_until"][0]


def test_an_age_range_from_18_to_12_is_refused(vocab):
    practice = PracticeFactory.build(age_from=18, age_to=12)
    assert "niet lager" in errors_of(practice)["age_to"][0]


def test_negative_hours_and_a_reversed_cost_range_are_refused(vocab):
    practice = PracticeFactory.build(
        youth_work_hours_per_week=-4, cost_per_year_from=9000, cost_per_year_to=1000
    )
    errors = errors_of(practice)
    assert "youth_work_hours_per_week" in errors
    assert "niet lager" in errors["cost_per_year_to"][0]


def test_the_portal_scale_no_longer_borrows_the_official_wording():
    official = {str(label).lower() for label in Recognition.labels}
    for label in EvidenceLevel.labels:
        assert str(label).lower() not in official
        assert "onderbouwd" not in str(label) and "goed beschreven" not in str(label).lower()
    # Stored values are unchanged, so existing records keep their level.
    assert set(EvidenceLevel.values) == {"beschreven", "werkplaats", "geevalueerd"}


def test_cost_band_follows_the_upper_bound_or_the_only_amount():
    assert Practice(cost_per_year_from=3000).cost_band == "tot-5000"
    assert Practice(cost_per_year_from=3000, cost_per_year_to=12000).cost_band == "5000-25000"
    assert Practice(cost_per_year_to=25000).cost_band == "vanaf-25000"
    assert Practice().cost_band == ""


def test_migrations_add_school_types_in_school_order_and_new_vocabularies():
    names = list(SchoolType.objects.values_list("slug", flat=True))
    po = next(n for n in names if n.startswith("po-groep-7-8"))
    isk = next(n for n in names if "isk" in n)
    vavo = next(n for n in names if n.startswith("vavo"))
    assert names.index(po) == 0
    assert names.index("praktijkonderwijs") < names.index("vwo") < names.index(isk)
    assert names.index(isk) < names.index("voortgezet-speciaal-onderwijs") < names.index(vavo)
    assert names.index(vavo) < names.index("mbo-niveau-1-entree")
    assert TargetGroup.objects.filter(slug="wijkteams").exists()
    assert TargetGroup.objects.filter(slug="leerplichtambtenaren-en-rmc-consulenten").exists()
    assert {"leerplicht-rmc", "wijkteam", "smw", "politie", "ggd"} <= set(Organisation.Kind.values)
    assert list(FundingSource.objects.values_list("slug", flat=True)) == [
        "gemeente",
        "school",
        "samenwerkingsverband",
        "subsidie-fonds",
        "anders",
    ]


def test_admin_saves_the_new_sections_with_ordered_working_elements(admin_client, vocab):
    data = form_data(
        vocab,
        recognition="goed-beschreven",
        recognition_date="2024-03-01",
        recognition_valid_until="2029-03-01",
        recognition_databank="movisie",
        recognition_url="https://example.org/databank/fictief",
        youth_work_hours_per_week="12.5",
        cost_per_year_from="8000",
        cost_per_year_to="15000",
        age_from="12",
        age_to="16",
        prevention_level="universeel",
        owner_name="Fictieve eigenaar",
        owner_consent="on",
        funding_sources=[FundingSource.objects.get(slug="gemeente").pk],
        working_elements=inline_formset(
            [
                {"text": "Vaste jongerenwerker in de pauze", "factor": vocab["factor"].pk},
                {"text": "Een eigen ruimte in de school", "factor": ""},
            ]
        ),
        evaluations=inline_formset(
            [
                {
                    "design": "procesevaluatie",
                    "year": "2023",
                    "conducted_by": "x",
                    "title": "",
                    "url": "",
                }
            ]
        ),
    )
    response = admin_client.post(reverse("wagtailsnippets_practices_practice:add"), data)
    assert response.status_code == 302, response.context["form"].errors
    practice = Practice.objects.get(slug="nieuw-voorbeeld")
    assert [w.text for w in practice.working_elements.all()] == [
        "Vaste jongerenwerker in de pauze",
        "Een eigen ruimte in de school",
    ]
    assert practice.working_elements.first().factor == vocab["factor"]
    assert practice.evaluations.get().design == "procesevaluatie"
    assert practice.cost_band == "5000-25000"
    assert practice.empty_sections == []


def test_admin_shows_dutch_errors_not_a_500_for_bad_ranges(admin_client, vocab):
    data = form_data(
        vocab,
        recognition="goed-beschreven",
        recognition_date="2024-03-01",
        recognition_valid_until="2020-03-01",
        age_from="18",
        age_to="12",
        youth_work_hours_per_week="-3",
    )
    response = admin_client.post(reverse("wagtailsnippets_practices_practice:add"), data)
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "na de datum van de erkenning" in errors["recognition_valid_until"][0]
    assert "niet lager" in errors["age_to"][0]
    assert "youth_work_hours_per_week" in errors
    assert not Practice.objects.filter(slug="nieuw-voorbeeld").exists()
