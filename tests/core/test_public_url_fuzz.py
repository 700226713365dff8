"""Generated junk against every public URL: no request may give a 5xx.

The routes come from walking Django's URL resolver (everything but the admin and its
login), and for Wagtail's catch-all from the page types and their sub-routes, so a new
view or page type is fuzzed without anyone adding it here. Path parameters are filled
with real values from the demo content (read from the sitemap) or with junk; query
strings carry the portal's parameter names and random ones, with NUL bytes and other
control characters, digits that are not ASCII (``²``, ``①``, ``١``), very long
values, repeated parameters, malformed page numbers and broken percent-encoding.

Kept short for CI: a bounded, derandomised number of examples per route.
"""

import contextlib
import os
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from unittest import mock
from urllib.parse import quote, unquote, urlencode, urlsplit

from django.http import QueryDict
from django.urls import LocalePrefixPattern, URLResolver, get_resolver, resolve
from django.urls.resolvers import RoutePattern

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, get_page_models

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

MAX_EXAMPLES = 20
SKIPPED_PREFIXES = ("admin/", "_util/login/")
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
# Wagtail's document URL is a regex; the other public routes are route patterns.
REGEX_ROUTES = {r"documenten/^(\d+)/(.*)$": "documenten/<int:document_id>/<str:filename>"}
PLACEHOLDER = re.compile(r"<(?:(?P<converter>\w+):)?(?P<name>\w+)>")

# Parameter names the portal reads somewhere, so the junk reaches the code that reads it.
PARAM_NAMES = [
    "q", "pagina", "aantal", "format", "sorteer", "soort", "jaar", "onderwerp", "regio",
    "doelgroep", "ids", "type", "versie", "fase", "schooltype", "gemeente", "a", "b",
    "a0", "a1", "a99", "p", "provincie", "jeugdregio", "samenwerking", "factor",
    "onderbouwing", "status", "limit", "offset", "werkplaats", "vorm", "key", "next",
]  # fmt: skip
ODD_VALUES = [
    "\t\r\n", "\x1b[0m", "\x7f", "Ⅻ", "½",
    "0", "-1", "+1", "1.5", "1e9", " 2 ", "9" * 30, "0x10", "NaN", "", " ",
    "'", '"><script>', "%", "%00", "../..", "a,b,,", "1,2,²", "🙂", "\u202e", "\ufeff",
]  # fmt: skip
RAW_QUERY_PARTS = ["%00", "%ff%fe", "%C3", "pagina=%E2%91%A0", "=&=&", "pagina", "a0=%00"]


@dataclass(frozen=True)
class Route:
    """One URL pattern: a template with <converter:name> placeholders."""

    template: str
    i18n: bool = False
    page_model: str = ""  # for Wagtail pages: app_label.Model

    @property
    def placeholders(self):
        return [(m["converter"] or "str", m["name"]) for m in PLACEHOLDER.finditer(self.template)]

    @property
    def key(self):
        return f"{self.page_model} {self.template}".strip()

    def __str__(self):
        return self.key


def _walk(patterns, prefix="", i18n=False):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            locale = isinstance(pattern.pattern, LocalePrefixPattern)
            yield from _walk(pattern.url_patterns, prefix + str(pattern.pattern), i18n or locale)
        else:
            yield prefix + str(pattern.pattern), pattern.name, i18n


def public_routes():
    """Every public URL pattern, Wagtail's catch-all replaced by one route per page type
    and sub-route."""
    routes = []
    for template, name, i18n in _walk(get_resolver().url_patterns):
        if template.startswith(SKIPPED_PREFIXES):
            continue
        if name == "wagtail_serve":
            routes += page_routes(i18n)
            continue
        routes.append(Route(REGEX_ROUTES.get(template, template), i18n))
    return list(dict.fromkeys(routes))


def page_routes(i18n):
    routes = []
    for model in get_page_models():
        if model is Page:
            continue
        label = model._meta.label
        subroutes = [""]
        if issubclass(model, RoutablePageMixin):
            subroutes = [
                str(p.pattern)
                for p in model.get_subpage_urls()
                if isinstance(p.pattern, RoutePattern)
            ]
        routes += [Route(sub, i18n, label) for sub in dict.fromkeys(subroutes)]
    return routes


ROUTES = public_routes()


# Real values from the demo content -------------------------------------------------

_SAMPLES = {}


