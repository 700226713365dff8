import pytest


@pytest.fixture(scope="session")
def demo_tables(django_db_setup, django_db_blocker):
    """Load the demo content once per test database (see tests/demo_snapshot.py)."""
    from tests import demo_snapshot

    with django_db_blocker.unblock():
        tables = demo_snapshot.take()
    yield tables
    with django_db_blocker.unblock():
        demo_snapshot.drop(tables)


@pytest.fixture
def demo(db, demo_tables):
    """The demo content as a newcomer gets it from `make run`."""
    from tests import demo_snapshot

    demo_snapshot.apply(demo_tables)


@pytest.fixture
def home(demo):
    from jos_portal.core.models import HomePage

    return HomePage.objects.get()


@pytest.fixture(autouse=True)
def clear_cache():
    """Cached facet counts and Wagtail's site lookups must not leak between tests."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
