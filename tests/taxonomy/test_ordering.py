"""Orderable children made in code keep the order of the list they were given in."""

import pytest

from publications.models import Author
from tests.factories.publications import PublicationFactory

pytestmark = pytest.mark.django_db


def test_children_assigned_in_code_get_the_order_of_the_list():
    publication = PublicationFactory(title="Volgorde")
    publication.authors = [
        Author(family_name=name, given_names="A.") for name in ("Mutsaers", "Demir", "Zwart")
    ]
    publication.save()
    rows = list(
        Author.objects.filter(publication=publication).values_list("family_name", "sort_order")
    )
    assert sorted(rows, key=lambda r: r[1]) == [("Mutsaers", 0), ("Demir", 1), ("Zwart", 2)]
    # A later child goes last; one with its own sort_order keeps it.
    Author.objects.create(publication=publication, family_name="Laatst", given_names="B.")
    Author.objects.create(
        publication=publication, family_name="Eerst", given_names="C.", sort_order=-1
    )
    names = list(
        Author.objects.filter(publication=publication)
        .order_by("sort_order")
        .values_list("family_name", flat=True)
    )
    assert names == ["Eerst", "Mutsaers", "Demir", "Zwart", "Laatst"]
