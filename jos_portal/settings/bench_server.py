"""Production settings plus one benchmark-only URL: the bare view (``make bench-ratios``).

Used only by scripts/bench-ratios.sh for the gunicorn servers it starts on loopback; the
portal itself never loads this module, so the bare view is not reachable in production.
"""

from .production import *

ROOT_URLCONF = "jos_portal.operations.bench_urls"
