"""Every fictional record of the real demo content carries its label on every public
channel: detail pages, every list and hub that links to it, search, compare, feeds,
calendars, exports and the API. The per-channel behaviour is tested with factories in
tests/<app>/test_provenance.py; this walks the content a visitor actually gets."""

import csv
import io
from urllib.parse import urlencode, urlparse
from xml.etree import ElementTree

from django.urls import reverse

import pytest
from bs4 import BeautifulSoup
from icalendar import Calendar
from openpyxl import load_workbook

from jos_portal.events.models import EventIndexPage, EventPage
from jos_portal.stories.models import StoryIndexPage, StoryPage, Tip
from practices.models import Practice
from publications.models import Publication
from workshops.models import Session, Workplace

pytestmark = pytest.mark.django_db

LABEL = "Fictief voorbeeld"
FEED_PREFIX = f"[{LABEL}]"
ATOM = "{http://www.w3.org/2005/Atom}"
# The nearest element that holds a link together with what is said about it.
CONTAINERS = ["article", "li", "tr", "th", "td", "dd", "h1", "h2", "h3", "h4", "p"]


def public_pages(model):
    return list(model.objects.live().public().specific())


@pytest.fixture
def fictional(demo):
    """{path: title} of every published fictional record, and the records by type."""
    records = {
        "practices": list(Practice.objects.published().filter(is_fictional=True)),
        "workplaces": list(Workplace.objects.filter(is_fictional=True)),
        "sessions": list(
            Session.objects.published().filter(is_fictional=True).select_related("workplace")
        ),
        "publications": list(Publication.objects.published().filter(is_fictional=True)),
        "stories": [page for page in public_pages(StoryPage) if page.is_fictional],
        "events": [page for page in public_pages(EventPage) if page.is_fictional],
        "tips": list(Tip.objects.filter(live=True, is_fictional=True)),
    }
    paths = {}
    for kind, items in records.items():
        if kind == "tips":
            continue
        for item in items:
            url = item.url if hasattr(item, "url_path") else item.get_absolute_url()
            paths[urlparse(url).path] = str(getattr(item, "title", None) or item)
    return paths, records


def test_the_demo_has_fictional_records_of_every_kind_a_visitor_sees(fictional):
    _paths, records = fictional
    for kind in ("practices", "workplaces", "sessions", "stories", "events"):
        assert records[kind], f"geen fictieve {kind} in de demo"


def unlabelled_links(html, paths, own_path):
    """Links to a fictional record whose surrounding element does not carry the label.
    Menus, breadcrumbs and the footer are left out: they name pages, not records."""
    soup = BeautifulSoup(html, "html.parser")
    for element in soup.select("nav, footer, head, .skip-link"):
        element.decompose()
    missing = []
    for link in soup.find_all("a", href=True):
        path = urlparse(link["href"]).path
        if path not in paths or path == own_path or urlparse(link["href"]).query:
            continue
        container = link.find_parent(CONTAINERS)
        text = container.get_text(" ") if container is not None else ""
        if LABEL not in text:
            missing.append(f"{own_path}: {paths[path]}")
    return missing


