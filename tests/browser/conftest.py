"""Real Chromium through Playwright, Debian's package, no downloaded browsers."""

import os
import shutil
from contextlib import contextmanager

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")

LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@contextmanager
def chromium_page(monkeypatch, **context_options):
    """A fresh Chromium page, started and stopped inside one test.

    Playwright's sync API runs an event loop in greenlets, and Django must not be asked to
    set up or flush the next test's database from inside that loop; starting it per test
    keeps the database fixtures outside. Database calls made while the browser runs are
    ordinary synchronous code, hence the async flag.
    """
    from playwright.sync_api import sync_playwright

    if not shutil.which(CHROMIUM) and not os.path.exists(CHROMIUM):
        pytest.fail(f"Chromium ontbreekt op {CHROMIUM}: installeer Debian's pakket 'chromium'.")
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS
        )
        context = browser.new_context(locale="nl-NL", **context_options)
        page = context.new_page()
        # Generous: on a loaded two-core machine a live-server page can take seconds.
        page.set_default_timeout(30_000)
        try:
            yield page
        finally:
            context.close()
            browser.close()


@pytest.fixture
def page(demo_server, monkeypatch):
    with chromium_page(monkeypatch, viewport={"width": 1280, "height": 900}) as page:
        yield page


@pytest.fixture
def browser_no_js(demo_server, monkeypatch):
    """A page with JavaScript switched off: everything must work with plain HTML."""
    with chromium_page(monkeypatch, java_script_enabled=False) as page:
        yield page


@pytest.fixture
def demo_server(transactional_db, live_server, demo_tables):
    """A live server with the demo content; live_server flushes the database afterwards."""
    from wagtail.models import Site

    from tests import demo_snapshot

    demo_snapshot.apply(demo_tables)
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "localhost", live_server.thread.port
    site.save()
    return live_server


def assert_no_serious_axe_violations(page, context=None):
    """No serious or critical axe finding on the page, or inside ``context`` (a CSS
    selector) where only that part is the portal's own markup."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, context=context) if context else Axe().run(page)
    serious = [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == [], f"axe on {page.url}: {serious}"
