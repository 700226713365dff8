"""Subscribing with double opt-in, guarded against mail-bombing a stranger.

Whoever posts the form gets the same answer ("check your mail"), whether the address is
new, already subscribed or over its limit: the form never tells whether an address
follows something. The limits, all counted in the shared cache (Redis in production)
with atomic increments, under hashed keys that hold no address:

- per visitor: at most ``ALERT_RATE_LIMIT`` subscriptions per ``ALERT_RATE_WINDOW``,
  counted per IPv4 address and per IPv6 /64 network (one connection usually has a whole
  /64, so counting single IPv6 addresses would be no limit at all);
- per address: at most ``ALERT_CONFIRMATIONS_PER_ADDRESS`` confirmation mails per
  ``ALERT_CONFIRMATION_WINDOW``, and at most ``ALERT_MAX_PER_ADDRESS`` *confirmed* alerts
  (pending ones do not count, so nobody can fill a stranger's quota with unconfirmed
  junk). Both count the normalised address (``address_key``): lower case, without the
  ``+tag`` of sub-addressing. The alert itself keeps the address as typed, and the mail
  goes there;
- for the whole site: at most ``ALERT_CONFIRMATIONS_PER_HOUR`` confirmation mails per
  clock hour. Beyond that, or when the cache cannot count, no mail goes out and the
  visitor is asked to try again later (``MailCapReached``).
"""

import contextlib
import hashlib
import ipaddress
import logging

from django.conf import settings
from django.core.cache import cache
from django.core.mail import send_mail
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from .digests import absolute
from .models import Alert
from .scopes import alert_label, subscriber_language

logger = logging.getLogger(__name__)


class MailCapReached(Exception):
    """The site sent as many confirmation mails this hour as it may (or cannot count)."""


def _digest(value):
    return hashlib.sha256(value.strip().lower().encode()).hexdigest()


def _count(key, window):
    """Add one to a counter that expires ``window`` seconds after its first use; the new
    value, or None when the cache cannot count (unreachable)."""
    cache.add(key, 0, window)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr, or the cache is away
        if cache.add(key, 1, window):
            return 1
        try:
            return cache.incr(key)
        except ValueError:
            return None


def address_key(email):
    """The address as the limits count it: lower case, without a ``+tag``."""
    local, _at, domain = email.strip().lower().rpartition("@")
    return f"{local.split('+', 1)[0] or local}@{domain}" if local else domain


def ip_key(ip_address):
    """An IPv4 address, or the /64 network of an IPv6 address, as text."""
    try:
        address = ipaddress.ip_address((ip_address or "").strip())
    except ValueError:
        return ip_address or "-"
    if address.version == 6:
        if address.ipv4_mapped:
            return str(address.ipv4_mapped)
        return str(ipaddress.IPv6Network((address, 64), strict=False))
    return str(address)


def count_request(ip_address):
    """Count one subscription from this visitor; True while within ``ALERT_RATE_LIMIT``."""
    used = _count(f"alerts:ip:{_digest(ip_key(ip_address))}", settings.ALERT_RATE_WINDOW)
    return used is None or used <= settings.ALERT_RATE_LIMIT


def may_mail(address):
    """True while this (normalised) address got fewer confirmation mails than allowed in
    the window; counts this one."""
    key = f"alerts:confirm:{_digest(address_key(address))}"
    used = _count(key, settings.ALERT_CONFIRMATION_WINDOW)
    return used is not None and used <= settings.ALERT_CONFIRMATIONS_PER_ADDRESS


def _hour_key():
    return f"alerts:mails-hour:{timezone.now():%Y%m%d%H}"


def take_mail_slot():
    """Count one confirmation mail for the site this hour; MailCapReached when the hour
    is full or the cache cannot count."""
    used = _count(_hour_key(), 2 * 60 * 60)
    if used is None or used > settings.ALERT_CONFIRMATIONS_PER_HOUR:
        raise MailCapReached


def _give_back_mail_slot():
    with contextlib.suppress(ValueError):  # the hour just ended, or the cache is away
        cache.decr(_hour_key())


def confirmed_count(email):
    """Confirmed alerts of every spelling of this address (case, ``+tag``)."""
    key = address_key(email)
    local, _at, domain = key.rpartition("@")
    candidates = Alert.objects.filter(
        Q(email__istartswith=f"{local}@") | Q(email__istartswith=f"{local}+"),
        email__iendswith=f"@{domain}",
        confirmed_at__isnull=False,
    ).values_list("email", flat=True)
    return sum(1 for other in candidates if address_key(other) == key)


def subscribe(email, frequency, scope):
    """Store a pending alert (or reuse the pending one for the same scope) and mail the
    confirmation link. Returns the alert, or None when nothing was stored or sent;
    raises MailCapReached (nothing stored) when the site may send no more mail now."""
    same = (
        Alert.objects.filter(
            email__iexact=email, kind=scope.kind, query=scope.query, topic=scope.topic
        )
        .filter(broken_at__isnull=True)
        .first()
    )
    if same and same.is_confirmed:
        return None  # already follows this; the answer stays the same for privacy
    if same is None and confirmed_count(email) >= settings.ALERT_MAX_PER_ADDRESS:
        logger.info("Attendering niet opgeslagen: maximum per adres bereikt")
        return None
    take_mail_slot()
    if not may_mail(email):
        _give_back_mail_slot()
        logger.info("Attendering niet opgeslagen: limiet bevestigingsmails per adres bereikt")
        return None
    if same is None:
        same = Alert(email=email, kind=scope.kind, query=scope.query, topic=scope.topic)
    same.frequency = frequency
    same.label = scope.label[:300]
    same.language = subscriber_language()
    same.save()
    send_confirmation(same)
    return same


def send_confirmation(alert):
    with override(alert.language):  # the subscriber's language, also for the link
        _send_confirmation(alert)


def _send_confirmation(alert):
    context = {
        "alert": alert,
        "label": alert_label(alert),
        "confirm_url": absolute(reverse("alerts:confirm", args=[alert.token])),
        "days": settings.ALERT_CONFIRMATION_DAYS,
        "site_name": settings.WAGTAIL_SITE_NAME,
    }
    send_mail(
        subject=_("Bevestig je e-mailattendering"),
        message=render_to_string("alerts/mail/confirm.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[alert.email],
    )
    Alert.objects.filter(pk=alert.pk).update(confirmation_sent_at=timezone.now())
