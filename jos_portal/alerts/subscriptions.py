"""Subscribing with double opt-in, guarded against mail-bombing a stranger.

Whoever posts the form gets the same answer ("check your mail"), whether the address is
new, already subscribed or over its limit: the form never tells whether an address
follows something. Per address at most ``ALERT_CONFIRMATIONS_PER_ADDRESS`` confirmation
mails go out in ``ALERT_CONFIRMATION_WINDOW`` seconds and at most ``ALERT_MAX_PER_ADDRESS``
alerts exist; per visitor (IP address, via the shared cache, never stored) at most
``ALERT_RATE_LIMIT`` subscriptions per ``ALERT_RATE_WINDOW``.
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from .digests import absolute
from .models import Alert
from .scopes import alert_label, subscriber_language

logger = logging.getLogger(__name__)


def _digest(value):
    return hashlib.sha256(value.strip().lower().encode()).hexdigest()


def _count(key, window):
    """Add one to a counter that expires ``window`` seconds after its first use."""
    cache.add(key, 0, window)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, window)
        return 1


def rate_limited(ip_address):
    return cache.get(f"alerts:ip:{_digest(ip_address or '-')}", 0) >= settings.ALERT_RATE_LIMIT


def count_request(ip_address):
    _count(f"alerts:ip:{_digest(ip_address or '-')}", settings.ALERT_RATE_WINDOW)


def may_mail(address):
    """True while this address got fewer confirmation mails than allowed in the window;
    counts this one. The key holds a hash, not the address."""
    used = _count(f"alerts:confirm:{_digest(address)}", settings.ALERT_CONFIRMATION_WINDOW)
    return used <= settings.ALERT_CONFIRMATIONS_PER_ADDRESS


def subscribe(email, frequency, scope):
    """Store a pending alert (or reuse the pending one for the same scope) and mail the
    confirmation link. Returns the alert, or None when nothing was stored."""
    same = (
        Alert.objects.filter(
            email__iexact=email, kind=scope.kind, query=scope.query, topic=scope.topic
        )
        .filter(broken_at__isnull=True)
        .first()
    )
    if same and same.is_confirmed:
        return None  # already follows this; the answer stays the same for privacy
    if same is None:
        if Alert.objects.filter(email__iexact=email).count() >= settings.ALERT_MAX_PER_ADDRESS:
            logger.info("Attendering niet opgeslagen: maximum per adres bereikt")
            return None
        same = Alert(email=email, kind=scope.kind, query=scope.query, topic=scope.topic)
    same.frequency = frequency
    same.label = scope.label[:300]
    same.language = subscriber_language()
    same.save()
    if not may_mail(email):
        logger.info("Bevestigingsmail voor attendering %s overgeslagen: limiet bereikt", same.pk)
        return same
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
