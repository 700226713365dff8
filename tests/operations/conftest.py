import pytest

from jos_portal.operations import cache as resilient


@pytest.fixture(autouse=True)
def fresh_resilient_cache_state(monkeypatch):
    """Each test starts with Redis not being skipped and its one-per-minute warning unused
    (both are per process and would otherwise leak from one test into the next)."""
    monkeypatch.setattr(resilient, "_skip_until", {})
    monkeypatch.setattr(resilient, "_last_warning", 0.0)
