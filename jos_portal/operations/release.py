"""Which code this process runs, as a short fingerprint for cache keys and ETags.

Cached pages, fragments and data are keyed on the content version, which only editors'
changes move. A deploy changes the markup (templates, views) and the hashed names of
static files without any content change; without the release in the key, a page rendered
by the previous code could be served for as long as it stays cached, pointing at a
stylesheet that is no longer there. ``RELEASE`` from the environment names the release
(a git commit or image tag, set by the deploy); without it, a hash of the code and
templates on disk and of the static files manifest stands in for it, computed once per
process.
"""

import hashlib
import os
from functools import cache
from pathlib import Path

from django.conf import settings

# What can change the bytes of a page: code, templates, translations, the XSL of the feeds.
SUFFIXES = {".py", ".html", ".txt", ".xsl", ".xml", ".mo", ".json"}
SKIPPED_DIRS = {".venv", "node_modules", "media", "staticfiles", "tests", "__pycache__", ".git"}


def _project_roots():
    base = Path(settings.BASE_DIR)
    roots = [base / "templates", base / "locale"]
    roots += [base / name for name in ("jos_portal", "practices", "publications", "workshops")]
    return [root for root in roots if root.is_dir()]


def _files(root):
    for folder, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in SKIPPED_DIRS)
        for name in sorted(names):
            if Path(name).suffix in SUFFIXES:
                yield Path(folder) / name


def _fingerprint():
    digest = hashlib.blake2b(digest_size=6)
    base = Path(settings.BASE_DIR)
    paths = [path for root in _project_roots() for path in _files(root)]
    manifest = Path(settings.STATIC_ROOT) / "staticfiles.json"
    if manifest.is_file():
        paths.append(manifest)
    for path in paths:
        try:
            content = path.read_bytes()
        except OSError:
            continue
        name = str(path.relative_to(base)) if path.is_relative_to(base) else str(path)
        digest.update(name.encode())
        digest.update(b"\0")
        digest.update(content)
    return digest.hexdigest()


@cache
def release():
    """The release this process runs: ``RELEASE`` (or ``SENTRY_RELEASE``) from the
    environment, else a fingerprint of the code on disk. Short, safe in a cache key."""
    named = os.environ.get("RELEASE") or os.environ.get("SENTRY_RELEASE") or ""
    named = "".join(ch for ch in named if ch.isalnum() or ch in "-_.")[:40]
    return named or _fingerprint()
