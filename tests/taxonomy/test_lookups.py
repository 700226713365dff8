"""``pk__any_of``: the same rows as ``pk__in``, one array parameter on PostgreSQL."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from jos_portal.taxonomy.models import Municipality

pytestmark = pytest.mark.django_db


def test_any_of_finds_the_same_rows_as_in():
    pks = list(Municipality.objects.values_list("pk", flat=True)[:300])
    wanted = set(pks[::3]) | {10**9}  # and a pk that does not exist
    found = set(Municipality.objects.filter(pk__any_of=wanted).values_list("pk", flat=True))
    assert found == set(Municipality.objects.filter(pk__in=wanted).values_list("pk", flat=True))
    assert found == set(pks[::3])
    assert not Municipality.objects.filter(pk__any_of=set()).exists()
    excluded = Municipality.objects.exclude(pk__any_of=wanted)
    assert excluded.count() == Municipality.objects.count() - len(found)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the array form is PostgreSQL's")
def test_on_postgresql_the_list_is_one_parameter():
    pks = set(Municipality.objects.values_list("pk", flat=True)[:200])
    with CaptureQueriesContext(connection) as queries:
        assert Municipality.objects.filter(pk__any_of=pks).count() == len(pks)
    sql = queries.captured_queries[0]["sql"]  # as sent, with the parameter filled in
    assert "= ANY('{" in sql and "::bigint[]" in sql and " IN (" not in sql