def demo_samples(client):
    """Real values, read once per test run (the demo content is the same in every test):
    {"by_route": {route key: [kwargs]}, "pages": {page model: (path, pk)}, "values": set}.
    """
    if not _SAMPLES:
        by_route, pages = {}, {}
        response = client.get("/sitemap.xml")
        assert response.status_code == 200
        for loc in ET.fromstring(response.content).iter(f"{SITEMAP}loc"):
            path = unquote(urlsplit(loc.text).path)
            if path.startswith("/en/"):
                continue  # the same routes again, under the English prefix
            match = resolve(path)
            if match.url_name != "wagtail_serve":
                by_route.setdefault(match.route, []).append(match.kwargs)
        for model in get_page_models():
            page = model.objects.live().public().exact_type(model).first()
            if model is not Page and page is not None and page.get_url() is not None:
                pages[model._meta.label] = (page.get_url(), page.pk)
                if issubclass(model, RoutablePageMixin):
                    by_route.update(_sub_samples(client, model._meta.label, page.specific))
        values = {str(v) for kws in by_route.values() for kw in kws for v in kw.values()}
        _SAMPLES.update(by_route=by_route, pages=pages, values=values)
    return _SAMPLES


def _sub_samples(client, label, page):
    """A routable page's sub-routes without parameters can lead (by a redirect) to one
    with parameters, such as the scan's result code."""
    found = {}
    url = page.get_url()
    for route in (r for r in ROUTES if r.page_model == label and not r.placeholders):
        response = client.get(url + route.template)
        location = urlsplit(response.get("Location", "")).path
        if response.status_code in (301, 302, 303) and location.startswith(url):
            _view, _args, kwargs = page.resolve_subpage("/" + location[len(url) :])
            for sub in (r for r in ROUTES if r.page_model == label and r.placeholders):
                if {name for _c, name in sub.placeholders} == set(kwargs):
                    found.setdefault(sub.key, []).append(kwargs)
    return found


def samples_for(route, samples):
    """kwargs with real values: the route's own, else those of the routes with the same
    parameters that share the longest prefix with it (the citation downloads take the
    publications' slugs)."""
    by_route = samples["by_route"]
    if by_route.get(route.key):
        return by_route[route.key]
    names = {name for _c, name in route.placeholders}
    same = [key for key, kws in by_route.items() if kws and set(kws[0]) == names]
    if not same:
        return []
    best = max(len(os.path.commonprefix([route.key, key])) for key in same)
    return [
        kwargs
        for key in same
        if len(os.path.commonprefix([route.key, key])) == best
        for kwargs in by_route[key]
    ]


# The parameters a view reads -------------------------------------------------------

_READ_KEYS = {}


def read_keys(client, route, samples):
    """The query parameters the route's view asks for (``get``, ``getlist``, ``[]``,
    ``in``), recorded during one plain request, so the junk goes where it is read."""
    if route.key not in _READ_KEYS:
        seen = set()

        def recording(method):
            def wrapper(self, key, *args, **kwargs):
                seen.add(key)
                return method(self, key, *args, **kwargs)

            return wrapper

        path = plain_path(route, samples)
        with contextlib.ExitStack() as stack:
            for name in ("get", "getlist", "__getitem__", "__contains__"):
                method = getattr(QueryDict, name)
                stack.enter_context(mock.patch.object(QueryDict, name, recording(method)))
            client.get(path)
            # Views that walk the parameters (the scan's answers a0, a1, ...) read the
            # names they find.
            client.get(path, dict.fromkeys(PARAM_NAMES, ""))
        _READ_KEYS[route.key] = sorted(k for k in seen if isinstance(k, str))
    return _READ_KEYS[route.key]


def plain_path(route, samples):
    """The route with its first real parameters (or "1"), without a query string."""
    kwargs_samples = samples_for(route, samples)
    chosen = kwargs_samples[0] if kwargs_samples else {}
    path = PLACEHOLDER.sub(
        lambda m: quote(str(chosen.get(m["name"], "1")), safe=""), route.template
    )
    if route.page_model:
        path = samples["pages"][route.page_model][0].lstrip("/") + path
    return "/" + path


# Strategies -------------------------------------------------------------------------

NUL_VALUES = ["\x00", "a\x00b", "havo\x00", "\x00" * 50, "1\x00", "pesten\x00"]
ODD_DIGITS = ["²", "①", "¹²³", "١٢", "٣", "𝟙𝟚", "1²", "2021²", "GM085²", "GM٠٨٥٥", "1,2,²"]
odd_value = st.one_of(
    st.sampled_from(NUL_VALUES),
    st.sampled_from(ODD_DIGITS),
    st.text(st.characters(categories=["Nd", "No", "Nl"]), min_size=1, max_size=6),
    st.sampled_from(ODD_VALUES),
    st.text(max_size=12),
    st.builds(
        lambda chunk, n: chunk * n,
        st.sampled_from(["a", "\x00", "²", "x-", "ü", "1"]),
        st.integers(150, 3000),
    ),
)
numbers = st.integers(0, 10**12).map(str)