def get_ok(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_every_detail_page_of_a_fictional_record_says_so_and_claims_no_real_work(client, fictional):
    paths, _records = fictional
    for path in paths:
        html = get_ok(client, path)
        soup = BeautifulSoup(html, "html.parser")
        heading = soup.find("h1")
        around = heading.parent.get_text(" ") if heading is not None else ""
        assert LABEL in around, f"{path}: geen label bij de titel"
        assert "application/ld+json" not in html or path.startswith("/werkplaatsen/"), path
        assert 'name="citation_' not in html, path


def hub_urls(client, records):
    """Every public list and hub page on which a fictional record can appear."""
    urls = ["/", reverse("workshops:list"), reverse("publications:list"), reverse("stories:tips")]
    practices = Practice.objects.published().count()
    urls += [f"/praktijkvoorbeelden/?aantal=48&pagina={n}" for n in range(1, practices // 48 + 2)]
    urls += [workplace.get_absolute_url() for workplace in records["workplaces"]]
    urls += [page.url for page in public_pages(StoryIndexPage) + public_pages(EventIndexPage)]
    tags, factors, places = set(), set(), set()
    for kind in ("practices", "sessions", "publications", "stories", "events"):
        for record in records[kind]:
            tags.update(tag.slug for tag in record.tags.all())
    for practice in records["practices"]:
        factors.update(factor.slug for factor in practice.factors.all())
        places.add((practice.municipality.province.slug, practice.municipality.slug))
    urls += [reverse("discovery:topic", args=(slug,)) for slug in sorted(tags)]
    urls += [reverse("discovery:factor", args=(slug,)) + "?voorbeelden=1" for slug in factors]
    for province, municipality in sorted(places):
        urls.append(reverse("discovery:province", args=(province,)))
        urls.append(reverse("discovery:municipality", args=(province, municipality)))
    return urls


def test_every_list_and_hub_labels_each_fictional_record_it_links_to(client, fictional):
    paths, records = fictional
    missing, linked = [], set()
    for url in hub_urls(client, records):
        response = client.get(url)
        if response.status_code == 404 and "pagina=" in url:
            continue
        assert response.status_code == 200, url
        html = response.content.decode()
        missing += unlabelled_links(html, paths, urlparse(url).path)
        linked.update(
            path for path in paths if f'href="{path}"' in html and path != urlparse(url).path
        )
    assert not missing, "\n".join(sorted(set(missing)))
    # The walk is only worth something if it reached the records.
    assert linked >= {p.get_absolute_url() for p in records["practices"]}


def test_tips_that_are_examples_are_labelled_on_the_tip_list(client, fictional):
    _paths, records = fictional
    soup = BeautifulSoup(get_ok(client, reverse("stories:tips")), "html.parser")
    for tip in records["tips"]:
        heading = soup.find(lambda tag, t=tip: tag.name in ("h2", "h3") and t.title in tag.text)
        assert heading is not None and LABEL in heading.parent.get_text(" "), tip.title


def test_search_results_label_the_fictional_records(client, fictional):
    paths, _records = fictional
    missing = []
    for title in paths.values():
        words = " ".join(title.split()[:3])
        html = get_ok(client, reverse("discovery:search") + "?" + urlencode({"q": words}))
        missing += unlabelled_links(html, paths, "/zoeken/")
    assert not missing, "\n".join(sorted(set(missing)))


def test_search_suggestions_label_the_fictional_records(client, fictional):
    _paths, records = fictional
    fictional_titles = {
        str(record.title)
        for kind, items in records.items()
        if kind not in ("workplaces", "tips")
        for record in items
    }
    suggested = 0
    for title in sorted(fictional_titles):
        response = client.get(reverse("discovery:search_suggestions"), {"q": title[:40]})
        for item in response.json()["suggestions"]:
            if item["title"] in fictional_titles:
                suggested += 1
                assert item["fictional"] and item["label"] == LABEL, item
    # Every fictional title is found by its own beginning, labelled.
    assert suggested >= len(fictional_titles)


def test_compare_labels_every_fictional_practice(client, fictional):
    _paths, records = fictional
    practices = records["practices"][:4]
    query = "&".join(f"ids={p.pk}" for p in practices)
    soup = BeautifulSoup(get_ok(client, reverse("practices:compare") + "?" + query), "html.parser")
    table = soup.find("table")
    for practice in practices:
        header = table.find(lambda tag, t=practice.title: tag.name == "th" and t in tag.text)
        assert header is not None and LABEL in header.get_text(" "), practice.title


def atom_entries(client, url):
    root = ElementTree.fromstring(client.get(url).content)
    for entry in root.iter(f"{ATOM}entry"):
        link = entry.find(f"{ATOM}link").get("href")
        yield urlparse(link).path, entry.find(f"{ATOM}title").text


def test_every_feed_and_calendar_prefixes_fictional_entries(client, fictional):
    paths, _records = fictional
    feeds = [
        reverse("practices:feed"),
        reverse("workshops:feed"),
        reverse("publications:feed"),
        reverse("discovery:feed"),
    ] + [page.url + "feed/" for page in public_pages(StoryIndexPage)]
    seen = 0
    for feed in feeds:
        for path, title in atom_entries(client, feed):
            if path in paths:
                seen += 1
                assert title.startswith(FEED_PREFIX), f"{feed}: {title}"
            else:
                assert not title.startswith(FEED_PREFIX), f"{feed}: {title}"
    assert seen
    for index in public_pages(EventIndexPage):
        calendar = Calendar.from_ical(client.get(index.url + "ical/").content)
        events = list(calendar.walk("VEVENT"))
        assert events
        for event in events:
            if urlparse(str(event.get("URL", ""))).path in paths:
                assert str(event["SUMMARY"]).startswith(FEED_PREFIX), event["SUMMARY"]


def test_exports_mark_each_fictional_practice(client, fictional):
    _paths, records = fictional
    titles = {p.title for p in records["practices"]}
    response = client.get(reverse("practices:export_csv"))
    export = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(export), delimiter=";"))
    assert {row["titel"] for row in rows if row["fictief voorbeeld"] == "ja"} == titles

    sheet = load_workbook(io.BytesIO(client.get(reverse("practices:export_xlsx")).content)).active
    header = [cell.value for cell in next(sheet.iter_rows(max_row=1))]
    flag, title = header.index("fictief voorbeeld"), header.index("titel")
    marked = {
        row[title] for row in sheet.iter_rows(min_row=2, values_only=True) if row[flag] == "ja"
    }
    assert marked == titles


def test_the_api_flags_each_fictional_record(client, fictional):
    _paths, records = fictional
    for endpoint, kind, key in [
        ("practices", "practices", "slug"),
        ("workplaces", "workplaces", "slug"),
        ("sessions", "sessions", "slug"),
        ("publications", "publications", "slug"),
    ]:
        results = client.get(f"/api/v1/{endpoint}/?limit=100").json()["results"]
        flagged = {item[key] for item in results if item["is_fictional"]}
        assert flagged == {getattr(r, key) for r in records[kind]}, endpoint
