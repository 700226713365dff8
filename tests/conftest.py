from io import StringIO

from django.core.management import call_command

import pytest


@pytest.fixture
def demo(db):
    """The demo content as a newcomer gets it from `make run`."""
    call_command("load_demo_data", stdout=StringIO())


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
