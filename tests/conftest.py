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

    from jos_portal.core import navigation
    from jos_portal.discovery import search
    from jos_portal.operations import localcache, pagecache
    from jos_portal.operations.templatetags import fragment_cache
    from practices import bitsets, filters

    cache.clear()
    fragment_cache._local.clear()  # fragments this process keeps (keys hold the version)
    navigation._local_menus.clear()
    pagecache._local_pages.clear()
    localcache.clear_all()  # every other per-process cache (menu markup, practices, data)
    bitsets._shared["index"] = None
    search._indexed_vocabulary[0] = None
    search._held_expansions.clear()
    filters._lookups[0] = None
    bitsets._hits.clear()
    yield
    cache.clear()
    fragment_cache._local.clear()
    navigation._local_menus.clear()
    pagecache._local_pages.clear()
    localcache.clear_all()  # every other per-process cache (menu markup, practices, data)
    bitsets._shared["index"] = None
    search._indexed_vocabulary[0] = None
    search._held_expansions.clear()
    filters._lookups[0] = None
    bitsets._hits.clear()


@pytest.fixture(autouse=True)
def default_language():
    """A request under /en/ leaves English active in the thread (LocaleMiddleware activates
    it and nothing switches it back), so the next test on the same worker would build
    /en/ URLs. Every test starts and ends in the site's default language."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def force_login_includes_the_second_factor(monkeypatch):
    """``client.force_login()`` skips the login form, and with it the second factor: for a
    user who needs one (a superuser, a Beheerder, anyone with an app linked) the session is
    verified as after a login with a TOTP code. The login itself, code and all, is tested
    through the real form in tests/accounts/test_two_factor.py."""
    from django.test import Client

    original = Client.force_login

    def force_login(self, user, backend=None):
        original(self, user, backend)
        from django_otp import DEVICE_ID_SESSION_KEY
        from django_otp.plugins.otp_totp.models import TOTPDevice

        from jos_portal.accounts.middleware import needs_second_factor

        if needs_second_factor(user):
            device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
            if device is None:
                device = TOTPDevice.objects.create(user=user, name="test", confirmed=True)
            session = self.session
            session[DEVICE_ID_SESSION_KEY] = device.persistent_id
            session.save()

    monkeypatch.setattr(Client, "force_login", force_login)