def one_of_real(real_values, *others):
    real = [st.sampled_from(sorted(real_values))] if real_values else []
    return st.one_of(*real, *others)


def query_strategy(keys, real_values):
    """A query string: a few parameters (the view's own names first), every parameter
    the view reads set to the same junk, or one parameter repeated; plus, sometimes,
    broken percent-encoding."""
    key = st.one_of(
        *([st.sampled_from(keys)] if keys else []),
        st.sampled_from(PARAM_NAMES),
        st.text(max_size=8),
    )
    value = one_of_real(real_values, odd_value)
    pair = st.tuples(key, value)
    pairs = st.one_of(
        st.lists(pair, min_size=1, max_size=6),
        st.builds(lambda v: [(k, v) for k in keys or PARAM_NAMES], odd_value),
        st.builds(lambda p, n: [p] * n, pair, st.integers(2, 60)),
    )
    raw = st.lists(st.sampled_from(RAW_QUERY_PARTS), max_size=1)
    return st.builds(lambda p, r: "&".join(part for part in (urlencode(p), *r) if part), pairs, raw)


def segment_strategy(converter, real_values):
    """A path segment, percent-encoded: a real value, a number or junk."""
    if converter == "int":
        return one_of_real(real_values, numbers)
    junk = odd_value.filter(bool).map(lambda s: quote(s, safe=""))
    return one_of_real({quote(v, safe="") for v in real_values}, junk, numbers)


@st.composite
def requests(draw, route, samples, keys):
    """(path, query string) for one route."""
    kwargs_samples = samples_for(route, samples)
    chosen = None
    if kwargs_samples and draw(st.booleans()):
        chosen = draw(st.sampled_from(kwargs_samples))  # all parameters real and matching
    path, end = "", 0
    for match in PLACEHOLDER.finditer(route.template):
        converter, name = match["converter"] or "str", match["name"]
        if chosen is not None:
            value = quote(str(chosen[name]), safe="")
        else:
            own = {str(kwargs[name]) for kwargs in kwargs_samples if name in kwargs}
            value = draw(segment_strategy(converter, own))
        path += route.template[end : match.start()] + value
        end = match.end()
    path += route.template[end:]
    if route.page_model:
        path = samples["pages"][route.page_model][0].lstrip("/") + path
    prefix = "/en/" if route.i18n and draw(st.booleans()) else "/"
    return prefix + path, draw(query_strategy(keys, samples["values"]))


# The test -----------------------------------------------------------------------------


def explicit_requests(route, samples, keys):
    """Tried before the generated ones, on every route: each parameter the view reads
    with a NUL byte and with a digit int() refuses, and all of them with "①"."""
    path = plain_path(route, samples)
    queries = [urlencode([(key, value)]) for key in keys for value in ("x\x00", "²")]
    queries.append(urlencode([(key, "①") for key in keys]))
    return [(path, query) for query in dict.fromkeys(queries) if query]


FUZZ_SETTINGS = settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
    ],
)


@pytest.mark.parametrize("route", ROUTES, ids=str)
def test_no_junk_breaks_a_public_url(client, demo, route):
    samples = demo_samples(client)
    # Every page type has a live, public page in the demo: without one the route would go
    # unfuzzed, so that is a failure of the walk, not a reason to skip.
    assert not route.page_model or route.page_model in samples["pages"], (
        f"geen gepubliceerde, openbare {route.page_model} in de demo-inhoud"
    )
    keys = read_keys(client, route, samples)

    def no_server_error(request):
        path, query = request
        response = client.get(f"{path}?{query}" if query else path)
        if response.streaming:
            b"".join(response.streaming_content)  # an error mid-stream is an error too
        assert response.status_code < 500, (path, query, response.status_code)

    run = given(requests(route, samples, keys))(no_server_error)
    for request in explicit_requests(route, samples, keys):
        run = example(request)(run)
    FUZZ_SETTINGS(run)()


def test_every_kind_of_public_route_is_fuzzed():
    """The walk finds the app views, the API and each page type with its sub-routes."""
    templates = {str(route) for route in ROUTES}
    for expected in (
        "praktijkvoorbeelden/",
        "praktijkvoorbeelden/vergelijk/",
        "publicaties/<slug:slug>/citeer.bib",
        "onderwerpen/<str:slug>/",
        "factoren/",
        "zoeken/",
        "api/v1/practices/",
        "sitemap.xml",
        "documenten/<int:document_id>/<str:filename>",
        "scan.ScanPage uitslag/<str:code>/",
        "scan.ScanPage stap/<int:step>/",
        "stories.StoryIndexPage feed/",
        "events.EventIndexPage ical/",
        "events.EventPage ical/",
        "core.ContentPage",
    ):
        assert expected in templates, expected
    assert not any(t.startswith("admin/") for t in templates)
