"""The external-link check: which web addresses the published records link to, and
whether they still answer.

``collect_links`` reads every record type with provenance (practices, werkplaatsen,
sessions, publications, stories, tips, events): its URL fields, its rich text and
StreamField bodies, and the URL fields of its inline rows (a practice's links, a
publication's references). ``check_links`` asks each address with HEAD, and GET where HEAD
is refused, and stores the answer in ``CheckedLink``.

Bounded and polite by construction: at most ``max_total`` addresses a run (the longest
unchecked first), at most ``concurrency`` hosts at a time, one request at a time per host
with ``per_host_delay`` seconds between two requests to it (redirects included, which are
followed by hand for that reason), and a timeout on each request. Addresses on the
server's own networks (loopback, private, link-local) are not asked unless
``LINK_CHECK_ALLOW_PRIVATE`` is on (the tests' local server): a link in a record must not
make the server probe its own surroundings. Imports no domain app.
"""

import html
import ipaddress
import logging
import re
import socket
import threading
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.error import HTTPError, URLError
from urllib.parse import urljoin, urlsplit
from urllib.request import HTTPRedirectHandler, Request, build_opener

from django.apps import apps
from django.conf import settings
from django.db import models, transaction
from django.db.models import F
from django.utils import timezone

from wagtail.fields import RichTextField, StreamField

from django_tasks import task
from modelcluster.fields import ParentalKey

from jos_portal.taxonomy.provenance import ProvenanceMixin

from .models import CheckedLink

logger = logging.getLogger(__name__)

URL_PATTERN = re.compile(r"https?://[^\s\"'<>\\]+")
TRAILING = ".,;:!?)]}"
USER_AGENT = "JOS-kennisportaal-linkcontrole/1.0"
MAX_REDIRECTS = 5
# A refused HEAD (method not allowed, not implemented, forbidden to robots) is asked
# again with GET; a plain 404 or 410 is an answer.
HEAD_REFUSED = {400, 403, 405, 406, 429, 500, 501, 502, 503}

DEFAULT_MAX_TOTAL = 200
DEFAULT_CONCURRENCY = 4
DEFAULT_PER_HOST_DELAY = 2.0
DEFAULT_TIMEOUT = 10.0


# Collecting


def linked_models():
    return [
        model
        for model in apps.get_models()
        if issubclass(model, ProvenanceMixin) and not model._meta.abstract
    ]


def urls_in(text):
    found = set()
    for match in URL_PATTERN.findall(text or ""):
        url = html.unescape(match).rstrip(TRAILING)
        if urlsplit(url).hostname:
            found.add(url)
    return found


def urls_of_instance(instance, fields):
    found = set()
    for field in fields:
        if isinstance(field, StreamField):
            found |= urls_in(field.value_to_string(instance))
        else:
            found |= urls_in(str(getattr(instance, field.attname) or ""))
    return found


def url_fields(model):
    return [
        field
        for field in model._meta.concrete_fields
        if isinstance(field, models.URLField | RichTextField | StreamField)
    ]


def child_relations(model):
    """(accessor, URL fields) for inline rows with their own URL fields."""
    relations = []
    for relation in model._meta.related_objects:
        if isinstance(relation.field, ParentalKey):
            fields = url_fields(relation.related_model)
            if fields:
                relations.append((relation.get_accessor_name(), fields))
    return relations


def collect_links():
    """{url: [use, ...]} for every external address in a published record."""
    uses = defaultdict(list)
    for model in linked_models():
        fields = url_fields(model)
        relations = child_relations(model)
        if not fields and not relations:
            continue
        queryset = model._default_manager.all()
        if any(field.name == "live" for field in model._meta.concrete_fields):
            queryset = queryset.filter(live=True)
        queryset = queryset.prefetch_related(*(name for name, _fields in relations))
        label = model._meta.label_lower
        for instance in queryset.order_by("pk"):
            found = urls_of_instance(instance, fields)
            for name, child_fields in relations:
                for child in getattr(instance, name).all():
                    found |= urls_of_instance(child, child_fields)
            use = {"model": label, "pk": str(instance.pk), "title": str(instance)}
            for url in found:
                uses[url].append(use)
    return uses


@transaction.atomic
def sync_links(uses):
    """Store which records use which address; forget addresses no record uses."""
    CheckedLink.objects.exclude(url__in=list(uses)).delete()
    known = {link.url: link for link in CheckedLink.objects.all()}
    new, changed = [], []
    for url, used_by in uses.items():
        link = known.get(url)
        if link is None:
            new.append(CheckedLink(url=url, used_by=used_by))
        elif link.used_by != used_by:
            link.used_by = used_by
            changed.append(link)
    CheckedLink.objects.bulk_create(new, batch_size=500)
    CheckedLink.objects.bulk_update(changed, ["used_by"], batch_size=500)


# Checking


