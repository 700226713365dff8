"""Nothing on a public page is loaded from another host: every page type (and the pages
reachable from them by a plain link) is fetched, and every script, stylesheet, image,
frame, media element, icon and CSS ``url()``/``@import`` in the HTML, in style attributes
and in the site's own stylesheets must come from this site (or be a ``data:`` URI).
Links a visitor may follow (``<a href>``) are not loads and may go anywhere."""

import re
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

from django.urls import reverse

from wagtail.models import Page

import pytest

from jos_portal.events.models import EventIndexPage, EventPage
from jos_portal.scan.models import ScanPage
from jos_portal.stories.models import StoryIndexPage, StoryPage
from jos_portal.taxonomy.models import Factor, Municipality
from practices.models import Practice
from publications.models import Publication
from workshops.models import Session, Workplace

pytestmark = pytest.mark.django_db

OWN_HOST = "testserver"
CRAWL_LIMIT = 160
# <link> relations that name a document instead of loading it.
NOT_LOADED_RELS = {"alternate", "canonical", "author", "license", "help", "me", "next", "prev"}
CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3""", re.I)
LOADING_ATTRIBUTES = {
    "script": ("src",),
    "img": ("src", "srcset"),
    "source": ("src", "srcset"),
    "iframe": ("src",),
    "frame": ("src",),
    "video": ("src", "poster"),
    "audio": ("src",),
    "track": ("src",),
    "embed": ("src",),
    "object": ("data",),
    "input": ("src",),
    "image": ("href", "xlink:href"),
    "use": ("href", "xlink:href"),
}


class Sources(HTMLParser):
    """Collects (what, address) for everything a browser would load, and the plain links."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.loads = []
        self.links = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in LOADING_ATTRIBUTES.get(tag, ()):
            value = attrs.get(name)
            if not value:
                continue
            if name.endswith("srcset"):
                for candidate in value.split(","):
                    if candidate.strip():
                        self.loads.append((f"{tag}[{name}]", candidate.split()[0]))
            else:
                self.loads.append((f"{tag}[{name}]", value))
        if tag == "link" and attrs.get("href"):
            rels = set((attrs.get("rel") or "").lower().split())
            if not rels or not rels <= NOT_LOADED_RELS:
                self.loads.append((f"link[rel={attrs.get('rel')}]", attrs["href"]))
        if tag == "meta" and (attrs.get("http-equiv") or "").lower() == "refresh":
            target = (attrs.get("content") or "").partition("url=")[2]
            if target:
                self.loads.append(("meta refresh", target))
        if attrs.get("style"):
            self.loads.extend(("style attribute", url) for url in css_urls(attrs["style"]))
        if tag == "style":
            self._in_style = True
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])

    def handle_endtag(self, tag):
        if tag == "style":
            self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.loads.extend(("<style>", url) for url in css_urls(data))


def css_urls(text):
    return [match.group(2) or match.group(4) for match in CSS_URL.finditer(text)]


def foreign(base, address):
    """The other host an address loads from, or None when it is this site (or inline)."""
    address = address.strip()
    if address.lower().startswith(("data:", "#", "about:blank")):
        return None
    parts = urlsplit(urljoin(base, address))
    if parts.scheme not in ("http", "https", ""):
        return parts.scheme + ":"
    if parts.netloc and parts.hostname != OWN_HOST:
        return parts.netloc
    return None


