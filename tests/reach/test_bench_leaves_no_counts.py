"""The reach benchmark serves real pages thousands of times; none of that is reach. Its
hits never reach the reach table, and the real visitors' counts waiting in the buffer
are neither lost nor flushed by it."""

import io

from django.core.management import call_command
from django.core.signals import request_finished
from django.db import close_old_connections

import pytest

from jos_portal.reach import counting
from jos_portal.reach.models import DailyCount
from tests.reach.visits import visit

pytestmark = pytest.mark.django_db


def test_the_benchmark_adds_nothing_and_keeps_what_visitors_counted(client, calendar, records):
    visit(client, records["a"].get_absolute_url(), "https://www.google.com/")
    counting.push()  # a real visit waits in the shared buffer

    out = io.StringIO()
    # As the test client does: the end of each request the command serves must not close
    # the connection that holds this test's transaction.
    request_finished.disconnect(close_old_connections)
    try:
        call_command("bench_reach_hit", requests=5, rounds=1, stdout=out)
    finally:
        request_finished.connect(close_old_connections)
    assert "counting step alone" in out.getvalue()
    assert not DailyCount.objects.exists()

    # The real visit is still there, once; none of the benchmark's hundreds.
    assert counting.flush() == 1
    (row,) = DailyCount.objects.all()
    assert (row.record_id, row.count, row.referrer) == (records["a"].pk, 1, "google.com")
