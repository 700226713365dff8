"""Tests: fast hasher, memory cache and plain static storage."""

from .base import *

SECRET_KEY = "test-only-key-0123456789abcdefghijklmnopqrstuvwxyz"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
# Mail takes the production path (queued as a task, immediate here) into the test outbox.
EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = BASE_DIR / "media-test"
WAGTAILADMIN_BASE_URL = "http://testserver"
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
# The whole-page cache is tested on its own (tests/operations/test_page_cache.py); other
# tests change rows with update() and read pages back, which a page cache would hide.
PAGE_CACHE_SECONDS = 0
# Demo content with fictional examples belongs here (see base.py).
DEMO_CONTENT_ALLOWED = True
# Scheduled publishing on request is tested on its own (tests/operations/test_scheduling.py);
# elsewhere its turn would add queries to the first request of every test client.
SCHEDULED_PUBLISHING_INTERVAL = 0
# Reach counts go to the cache at once and reach the database only when a test flushes.
REACH_PUSH_SECONDS = 0
REACH_FLUSH_SECONDS = 0
