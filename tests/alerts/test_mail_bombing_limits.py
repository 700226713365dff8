"""The subscribe form cannot be turned into a mail cannon: not from another website, not
from many IPv6 addresses of one network, not with spellings of one address, not by
filling a stranger's quota with unconfirmed alerts, and never beyond the site's hourly
number of confirmation mails."""

import os
import uuid

from django.core import mail
from django.core.cache import cache, caches
from django.test import Client, override_settings

import pytest

from jos_portal.alerts import subscriptions
from jos_portal.alerts.models import Alert
from jos_portal.operations.cache import delete_own_keys
from tests.alerts.test_subscribe_form import SUBSCRIBE, confirmations, form, visitor
from tests.operations.test_cache_failure import redis_running

pytestmark = pytest.mark.django_db

CROSS_SITE = "Dit formulier is verstuurd vanaf een andere website."
SELECTIONS = ["gemeente=tilburg", "gemeente=utrecht", "provincie=utrecht", "fase=lopend"]


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_SEC_FETCH_SITE": "cross-site"},
        {"HTTP_SEC_FETCH_SITE": "cross-site", "HTTP_ORIGIN": "http://testserver"},
        {"HTTP_ORIGIN": "https://aanvaller.example"},
        {"HTTP_ORIGIN": "https://testserver.aanvaller.example"},
        {"HTTP_ORIGIN": "null"},
        {"HTTP_ORIGIN": "null", "HTTP_SEC_FETCH_SITE": "same-site"},
        {"HTTP_ORIGIN": "file://"},
    ],
)
def test_a_post_from_another_website_is_refused_in_dutch(headers):
    response = visitor(1).post(SUBSCRIBE, form(), **headers)
    assert response.status_code == 400
    assert CROSS_SITE in response.content.decode()
    assert not Alert.objects.exists()
    assert mail.outbox == []


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"HTTP_SEC_FETCH_SITE": "same-origin", "HTTP_ORIGIN": "http://testserver"},
        {"HTTP_SEC_FETCH_SITE": "none"},
        {"HTTP_ORIGIN": "http://testserver"},
        {"HTTP_ORIGIN": "null", "HTTP_SEC_FETCH_SITE": "same-origin"},
        {"HTTP_ORIGIN": "https://www.jos.example.nl"},
        {"HTTP_ORIGIN": "https://beheer.example.org"},
    ],
)
def test_a_post_from_this_site_or_without_headers_is_taken(settings, headers):
    settings.ALLOWED_HOSTS = ["*", ".jos.example.nl"]
    settings.CSRF_TRUSTED_ORIGINS = ["https://beheer.example.org"]
    response = visitor(1).post(SUBSCRIBE, form(), **headers)
    assert response.status_code == 302
    assert len(confirmations("lezer@example.nl")) == 1


@pytest.mark.parametrize(
    ("address", "key"),
    [
        ("192.0.2.7", "192.0.2.7"),
        ("2001:db8:1:2::1", "2001:db8:1:2::/64"),
        ("2001:db8:1:2:ffff:ffff:ffff:ffff", "2001:db8:1:2::/64"),
        ("::ffff:192.0.2.7", "192.0.2.7"),
        ("", "-"),
        ("onzin", "onzin"),
    ],
)
def test_visitors_are_counted_per_ipv4_address_and_per_ipv6_network(address, key):
    assert subscriptions.ip_key(address) == key


def test_many_ipv6_addresses_of_one_network_share_one_limit(settings):
    settings.ALERT_RATE_LIMIT = 2
    for number in range(2):
        client = Client(REMOTE_ADDR=f"2001:db8:1:2::{number + 1:x}")
        assert client.post(SUBSCRIBE, form(email=f"a{number}@example.nl")).status_code == 302
    other_address = Client(REMOTE_ADDR="2001:db8:1:2:aaaa:bbbb:cccc:dddd")
    assert other_address.post(SUBSCRIBE, form(email="a3@example.nl")).status_code == 429
    other_network = Client(REMOTE_ADDR="2001:db8:1:3::1")
    assert other_network.post(SUBSCRIBE, form(email="a4@example.nl")).status_code == 302


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("Doel@Example.NL", "doel@example.nl"),
        ("doel+nieuws@example.nl", "doel@example.nl"),
        ("DOEL+a+b@example.nl ", "doel@example.nl"),
        ("+alleen-tag@example.nl", "+alleen-tag@example.nl"),
    ],
)
def test_addresses_are_normalised_for_the_limits(typed, key):
    assert subscriptions.address_key(typed) == key


def test_sub_addressing_does_not_multiply_the_mails_to_one_inbox(settings):
    settings.ALERT_CONFIRMATIONS_PER_ADDRESS = 2
    typed = ["doel+a@example.nl", "Doel+b@Example.NL", "doel@example.nl", "doel+c@example.nl"]
    for number, (address, selection) in enumerate(zip(typed, SELECTIONS, strict=True)):
        response = visitor(number).post(SUBSCRIBE, form(email=address, selectie=selection))
        assert response.status_code == 302  # the same answer every time
    # The mail goes to the address as typed; the limit counted the one inbox behind it.
    assert [m.to for m in confirmations()] == [["doel+a@example.nl"], ["Doel+b@Example.NL"]]
    # Past the limit nothing is stored either: no pending junk without a link.
    assert sorted(Alert.objects.values_list("email", flat=True)) == [
        "Doel+b@Example.NL",
        "doel+a@example.nl",
    ]


