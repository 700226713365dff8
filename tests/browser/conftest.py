"""Real Chromium through Playwright, Debian's package, no downloaded browsers."""

import os
import shutil
from io import StringIO

from django.core.management import call_command

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


def _launch(playwright):
    if not shutil.which(CHROMIUM) and not os.path.exists(CHROMIUM):
        pytest.fail(f"Chromium ontbreekt op {CHROMIUM}: installeer Debian's pakket 'chromium'.")
    return playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)


@pytest.fixture
def browser_no_js(demo_server, monkeypatch):
    """A page with JavaScript switched off: everything must work with plain HTML."""
    from playwright.sync_api import sync_playwright

    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = _launch(playwright)
        context = browser.new_context(java_script_enabled=False, locale="nl-NL")
        page = context.new_page()
        page.set_default_timeout(10_000)
        yield page
        context.close()
        browser.close()


@pytest.fixture
def page(demo_server, monkeypatch):
    """A fresh Chromium page per test.

    Playwright starts and stops inside each test: its sync API runs an event loop in
    greenlets, and Django must not be asked to set up or flush the next test's database
    from inside that loop (the database fixtures run outside it this way). Database calls
    made while the browser runs are ordinary synchronous code, hence the async flag.
    """
    from playwright.sync_api import sync_playwright

    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = _launch(playwright)
        context = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 900})
        page = context.new_page()
        page.set_default_timeout(10_000)
        yield page
        context.close()
        browser.close()


@pytest.fixture
def demo_server(transactional_db, live_server):
    """A live server with the demo content; live_server flushes the database afterwards."""
    from wagtail.models import Site

    call_command("load_demo_data", stdout=StringIO())
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "localhost", live_server.thread.port
    site.save()
    return live_server


def assert_no_serious_axe_violations(page):
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    serious = [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == [], f"axe on {page.url}: {serious}"