class NoRedirects(HTTPRedirectHandler):
    """Redirects come back as answers, so the next hop waits its turn for the host."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


OPENER = build_opener(NoRedirects)


@dataclass
class Outcome:
    status_code: int | None = None
    error: str = ""
    final_url: str = ""


class HostGate:
    """One request at a time per host, across all threads, and ``delay`` seconds from the
    end of one request to a host to the start of the next (redirects to another host
    included)."""

    def __init__(self, delay):
        self.delay = delay
        self.lock = threading.Lock()
        self.hosts = {}  # host -> [lock, monotonic time the last request ended]

    @contextmanager
    def turn(self, host):
        with self.lock:
            entry = self.hosts.setdefault(host, [threading.Lock(), None])
        with entry[0]:
            if entry[1] is not None:
                pause = entry[1] + self.delay - time.monotonic()
                if pause > 0:
                    time.sleep(pause)
            try:
                yield
            finally:
                entry[1] = time.monotonic()


def request_once(url, method, timeout):
    """(status, Location header) of one request; an error status is an answer too."""
    request = Request(url, method=method, headers={"User-Agent": USER_AGENT})  # noqa: S310
    try:
        with OPENER.open(request, timeout=timeout) as response:
            if method == "GET":
                response.read(1024)
            return response.status, response.headers.get("Location", "")
    except HTTPError as error:
        with error:
            return error.code, error.headers.get("Location", "")


def describe(error):
    reason = getattr(error, "reason", error)
    if isinstance(reason, TimeoutError | socket.timeout):
        return "time-out"
    return str(reason)[:300] or type(reason).__name__


def is_internal(host):
    """True when a host name resolves to a loopback, private or link-local address."""
    try:
        infos = socket.getaddrinfo(host, None)
    except OSError:
        return False  # not resolvable: the request itself reports that
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if address.is_private or address.is_loopback or address.is_link_local:
            return True
    return False


def follow(url, method, timeout, gate):
    """Ask ``url``, following up to ``MAX_REDIRECTS`` redirects; (status, final url)."""
    current = url
    for _hop in range(MAX_REDIRECTS + 1):
        if urlsplit(current).scheme not in ("http", "https"):
            raise URLError(f"geen http-adres: {current}")
        if not settings.LINK_CHECK_ALLOW_PRIVATE and is_internal(urlsplit(current).hostname):
            raise URLError("intern adres, niet nagekeken")
        with gate.turn(host_of(current)):
            status, location = request_once(current, method, timeout)
        if status in (301, 302, 303, 307, 308) and location:
            current = urljoin(current, location)
            continue
        return status, current
    raise URLError("te veel doorverwijzingen")


def check_url(url, timeout=DEFAULT_TIMEOUT, gate=None):
    """HEAD first, GET when HEAD is refused or fails other than by a time-out."""
    gate = gate or HostGate(0)
    try:
        status, final = follow(url, "HEAD", timeout, gate)
        if status not in HEAD_REFUSED:
            return Outcome(status, "", final if final != url else "")
    except (URLError, OSError, ValueError) as error:
        if describe(error) == "time-out":
            return Outcome(error="time-out")
    try:
        status, final = follow(url, "GET", timeout, gate)
    except (URLError, OSError, ValueError) as error:
        return Outcome(error=describe(error))
    return Outcome(status, "", final if final != url else "")


def check_host(urls, timeout, gate):
    return [(url, check_url(url, timeout, gate)) for url in urls]


def host_of(url):
    return (urlsplit(url).hostname or "").lower()


def check_links(
    max_total=DEFAULT_MAX_TOTAL,
    concurrency=DEFAULT_CONCURRENCY,
    per_host_delay=DEFAULT_PER_HOST_DELAY,
    timeout=DEFAULT_TIMEOUT,
    collect=True,
):
    """Collect the addresses, check at most ``max_total`` of them (never checked first,
    then the longest ago) and store the outcomes; returns the checked ``CheckedLink``s."""
    if collect:
        sync_links(collect_links())
    links = list(
        CheckedLink.objects.order_by(F("checked_at").asc(nulls_first=True), "pk")[:max_total]
    )
    by_host = defaultdict(list)
    for link in links:
        by_host[host_of(link.url)].append(link.url)
    outcomes = {}
    gate = HostGate(per_host_delay)
    with ThreadPoolExecutor(max_workers=max(1, concurrency)) as pool:
        jobs = [pool.submit(check_host, urls, timeout, gate) for urls in by_host.values()]
        for job in jobs:
            outcomes.update(job.result())
    now = timezone.now()
    for link in links:
        outcome = outcomes[link.url]
        link.status_code, link.error = outcome.status_code, outcome.error
        link.final_url, link.checked_at = outcome.final_url, now
    CheckedLink.objects.bulk_update(
        links, ["status_code", "error", "final_url", "checked_at"], batch_size=500
    )
    return links


@task()
def check_external_links(
    max_total=DEFAULT_MAX_TOTAL,
    per_host_delay=DEFAULT_PER_HOST_DELAY,
    timeout=DEFAULT_TIMEOUT,
):
    """The link check as a background task (the weekly cron job can enqueue it instead)."""
    links = check_links(max_total=max_total, per_host_delay=per_host_delay, timeout=timeout)
    broken = sum(link.is_broken for link in links)
    logger.info("Linkcontrole: %s links nagekeken, %s kapot", len(links), broken)
    return {"checked": len(links), "broken": broken}
