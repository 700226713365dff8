"""Local development: debug on, a fixed key that only works on this machine."""

from .base import *

DEBUG = True
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-key-never-used-in-production-0123456789abcdef")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
# Demo content with fictional examples belongs here (see base.py).
DEMO_CONTENT_ALLOWED = True
