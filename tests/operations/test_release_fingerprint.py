"""The release fingerprint that keeps pages of the previous code out of the caches."""

import pytest

from jos_portal.operations import release as release_module


@pytest.fixture
def fresh_release():
    release_module.release.cache_clear()
    yield release_module.release
    release_module.release.cache_clear()


def project(tmp_path):
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "page.html").write_text("<p>oud</p>")
    (tmp_path / "jos_portal").mkdir()
    (tmp_path / "jos_portal" / "views.py").write_text("X = 1\n")
    (tmp_path / "staticfiles").mkdir()
    return tmp_path


def test_a_named_release_from_the_environment_wins_and_is_safe_in_a_key(fresh_release, monkeypatch):
    monkeypatch.setenv("RELEASE", "v2.3 ; rm -rf/\n" + "x" * 100)
    value = fresh_release()
    assert value == "v2.3rm-rf" + "x" * 31
    assert len(value) == 40


def test_without_a_name_a_template_change_gives_another_release(
    fresh_release, monkeypatch, settings, tmp_path
):
    monkeypatch.delenv("RELEASE", raising=False)
    monkeypatch.delenv("SENTRY_RELEASE", raising=False)
    base = project(tmp_path)
    settings.BASE_DIR = base
    settings.STATIC_ROOT = base / "staticfiles"
    first = fresh_release()
    assert first == fresh_release()  # once per process
    fresh_release.cache_clear()
    assert fresh_release() == first  # the same files, the same release

    (base / "templates" / "page.html").write_text("<p>nieuw</p>")
    fresh_release.cache_clear()
    second = fresh_release()
    assert second != first

    # New hashed names of the static files (a new manifest) count too.
    (base / "staticfiles" / "staticfiles.json").write_text('{"paths": {"a.css": "a.1.css"}}')
    fresh_release.cache_clear()
    third = fresh_release()
    assert third not in (first, second)

    # What is not code (uploads, the tests) does not.
    (base / "media").mkdir()
    (base / "media" / "upload.json").write_text("{}")
    (base / "jos_portal" / "tests").mkdir()
    (base / "jos_portal" / "tests" / "test_x.py").write_text("pass\n")
    fresh_release.cache_clear()
    assert fresh_release() == third


@pytest.mark.django_db
def test_a_deploy_serves_no_page_and_no_date_of_the_previous_code(
    client, home, settings, monkeypatch
):
    from django.core.cache import cache

    from jos_portal.operations import localcache, pagecache, sitecache

    assert pagecache.VERSION_KEY.endswith(":" + release_module.release())
    settings.PAGE_CACHE_SECONDS = 600
    client.get("/")
    old = client.get("/")
    assert old["X-Cache"] == "hit"
    changed_before = cache.get(pagecache.CHANGED_KEY)

    # A process of the next release: the same cache, a key of its own for the version.
    new_key = "pages:content-version:next-release"
    monkeypatch.setattr(pagecache, "VERSION_KEY", new_key)
    monkeypatch.setattr(sitecache, "VERSION_KEY", new_key, raising=False)
    monkeypatch.setattr(pagecache, "_last_version", None)
    localcache.clear_all()
    new = client.get("/")
    assert new["X-Cache"] == "miss"  # rendered by the new code, not the old page
    # What visitors get may have changed: a conditional request with the old date no
    # longer gets a 304 for the old copy.
    assert cache.get(pagecache.CHANGED_KEY) >= changed_before
