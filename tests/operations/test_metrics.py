"""Prometheus metrics on /metrics: counted per request, the page cache and the task queue;
readable only from METRICS_ALLOWED_IPS, a 404 for everyone else."""

import re

from django.core import mail

import pytest
from django_tasks_db.models import DBTaskResult

pytestmark = pytest.mark.django_db


def value(text, sample):
    match = re.search(rf"^{re.escape(sample)} ([0-9.e+]+)$", text, re.M)
    return float(match.group(1)) if match else 0.0


def scrape(client, **extra):
    return client.get("/metrics", **extra)


def test_requests_are_counted_by_method_and_status(client):
    ok = 'jos_http_requests_total{method="GET",status="2xx"}'
    missing = 'jos_http_requests_total{method="GET",status="4xx"}'
    before = scrape(client).content.decode()
    client.get("/healthz")
    client.get("/bestaat-niet/")
    after = scrape(client).content.decode()
    assert value(after, ok) == value(before, ok) + 1  # the scrapes themselves do not count
    assert value(after, missing) == value(before, missing) + 1
    assert 'jos_http_request_duration_seconds_count{kind="page"}' in after
    assert "bestaat-niet" not in after  # no paths, nothing about a visitor


def test_page_cache_hits_and_misses_are_counted(client, home, settings):
    settings.PAGE_CACHE_SECONDS = 60
    hit = 'jos_page_cache_total{result="hit"}'
    before = value(scrape(client).content.decode(), hit)
    client.get("/")
    assert client.get("/")["X-Cache"] == "hit"
    assert value(scrape(client).content.decode(), hit) == before + 1


def test_the_task_queue_is_reported_with_the_database_backend(client, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.EMAIL_BACKEND = "jos_portal.operations.mail.QueuedEmailBackend"
    mail.send_mail("Wacht", "Tekst", None, ["e@example.nl"])
    assert DBTaskResult.objects.count() == 1
    assert value(scrape(client).content.decode(), "jos_task_queue_waiting") == 1


@pytest.mark.parametrize(
    "extra",
    [
        {"REMOTE_ADDR": "203.0.113.9"},
        # Through the trusted local proxy, the visitor's own address counts.
        {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": "203.0.113.9"},
    ],
)
def test_metrics_are_a_404_for_anyone_else(client, extra):
    assert scrape(client, **extra).status_code == 404


def test_an_allowed_network_may_scrape(client, settings):
    settings.METRICS_ALLOWED_IPS = ["10.0.0.0/24"]
    assert scrape(client, REMOTE_ADDR="10.0.0.7").status_code == 200
    assert scrape(client).status_code == 404  # loopback is no longer on the list