def test_unconfirmed_alerts_cannot_lock_out_the_owner(settings):
    settings.ALERT_MAX_PER_ADDRESS = 2
    for number, selection in enumerate(SELECTIONS[:3]):
        Alert.objects.create(
            email=f"doel+junk{number}@example.nl", kind="praktijk", query=selection, label="x"
        )
    response = visitor(1).post(SUBSCRIBE, form(email="doel@example.nl", selectie="fase=lopend"))
    assert response.status_code == 302
    assert len(confirmations("doel@example.nl")) == 1


def test_confirmed_alerts_of_every_spelling_count_toward_the_maximum(settings):
    settings.ALERT_MAX_PER_ADDRESS = 2
    for number, selection in enumerate(SELECTIONS[:2]):
        Alert.objects.create(
            email=f"Doel+{number}@example.nl",
            kind="praktijk",
            query=selection,
            label="x",
            confirmed_at="2026-01-01T00:00:00Z",
        )
    Alert.objects.create(  # another inbox that merely starts alike
        email="doelpunt@example.nl",
        kind="praktijk",
        query="x=1",
        label="x",
        confirmed_at="2026-01-01T00:00:00Z",
    )
    response = visitor(1).post(SUBSCRIBE, form(email="doel@example.nl", selectie="fase=lopend"))
    assert response.status_code == 302
    assert confirmations() == []
    assert not Alert.objects.filter(email="doel@example.nl").exists()
    visitor(2).post(SUBSCRIBE, form(email="doelpunt+x@example.nl", selectie="fase=lopend"))
    assert len(confirmations("doelpunt+x@example.nl")) == 1


def test_the_site_sends_no_more_confirmations_per_hour_than_allowed(settings):
    settings.ALERT_CONFIRMATIONS_PER_HOUR = 2
    for number in range(2):
        response = visitor(number).post(SUBSCRIBE, form(email=f"lezer{number}@example.nl"))
        assert response.status_code == 302
    response = visitor(7).post(SUBSCRIBE, form(email="lezer7@example.nl"))
    assert response.status_code == 429
    assert response["Retry-After"] == "3600"
    body = response.content.decode()
    assert "Nog niet verstuurd: het is even te druk" in body
    assert 'value="lezer7@example.nl"' in body  # what they typed stays
    assert len(confirmations()) == 2
    assert not Alert.objects.filter(email="lezer7@example.nl").exists()


def test_an_address_over_its_limit_does_not_use_up_the_sites_hour(settings):
    settings.ALERT_CONFIRMATIONS_PER_HOUR = 2
    settings.ALERT_CONFIRMATIONS_PER_ADDRESS = 1
    for number, selection in enumerate(SELECTIONS):
        visitor(number).post(SUBSCRIBE, form(email="doel@example.nl", selectie=selection))
    assert visitor(9).post(SUBSCRIBE, form(email="ander@example.nl")).status_code == 302
    assert len(confirmations()) == 2


def test_without_a_working_cache_no_confirmation_goes_out(monkeypatch):
    def away(*args, **kwargs):
        raise ValueError("cache onbereikbaar")

    monkeypatch.setattr(cache, "add", lambda *args, **kwargs: False)
    monkeypatch.setattr(cache, "incr", away)
    response = visitor(1).post(SUBSCRIBE, form())
    assert response.status_code == 429
    assert "het is even te druk" in response.content.decode()
    assert confirmations() == []
    assert not Alert.objects.exists()


@pytest.mark.skipif(not redis_running(), reason="Redis draait niet op 127.0.0.1:6379")
def test_the_limits_count_atomically_on_redis(settings):
    """Production's counters: Redis INCR under the portal's own key prefix."""
    config = {
        "default": {
            "BACKEND": "jos_portal.operations.cache.ResilientRedisCache",
            "LOCATION": os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15"),
            "KEY_PREFIX": f"jos-alerts-test-{uuid.uuid4().hex[:8]}",
        }
    }
    settings.ALERT_CONFIRMATIONS_PER_HOUR = 2
    settings.ALERT_RATE_LIMIT = 2
    with override_settings(CACHES=config):
        try:
            client = Client(REMOTE_ADDR="2001:db8:9:9::1")
            assert client.post(SUBSCRIBE, form(email="a@example.nl")).status_code == 302
            assert client.post(SUBSCRIBE, form(email="b@example.nl")).status_code == 302
            neighbour = Client(REMOTE_ADDR="2001:db8:9:9::2")
            assert neighbour.post(SUBSCRIBE, form(email="c@example.nl")).status_code == 429
            response = visitor(5).post(SUBSCRIBE, form(email="d@example.nl"))
            assert response.status_code == 429
            assert "het is even te druk" in response.content.decode()
            assert len(confirmations()) == 2
        finally:
            delete_own_keys(caches["default"])
