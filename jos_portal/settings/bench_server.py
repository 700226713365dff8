"""Production settings plus one benchmark-only URL: the bare view (``make bench-ratios``).

Used only by scripts/bench-ratios.sh for the gunicorn servers it starts on loopback; the
portal itself never loads this module, so the bare view is not reachable in production.
"""

from .production import *

ROOT_URLCONF = "jos_portal.operations.bench_urls"

# For a before/after figure in one run (scripts/bench-ratios.sh --compare-early-hit): a
# server whose page-cache hits go through the whole middleware stack, as they used to.
if os.environ.get("BENCH_LATE_PAGE_CACHE_HIT") == "1":
    MIDDLEWARE = [
        m for m in MIDDLEWARE if m != "jos_portal.operations.pagecache.PageCacheHitMiddleware"
    ]