def public_pages():
    """One URL per public page type, in Dutch and (where the interface is English) under
    /en/: these must all answer 200."""

    def first(queryset):
        record = queryset.first()
        assert record is not None, queryset.model
        return record

    practice = first(Practice.objects.published())
    two = ",".join(str(pk) for pk in Practice.objects.published().values_list("pk", flat=True)[:2])
    workplace = first(Workplace.objects.all())
    session = first(Session.objects.published())
    publication = first(Publication.objects.published())
    factor = first(Factor.objects.all())
    municipality = first(Municipality.objects.filter(practices__live=True))
    province = municipality.province
    topic = first(practice.tags.all())
    pages = {
        "home": "/",
        "practice list": "/praktijkvoorbeelden/",
        "practice list filtered": f"/praktijkvoorbeelden/?provincie={province.slug}",
        "practice": practice.get_absolute_url(),
        "compare": reverse("practices:compare") + f"?ids={two}",
        "submit practice": reverse("practices:submit"),
        "workplaces": "/werkplaatsen/",
        "workplace": workplace.get_absolute_url(),
        "session": session.get_absolute_url(),
        "factor map": "/factoren/",
        "factor": reverse("discovery:factor", args=[factor.slug]),
        "topics": "/onderwerpen/",
        "topic": reverse("discovery:topic", args=[topic.slug]),
        "regions": "/regio/",
        "province": reverse("discovery:province", args=[province.slug]),
        "municipality": reverse("discovery:municipality", args=[province.slug, municipality.slug]),
        "search": "/zoeken/?q=school",
        "publications": "/publicaties/",
        "publication": publication.get_absolute_url(),
        "tips": reverse("stories:tips"),
        "api docs": "/api/v1/docs",
        "api docs (swagger)": "/api/v1/docs/swagger",
        "open data": "/open-data/",
        "sitemap page": "/sitemap/",
        "for municipalities": reverse("discovery:municipality_guide"),
        "reading guide": reverse("discovery:reading_guide"),
        "privacy": first(Page.objects.live().filter(slug="privacy")).url,
    }
    for name, model in (
        ("scan", ScanPage),
        ("stories", StoryIndexPage),
        ("story", StoryPage),
        ("events", EventIndexPage),
        ("event", EventPage),
    ):
        pages[name] = first(model.objects.live().public()).url
    for name in ("home", "practice list", "practice", "publications", "publication", "search"):
        pages[f"{name} (en)"] = "/en" + pages[name]
    return pages


def scan(client, url, seen_css, problems):
    response = client.get(url, HTTP_USER_AGENT="Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0")
    content_type = response.get("Content-Type", "")
    if response.status_code != 200 or not content_type.startswith("text/html"):
        return response, []
    base = f"http://{OWN_HOST}{url}"
    parser = Sources()
    parser.feed(response.content.decode())
    for what, address in parser.loads:
        host = foreign(base, address)
        if host:
            problems.append(f"{url}: {what} {address} (van {host})")
        elif what.startswith("link") and urlsplit(address).path.endswith(".css"):
            css = urlsplit(urljoin(base, address)).path
            if css not in seen_css:
                seen_css.add(css)
                text = b"".join(client.get(css).streaming_content).decode()
                for inner in css_urls(text):
                    inner_host = foreign(f"http://{OWN_HOST}{css}", inner)
                    if inner_host:
                        problems.append(f"{css}: url({inner}) (van {inner_host})")
    return response, [urljoin(base, link) for link in parser.links]


def test_no_public_page_loads_anything_from_another_host(client, home):
    pages = public_pages()
    problems, seen_css, visited = [], set(), set()
    queue = []
    for name, url in pages.items():
        response, links = scan(client, url, seen_css, problems)
        assert response.status_code == 200, (name, url, response.status_code)
        assert response["Content-Type"].startswith("text/html"), (name, url)
        visited.add(url)
        queue.extend(links)
    # Then the pages reachable from those by a plain link (no query strings: the filter
    # combinations are the same templates), up to a limit.
    while queue and len(visited) < CRAWL_LIMIT:
        parts = urlsplit(queue.pop(0))
        if parts.hostname != OWN_HOST or parts.query or parts.path in visited:
            continue
        if parts.path.startswith(("/admin/", "/documenten/", "/static/", "/media/")):
            continue
        visited.add(parts.path)
        _response, links = scan(client, parts.path, seen_css, problems)
        queue.extend(links)
    assert seen_css, "no stylesheet of our own was found to check"
    assert len(visited) >= len(pages) + 20
    assert problems == []


def test_the_scan_recognises_a_foreign_source():
    """The checker itself: each way of loading from elsewhere is caught."""
    html = """
      <script src="https://cdn.example.com/x.js"></script>
      <link rel="stylesheet" href="//fonts.example.net/css">
      <link rel="preconnect" href="https://fonts.gstatic.com">
      <link rel="alternate" hreflang="en" href="https://elsewhere.example/en/">
      <img src="/static/ok.png" srcset="/static/a.png 1x, https://img.example.org/b.png 2x">
      <iframe src="https://www.youtube.com/embed/x"></iframe>
      <div style="background: url('https://bg.example.com/i.png')"></div>
      <style>@import "https://css.example.com/a.css";
        .x { background: url(data:image/png;base64,AA) }</style>
      <a href="https://www.rijksoverheid.nl/">a link is fine</a>
    """
    parser = Sources()
    parser.feed(html)
    hosts = {foreign("http://testserver/", address) for _what, address in parser.loads} - {None}
    assert hosts == {
        "cdn.example.com",
        "fonts.example.net",
        "fonts.gstatic.com",
        "img.example.org",
        "www.youtube.com",
        "bg.example.com",
        "css.example.com",
    }
    assert parser.links == ["https://www.rijksoverheid.nl/"]
