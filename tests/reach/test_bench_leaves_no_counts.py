"""The reach benchmark serves real pages thousands of times; none of that is reach. Its
hits never reach the reach table, and the real visitors' counts waiting in the buffer
are neither lost nor flushed by it."""

import io

from django.core.management import call_command

import pytest

from jos_portal.reach import counting
from jos_portal.reach.models import DailyCount
from tests.reach.visits import visit

pytestmark = pytest.mark.django_db


def test_the_benchmark_adds_nothing_and_keeps_what_visitors_counted(client, calendar, records):
    visit(client, records["a"].get_absolute_url(), "https://www.google.com/")
    counting.push()  # a real visit waits in the shared buffer

    out = io.StringIO()
    call_command("bench_reach_hit", requests=5, rounds=1, stdout=out)
    assert "counting step alone" in out.getvalue()
    assert not DailyCount.objects.exists()

    # The real visit is still there, once; none of the benchmark's hundreds.
    assert counting.flush() == 1
    (row,) = DailyCount.objects.all()
    assert (row.record_id, row.count, row.referrer) == (records["a"].pk, 1, "google.com")
