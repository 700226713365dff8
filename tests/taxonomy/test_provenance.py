"""The shared provenance fields: Dutch validation messages and the feed label."""

import datetime

from django.core.exceptions import ValidationError
from django.utils import timezone

import pytest

from jos_portal.taxonomy.provenance import labelled, provenance_columns
from tests.factories.publications import PublicationFactory

pytestmark = pytest.mark.django_db


def errors_of(record):
    with pytest.raises(ValidationError) as error:
        record.clean()
    return {field: " ".join(messages) for field, messages in error.value.message_dict.items()}


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"provenance": "bron"}, "source_url", "Vul het webadres van de bron in."),
        ({"provenance": ""}, "provenance", "Kies waar de gegevens vandaan komen."),
        ({"provenance": "iets"}, "provenance", "Kies waar de gegevens vandaan komen."),
        (
            {"source_checked": datetime.date(2026, 1, 1)},
            "source_checked",
            "hoort bij een webadres van de bron",
        ),
        (
            {
                "source_url": "https://www.example.nl/",
                "source_checked": timezone.localdate() + datetime.timedelta(days=1),
            },
            "source_checked",
            "ligt in de toekomst",
        ),
        (
            {"is_fictional": True, "provenance": "bron", "source_url": "https://example.nl/"},
            "is_fictional",
            "Een fictief voorbeeld heeft geen openbare bron",
        ),
    ],
)
def test_bad_provenance_gets_a_dutch_message(fields, field, message):
    publication = PublicationFactory.build(**fields)
    assert message in errors_of(publication)[field]


def test_good_provenance_passes():
    PublicationFactory.build(
        provenance="bron",
        source_url="https://doi.org/10.54431/jsi.661",
        source_checked=datetime.date(2026, 1, 1),
    ).clean()
    PublicationFactory.build(is_fictional=True, provenance="redactie").clean()


def test_titles_of_fictional_records_get_one_prefix_and_others_none():
    assert labelled(PublicationFactory.build(is_fictional=True), "Titel") == (
        "[Fictief voorbeeld] Titel"
    )
    assert labelled(PublicationFactory.build(), "Titel") == "Titel"
    assert labelled(object(), "Pagina") == "Pagina"


def test_export_columns_spell_out_the_flag_and_the_source():
    record = PublicationFactory.build(
        is_fictional=False,
        provenance="bron",
        source_url="https://www.example.nl/a",
        source_checked=datetime.date(2026, 1, 5),
    )
    assert {name: get(record) for name, get in provenance_columns()} == {
        "fictief voorbeeld": "nee",
        "herkomst": "openbare bron",
        "bron": "https://www.example.nl/a",
        "bron nagekeken op": "2026-01-05",
    }
    assert record.source_host == "example.nl"
