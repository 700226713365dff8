"""The external-link check against a local web server: what it finds in the records, what
it stores, and that it never asks one host twice at once or without a pause."""

import threading
import time
from collections import defaultdict
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from django.core.management import call_command

import pytest

from jos_portal.operations.links import check_external_links, check_links, collect_links
from jos_portal.operations.models import CheckedLink
from practices.models import PracticeLink
from tests.factories.practices import PracticeFactory
from tests.factories.publications import PublicationFactory
from tests.factories.stories import StoryIndexPageFactory, StoryPageFactory, TipFactory
from tests.factories.workshops import SessionFactory, WorkplaceFactory

pytestmark = pytest.mark.django_db

DELAY = 0.3
TIMEOUT = 0.5


class Handler(BaseHTTPRequestHandler):
    def do_HEAD(self):
        self.answer(with_body=False)

    def do_GET(self):
        self.answer(with_body=True)

    def answer(self, with_body):
        self.server.requests[self.headers["Host"].split(":")[0]].append(
            (time.monotonic(), self.command, self.path)
        )
        path = self.path.split("?")[0]
        status, headers = 200, {}
        if path == "/missing":
            status = 404
        elif path == "/broken":
            status = 500
        elif path == "/moved":
            status, headers = 301, {"Location": "/ok"}
        elif path == "/elsewhere":  # to the other host name of this server
            status, headers = 302, {"Location": f"http://127.0.0.1:{self.server.port}/ok"}
        elif path == "/no-head" and self.command == "HEAD":
            status = 405
        elif path == "/slow":
            time.sleep(TIMEOUT * 3)
        body = b"ok" if status == 200 else b"nee"
        try:
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if with_body:
                self.wfile.write(body)
        except OSError:
            pass  # the checker gave up on the slow answer

    def log_message(self, *args):
        pass


@pytest.fixture
def server(settings):
    settings.LINK_CHECK_ALLOW_PRIVATE = True
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    httpd.block_on_close = False
    httpd.requests = defaultdict(list)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    httpd.port = httpd.server_address[1]
    httpd.base = f"http://127.0.0.1:{httpd.port}"
    yield httpd
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def records(server):
    base = server.base
    practice = PracticeFactory(title="Samen in de pauze", source_url=f"{base}/ok")
    PracticeLink.objects.create(practice=practice, title="Verslag", url=f"{base}/missing")
    PracticeFactory(title="Nog een concept", live=False, source_url=f"{base}/concept")
    PublicationFactory(title="Rapport", external_url=f"{base}/broken")
    TipFactory(title="Lees verder", link_url=f"{base}/moved")
    SessionFactory(
        title="Eerste sessie",
        workplace=WorkplaceFactory(description=f'<p><a href="{base}/slow">traag</a></p>'),
        summary=f'<p>Zie <a href="{base}/no-head?a=1&amp;b=2">dit</a>.</p>',
    )
    StoryPageFactory(
        parent=StoryIndexPageFactory(),
        title="Een verhaal",
        body=[("paragraph", f'<p><a href="{base}/ok">Bron</a></p>')],
    )
    return practice


def test_links_are_collected_from_fields_rows_rich_text_and_bodies(records, server):
    base = server.base
    uses = collect_links()
    assert set(uses) == {
        f"{base}/ok",
        f"{base}/missing",
        f"{base}/broken",
        f"{base}/moved",
        f"{base}/slow",
        f"{base}/no-head?a=1&b=2",
    }  # not the draft's address
    titles = {use["title"] for use in uses[f"{base}/ok"]}
    assert titles == {"Samen in de pauze", "Een verhaal"}


def test_each_answer_is_stored(records, server):
    base = server.base
    check_links(per_host_delay=DELAY, timeout=TIMEOUT)
    stored = {link.url.removeprefix(base): link for link in CheckedLink.objects.all()}
    assert stored["/ok"].status_code == 200 and not stored["/ok"].is_broken
    assert stored["/missing"].status_code == 404 and stored["/missing"].is_broken
    assert stored["/broken"].status_code == 500 and stored["/broken"].is_broken
    assert stored["/moved"].status_code == 200 and stored["/moved"].final_url == f"{base}/ok"
    assert stored["/no-head?a=1&b=2"].status_code == 200  # HEAD refused, GET answered
    asked = [(method, path) for _moment, method, path in server.requests["127.0.0.1"]]
    assert ("HEAD", "/no-head?a=1&b=2") in asked and ("GET", "/no-head?a=1&b=2") in asked
    assert ("GET", "/missing") not in asked  # a 404 is an answer
    assert stored["/slow"].error == "time-out" and stored["/slow"].is_broken
    assert all(link.checked_at for link in stored.values())
    assert stored["/missing"].used_by == [
        {"model": "practices.practice", "pk": str(records.pk), "title": "Samen in de pauze"}
    ]
    assert set(CheckedLink.objects.broken().values_list("url", flat=True)) == {
        f"{base}/missing",
        f"{base}/broken",
        f"{base}/slow",
    }


def test_one_host_is_asked_one_request_at_a_time_with_a_pause(records, server):
    # A second host name for the same server, checked at the same time, that redirects
    # to the first: the redirect waits its turn for the first host too.
    for n in range(3):
        TipFactory(link_url=f"http://localhost:{server.port}/elsewhere?{n}")
    check_links(per_host_delay=DELAY, timeout=TIMEOUT, concurrency=4)
    assert len(server.requests["localhost"]) == 3
    stamps = sorted(moment for moment, _method, _path in server.requests["127.0.0.1"])
    # six addresses, GET after the refused HEAD and after the 500, four redirects
    assert len(stamps) == 12
    gaps = [later - earlier for earlier, later in zip(stamps, stamps[1:], strict=False)]
    assert min(gaps) >= DELAY * 0.95


def test_a_run_checks_at_most_max_total_never_checked_first(records, server):
    check_links(max_total=2, per_host_delay=0.05, timeout=TIMEOUT)
    assert CheckedLink.objects.filter(checked_at__isnull=False).count() == 2
    check_links(max_total=2, per_host_delay=0.05, timeout=TIMEOUT)
    assert CheckedLink.objects.filter(checked_at__isnull=False).count() == 4


def test_a_link_no_record_uses_any_more_is_forgotten(records, server):
    check_links(max_total=1, per_host_delay=0.05, timeout=TIMEOUT)
    PracticeLink.objects.all().delete()
    check_links(max_total=1, per_host_delay=0.05, timeout=TIMEOUT)
    assert not CheckedLink.objects.filter(url=f"{server.base}/missing").exists()


def test_the_command_lists_the_broken_links(records, server, capsys):
    call_command("check_links", f"--per-host-delay={DELAY}", f"--timeout={TIMEOUT}")
    out = capsys.readouterr().out
    assert f"404\t{server.base}/missing" in out
    assert "6 links nagekeken, 3 kapot." in out


def test_the_task_runs_the_check(records, server):
    result = check_external_links.enqueue(max_total=3, per_host_delay=0.05, timeout=TIMEOUT)
    assert result.return_value["checked"] == 3
    assert CheckedLink.objects.filter(checked_at__isnull=False).count() == 3


def test_addresses_on_the_own_network_are_not_asked_by_default(records, server, settings):
    settings.LINK_CHECK_ALLOW_PRIVATE = False
    check_links(per_host_delay=0, timeout=TIMEOUT)
    assert not server.requests
    link = CheckedLink.objects.get(url=f"{server.base}/ok")
    assert link.error == "intern adres, niet nagekeken" and link.is_broken
