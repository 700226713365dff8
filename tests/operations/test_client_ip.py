"""The visitor's address behind trusted proxies, and the two things that count by it: the
login lock-out and the submission limit."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ImproperlyConfigured
from django.test import Client, RequestFactory

import pytest

from jos_portal.operations.clientip import client_ip
from jos_portal.settings.base import env_networks
from jos_portal.taxonomy.models import Municipality, SchoolType
from practices.models import Practice

PROXY = "10.0.0.2"
PASSWORD = "Een-lang-wachtwoord-2026"


def address(remote, forwarded=None):
    meta = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    return client_ip(RequestFactory().get("/", **meta))


@pytest.fixture
def behind_proxy(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8", "2001:db8:1::/48"]


def test_without_a_trusted_proxy_the_socket_address_counts(settings):
    settings.TRUSTED_PROXIES = []
    assert address("203.0.113.7", "198.51.100.1") == "203.0.113.7"


@pytest.mark.usefixtures("behind_proxy")
@pytest.mark.parametrize(
    ("remote", "forwarded", "expected"),
    [
        # The proxy appends the address it saw.
        (PROXY, "203.0.113.7", "203.0.113.7"),
        # What the visitor wrote themselves stays left of that and is ignored.
        (PROXY, "1.2.3.4, 203.0.113.7", "203.0.113.7"),
        # Trusted hops are skipped from the right.
        (PROXY, "1.2.3.4, 203.0.113.7, 10.1.2.3", "203.0.113.7"),
        (PROXY, "203.0.113.7:51234", "203.0.113.7"),
        ("2001:db8:1::5", "[2001:db8:2::9]:4431", "2001:db8:2::9"),
        (PROXY, "::ffff:203.0.113.7", "203.0.113.7"),
        # Not sent by a trusted proxy: its own address, whatever the header says.
        ("203.0.113.50", "1.2.3.4", "203.0.113.50"),
        # No header, an empty one, or rubbish where the proxy's entry should be.
        (PROXY, None, PROXY),
        (PROXY, "", PROXY),
        (PROXY, "1.2.3.4, geen-adres", PROXY),
        # Everything on the way is trusted: the furthest known hop.
        (PROXY, "10.9.9.9, 10.1.1.1", "10.9.9.9"),
    ],
)
def test_the_client_is_the_first_untrusted_hop_from_the_right(remote, forwarded, expected):
    assert address(remote, forwarded) == expected


def test_loopback_is_the_trusted_proxy_by_default():
    assert settings.TRUSTED_PROXIES == ["127.0.0.1/32", "::1/128"]


def test_a_wrong_trusted_proxy_setting_stops_the_start(monkeypatch):
    monkeypatch.setenv("TRUSTED_PROXIES", "10.0.0.0/8, proxy.example.nl")
    with pytest.raises(ImproperlyConfigured, match="proxy.example.nl"):
        env_networks("TRUSTED_PROXIES")
    monkeypatch.setenv("TRUSTED_PROXIES", "10.0.0.0/8, 192.168.1.1")
    assert env_networks("TRUSTED_PROXIES") == ["10.0.0.0/8", "192.168.1.1/32"]


def visitor(ip, spoofed=""):
    """A browser at ``ip`` behind the proxy; ``spoofed`` is what it writes in the header."""
    forwarded = f"{spoofed}, {ip}" if spoofed else ip
    return Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=forwarded)


@pytest.fixture
def redacteur(db):
    user = get_user_model().objects.create_user("redacteur", "r@example.nl", PASSWORD)
    user.groups.add(Group.objects.get(name="Redacteur"))
    return user


@pytest.mark.usefixtures("behind_proxy")
def test_one_visitor_behind_the_proxy_cannot_lock_an_editor_out(redacteur):
    attacker = visitor("203.0.113.66")
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        response = attacker.post("/admin/login/", {"username": "redacteur", "password": "fout"})
    assert response.status_code == 429
    # The editor, elsewhere on the internet but through the same proxy, still gets in.
    editor = visitor("198.51.100.20")
    data = {"username": "redacteur", "password": PASSWORD}
    assert editor.post("/admin/login/", data).status_code == 302


@pytest.mark.usefixtures("behind_proxy")
def test_a_visitor_cannot_escape_the_lock_out_by_writing_the_header(redacteur):
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        attacker = visitor("203.0.113.66", spoofed=f"192.0.2.{attempt}")
        response = attacker.post("/admin/login/", {"username": "redacteur", "password": "fout"})
    assert response.status_code == 429
    # Straight at the app server, a made-up header changes nothing either.
    direct = Client(REMOTE_ADDR="203.0.113.66", HTTP_X_FORWARDED_FOR="192.0.2.200")
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        response = direct.post("/admin/login/", {"username": "redacteur", "password": "fout"})
    assert response.status_code == 429


def submission(title):
    return {
        "title": title,
        "summary": "Jongerenwerk en school werken samen.",
        "goal": "Minder conflicten.",
        "approach": "Elke week samen op het plein.",
        "collaboration_type": "vanuit-de-wijk",
        "stage": "lopend",
        "school_types": [SchoolType.objects.get(slug="havo").pk],
        "municipality": Municipality.objects.get(code="GM0855").pk,
        "organisations": "Een school\nEen jongerenwerkorganisatie",
        "contact_name": "Sanne",
        "contact_email": f"{title.lower().replace(' ', '-')}@example.nl",
        "consent": "on",
    }


@pytest.mark.django_db
@pytest.mark.usefixtures("behind_proxy")
def test_the_submission_limit_counts_each_visitor_behind_the_proxy(settings):
    settings.SUBMISSION_RATE_LIMIT = 2
    url = "/praktijkvoorbeelden/aanmelden/"
    for number in range(2):
        first = visitor("203.0.113.66", spoofed=f"192.0.2.{number}")
        assert first.post(url, submission(f"Eerste {number}")).status_code == 302
    # A made-up header does not give the same visitor a new quota...
    again = visitor("203.0.113.66", spoofed="192.0.2.99")
    assert again.post(url, submission("Eerste drie")).status_code == 429
    # ...and another visitor through the same proxy still has theirs.
    other = visitor("198.51.100.20")
    assert other.post(url, submission("Tweede")).status_code == 302
    assert Practice.objects.count() == 3
