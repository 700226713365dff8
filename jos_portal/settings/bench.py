"""Benchmarks: production-like (DEBUG off, real static storage not needed), any database."""

import warnings

from .base import *

SECRET_KEY = "bench-only-key-0123456789abcdefghijklmnopqrstuvwxyz"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
LOGGING["root"]["level"] = "WARNING"
# Static files are not collected for benchmarks; WhiteNoise would warn on every start.
warnings.filterwarnings("ignore", message="No directory at", module="whitenoise.base")
# The benchmark measures the views; whole-page caching is measured by the load test.
PAGE_CACHE_SECONDS = 0
# Per-request log lines would drown the figures.
LOGGING["loggers"]["jos.requests"]["level"] = "WARNING"
# Demo content with fictional examples belongs here (see base.py).
DEMO_CONTENT_ALLOWED = True
