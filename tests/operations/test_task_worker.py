"""Mail and Wagtail's own tasks through the database task queue and its worker
(`manage.py db_worker`), delivered to a real SMTP server on loopback (aiosmtpd): nothing is
lost while the worker or the mail server is down, a failed delivery is logged and retried
after its delay, and the immediate backend of the quick start still sends at once."""

import contextlib
import logging

from django.core import mail
from django.core.management import call_command

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Message
from django_tasks_db.models import DBTaskResult

from jos_portal.taxonomy.models import Factor
from tests.objectstore import free_port

# The worker closes and reopens database connections between tasks, as in production, so
# these tests commit for real (the rows are rolled back by a flush, migrations data restored).
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


class Inbox(Message):
    def __init__(self):
        super().__init__()
        self.messages = []

    def handle_message(self, message):
        self.messages.append(message)


@contextlib.contextmanager
def smtp_server(port):
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox
    finally:
        controller.stop()


@pytest.fixture
def queue(settings):
    """The production setup: mail queued as a task, the database backend, SMTP delivery."""
    port = free_port()
    settings.EMAIL_BACKEND = "jos_portal.operations.mail.QueuedEmailBackend"
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    settings.EMAIL_USE_TLS, settings.EMAIL_TIMEOUT = False, 5
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    return port


def run_worker(*args):
    call_command("db_worker", "--batch", "--no-startup-delay", *args)


def statuses():
    return sorted(result.status for result in DBTaskResult.objects.all())


def test_mail_waits_for_the_worker_and_is_then_delivered(queue):
    with smtp_server(queue) as inbox:
        sent = mail.send_mail(
            "Review gevraagd", "Er staat een praktijkvoorbeeld klaar.", None, ["r@example.nl"]
        )
        assert sent == 1
        assert inbox.messages == []  # the worker is not running: the mail waits
        assert statuses() == ["READY"]

        run_worker()
        assert [m["Subject"] for m in inbox.messages] == ["Review gevraagd"]
        assert inbox.messages[0]["To"] == "r@example.nl"
        assert statuses() == ["SUCCESSFUL"]


def test_wagtails_own_tasks_wait_too(queue):
    """Search-index updates are Wagtail tasks: with the worker down the record is saved and
    the update waits in the queue; the worker then indexes it."""
    from wagtail.search.backends import get_search_backend

    Factor.objects.create(name="Gedeelde wachtrij", kind="succesfactor", description="<p>x</p>")
    assert "READY" in statuses()
    run_worker()
    assert "READY" not in statuses()
    hits = get_search_backend().search("wachtrij", Factor)
    assert [f.name for f in hits] == ["Gedeelde wachtrij"]


def test_a_failed_delivery_is_logged_and_retried(queue, settings, caplog):
    settings.EMAIL_RETRY_DELAYS = [0]
    mail.send_mail("Herinnering", "Tekst", None, ["e@example.nl"])
    with caplog.at_level(logging.WARNING, logger="jos_portal.operations.mail"):
        run_worker("--max-tasks", "1")  # the mail server is down
    assert "niet verstuurd (poging 1)" in caplog.text
    assert statuses() == ["READY", "SUCCESSFUL"]  # the retry waits

    with smtp_server(queue) as inbox:
        run_worker()
        assert [m["Subject"] for m in inbox.messages] == ["Herinnering"]


def test_a_retry_waits_for_its_delay(queue, settings):
    settings.EMAIL_RETRY_DELAYS = [3600]
    mail.send_mail("Later", "Tekst", None, ["e@example.nl"])
    run_worker("--max-tasks", "1")
    with smtp_server(queue) as inbox:
        run_worker()
        assert inbox.messages == []  # not before its hour has passed
    assert statuses() == ["READY", "SUCCESSFUL"]


def test_after_the_last_retry_the_task_fails_visibly(queue, settings, caplog):
    settings.EMAIL_RETRY_DELAYS = []
    mail.send_mail("Onbestelbaar", "Tekst", None, ["e@example.nl"])
    with caplog.at_level(logging.ERROR, logger="jos_portal.operations.mail"):
        run_worker()
    assert "niet verstuurd na 1 pogingen" in caplog.text
    assert statuses() == ["FAILED"]


def test_with_the_immediate_backend_mail_goes_at_once(settings):
    settings.EMAIL_BACKEND = "jos_portal.operations.mail.QueuedEmailBackend"
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    message = mail.EmailMultiAlternatives(
        "Welkom", "Platte tekst", None, ["n@example.nl"], headers={"X-Portal": "jos"}
    )
    message.attach_alternative("<p>Opgemaakt</p>", "text/html")
    message.attach("bijlage.txt", "inhoud", "text/plain")
    message.send()
    [delivered] = mail.outbox
    assert delivered.subject == "Welkom" and delivered.to == ["n@example.nl"]
    assert delivered.alternatives[0][1] == "text/html"
    assert delivered.attachments[0][0] == "bijlage.txt"
    assert delivered.extra_headers["X-Portal"] == "jos"


def test_readyz_reports_the_waiting_tasks(queue, client):
    mail.send_mail("Wacht", "Tekst", None, ["e@example.nl"])
    body = client.get("/readyz").json()
    assert body["status"] == "ok"  # a backlog is the worker's problem, not this node's
    assert body["task_queue"]["waiting"] == 1
    assert body["task_queue"]["oldest_seconds"] >= 0
    with smtp_server(queue):
        run_worker()
    assert client.get("/readyz").json()["task_queue"] == {"waiting": 0, "oldest_seconds": 0}


def test_any_failed_task_is_queued_again_after_its_delay(queue, settings, caplog):
    from django.core.cache import cache

    from tests.operations.flaky_tasks import needs_the_outside_world

    settings.TASK_RETRY_DELAYS = [0, 3600]
    cache.delete_many(["outside-world-up", "outside-world-done"])
    needs_the_outside_world.enqueue("index")
    with caplog.at_level(logging.WARNING, logger="jos_portal.operations.tasks"):
        run_worker("--max-tasks", "1")
    assert "mislukt (poging 1)" in caplog.text
    assert statuses() == ["FAILED", "READY"]

    cache.set("outside-world-up", True)
    run_worker()
    assert cache.get("outside-world-done") == "index"
    assert statuses() == ["FAILED", "SUCCESSFUL"]


def test_a_task_that_keeps_failing_stops_after_the_last_delay(queue, settings, caplog):
    from django.core.cache import cache

    from tests.operations.flaky_tasks import needs_the_outside_world

    settings.TASK_RETRY_DELAYS = [0]
    cache.delete("outside-world-up")
    needs_the_outside_world.enqueue("index")
    with caplog.at_level(logging.ERROR, logger="jos_portal.operations.tasks"):
        run_worker()
    assert statuses() == ["FAILED", "FAILED"]
    assert "blijft mislukken na 2 pogingen" in caplog.text
