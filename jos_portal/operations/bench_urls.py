"""The portal's URLs plus the bare view that benchmarks measure every page against.

Only ``jos_portal.settings.bench_server`` points here (ROOT_URLCONF); see
scripts/bench-ratios.sh.
"""

from django.template.response import TemplateResponse
from django.urls import path
from django.views.decorators.cache import never_cache

from jos_portal.urls import handler500  # noqa: F401 - the same error page
from jos_portal.urls import urlpatterns as portal_urlpatterns

BARE_PATH = "_bench/kaal/"


@never_cache
def bare_view(request):
    """A small template through the whole middleware stack: no query, no include, no
    cache lookup of its own (never_cache, so the page cache does not store it either)."""
    items = [f"regel {number}" for number in range(1, 11)]
    return TemplateResponse(request, "operations/bench_bare.html", {"items": items})


urlpatterns = [path(BARE_PATH, bare_view, name="bench_bare"), *portal_urlpatterns]
