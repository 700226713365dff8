"""The visitor's IP address behind the proxies named in ``TRUSTED_PROXIES``.

One answer for everything that counts per address: the login lock-out (django-axes,
``AXES_CLIENT_IP_CALLABLE``) and the submission limit (``request.client_ip``).

``X-Forwarded-For`` is read from the right, the way nginx's ``real_ip_recursive`` does:
each trusted proxy appends the address it saw, so starting at the socket peer
(``REMOTE_ADDR``) every hop that is a trusted proxy is skipped and the first one that is
not is the client. What a visitor writes into the header themselves stays to the left of
that and is never used; a request that does not come from a trusted proxy is counted by
its own socket address, whatever headers it carries. Python's ``ipaddress`` does the
matching (CIDR networks, IPv6, IPv4-mapped addresses); django-ipware was not a fit,
because it matches its trusted list against the chain by position and never checks
that the socket peer itself is a trusted proxy.
"""

import ipaddress
from functools import lru_cache

from django.conf import settings

HEADER = "HTTP_X_FORWARDED_FOR"


@lru_cache(maxsize=8)
def trusted_networks(entries):
    """The networks of ``TRUSTED_PROXIES`` (already checked when the settings load)."""
    return tuple(ipaddress.ip_network(entry, strict=False) for entry in entries)


def parse_address(text):
    """An address from a header or ``REMOTE_ADDR``, or None when it is not one.

    Accepts what proxies write: ``203.0.113.7``, ``203.0.113.7:51234``, ``2001:db8::1``
    and ``[2001:db8::1]:51234``. IPv4-mapped IPv6 (``::ffff:203.0.113.7``) becomes IPv4.
    """
    text = text.strip()
    if text.startswith("["):
        text = text[1:].split("]", 1)[0]
    elif text.count(":") == 1:
        text = text.split(":", 1)[0]
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    if address.version == 6 and address.ipv4_mapped:
        return address.ipv4_mapped
    return address


def client_ip(request):
    """The client's address as text; ``REMOTE_ADDR`` unless a trusted proxy sent the
    request. An empty string when there is no usable address at all."""
    remote = request.META.get("REMOTE_ADDR", "")
    address = parse_address(remote)
    if address is None:
        return remote.strip()
    networks = trusted_networks(tuple(settings.TRUSTED_PROXIES))

    def trusted(candidate):
        return any(candidate in network for network in networks)

    client = address
    if trusted(address):
        hops = request.META.get(HEADER, "").split(",")
        for hop in reversed(hops):
            candidate = parse_address(hop)
            if candidate is None:
                # Not written by a trusted proxy; the last trusted hop is all we know.
                break
            client = candidate
            if not trusted(candidate):
                break
    return str(client)


class ClientIPMiddleware:
    """Puts :func:`client_ip` on the request as ``request.client_ip``, so views count
    visitors by the same address as the lock-out does."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.client_ip = client_ip(request)
        return self.get_response(request)
