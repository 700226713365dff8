import pytest

from jos_portal.reach import counting


@pytest.fixture(autouse=True)
def fresh_counters():
    """Each test starts without counts held by this process from an earlier test."""
    counting.reset_process_counters()
    yield
    counting.reset_process_counters()
