"""Sending the digests: bounded, retried, never twice for the same period.

``send_due_digests`` is what the cron entry (``manage.py send_alerts``) or the task
worker runs, once a day or more often. An alert is due when a week (weekly) or a calendar
month (monthly) has passed since its last turn, counted in days, so a daily run at any
hour keeps the rhythm. Each due alert is handled in its own transaction:

1. it is *claimed* by moving ``checked_at`` from the value read to now, a conditional
   update that only one run can win: a second run at the same time, or the same run
   started twice, finds nothing left and sends nothing;
2. what was published since the last digest (or the confirmation) is collected; when
   nothing was, no mail goes out and the next turn covers the longer period;
3. otherwise one mail is queued (through the mail queue, which retries delivery) and a
   digest row is written.

An alert whose selection no longer exists in the form it was subscribed to (a filter value
or topic was removed; see ``scopes.alert_scope``) is marked broken instead: its subscriber
gets one mail saying so, with a link to subscribe again, and no digest ever again. A
widened selection is never mailed. Every mail goes out in the subscriber's language.

If collecting or queueing fails, the transaction rolls back: the alert stays due and the
next run tries again; the error is logged. At most ``batch_size`` alerts are handled per
batch and at most ``max_batches`` batches per run; what is left waits for the next run.
Unconfirmed alerts older than ``ALERT_CONFIRMATION_DAYS`` are deleted on each run.
"""

import datetime
import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import Q
from django.db.models.functions import Coalesce
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from django_tasks import task

from . import scopes
from .models import Alert, AlertDigest

logger = logging.getLogger(__name__)

SENT = "sent"
BROKEN = "broken"
BATCH_SIZE = 200
MAX_BATCHES = 50
MAX_ITEMS = 20


def absolute(path):
    if path.startswith(("http://", "https://")):
        return path
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def month_before(day):
    year, month = (day.year, day.month - 1) if day.month > 1 else (day.year - 1, 12)
    for candidate in (day.day, 30, 29, 28):
        try:
            return datetime.date(year, month, candidate)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def day_start(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def due_condition(now):
    """Q on alerts annotated with ``turn`` (last turn, else confirmation): a week or a
    calendar month ago or longer, counted in days."""
    today = timezone.localdate(now)
    week = day_start(today - datetime.timedelta(days=6))
    month = day_start(month_before(today) + datetime.timedelta(days=1))
    return (Q(frequency=Alert.Frequency.WEEKLY) & Q(turn__lt=week)) | (
        Q(frequency=Alert.Frequency.MONTHLY) & Q(turn__lt=month)
    )


def due_alerts(now):
    return (
        Alert.objects.filter(confirmed_at__isnull=False, broken_at__isnull=True)
        .annotate(turn=Coalesce("checked_at", "confirmed_at"))
        .filter(due_condition(now))
        .select_related("topic")
        .order_by("turn", "pk")
    )


def links(alert):
    return {
        "manage_url": absolute(reverse("alerts:manage", args=[alert.token])),
        "unsubscribe_url": absolute(reverse("alerts:unsubscribe", args=[alert.token])),
    }


def list_unsubscribe_headers(alert):
    """RFC 2369 and RFC 8058: a mail program can offer one-click unsubscribe (a POST)."""
    return {
        "List-Unsubscribe": f"<{links(alert)['unsubscribe_url']}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def scope_url(scope):
    if scope.kind == Alert.Kind.TOPIC:
        return absolute(reverse("discovery:topic", args=[scope.topic.slug]))
    query = f"?{scope.query}" if scope.query else ""
    return absolute(reverse("practices:list") + query)


def build_message(alert, scope, items, total, since):
    context = {
        "alert": alert,
        "label": scope.label,
        "items": [
            {"kind": i.kind, "title": i.title, "url": absolute(i.path), "is_new": i.is_new}
            for i in items
        ],
        "total": total,
        "rest": total - len(items),
        "since": since,
        "scope_url": scope_url(scope),
        "site_name": settings.WAGTAIL_SITE_NAME,
        **links(alert),
    }
    subject = " ".join(render_to_string("alerts/mail/digest_subject.txt", context).split())
    body = render_to_string("alerts/mail/digest.txt", context)
    return mail_to(alert, subject, body)


def mail_to(alert, subject, body):
    return EmailMultiAlternatives(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[alert.email],
        headers=list_unsubscribe_headers(alert),
    )


def build_broken_message(alert):
    """The one mail about an alert whose selection no longer exists: what it was, that
    nothing more comes, where to subscribe again."""
    if alert.kind == Alert.Kind.TOPIC:
        again_url = absolute(reverse("discovery:topics"))
    else:
        again_url = absolute(reverse("practices:list"))
    context = {
        "alert": alert,
        "label": alert.label,
        "again_url": again_url,
        "site_name": settings.WAGTAIL_SITE_NAME,
        **links(alert),
    }
    subject = " ".join(render_to_string("alerts/mail/broken_subject.txt", context).split())
    body = render_to_string("alerts/mail/broken.txt", context)
    return mail_to(alert, subject, body)


def handle(alert, now, max_items):
    """Claim, collect and send for one alert, in the subscriber's language. Returns SENT
    when a digest was queued, BROKEN when the alert turned out broken (and its one notice
    was queued), else None."""
    with transaction.atomic(), translation.override(alert.language):
        claimed = Alert.objects.filter(pk=alert.pk, checked_at=alert.checked_at)
        if alert.checked_at is None:
            claimed = Alert.objects.filter(pk=alert.pk, checked_at__isnull=True)
        if not claimed.update(checked_at=now):
            return None  # another run took this turn
        try:
            scope = scopes.alert_scope(alert)
        except scopes.ScopeGone:
            Alert.objects.filter(pk=alert.pk).update(broken_at=now)
            build_broken_message(alert).send()
            return BROKEN
        since = alert.last_sent_at or alert.confirmed_at
        items, total = scopes.changes(scope, since, now, max_items)
        if not items:
            return None
        build_message(alert, scope, items, total, since).send()
        Alert.objects.filter(pk=alert.pk).update(last_sent_at=now)
        AlertDigest.objects.create(alert=alert, sent_at=now, since=since, item_count=total)
        return SENT


def delete_unconfirmed(now):
    cutoff = now - datetime.timedelta(days=settings.ALERT_CONFIRMATION_DAYS)
    # Counted from the last confirmation mail: its link promises that many days.
    stale = Q(confirmation_sent_at__lt=cutoff) | Q(
        confirmation_sent_at__isnull=True, created_at__lt=cutoff
    )
    deleted, _ = Alert.objects.filter(stale, confirmed_at__isnull=True).delete()
    return deleted


def send_due_digests(now=None, batch_size=BATCH_SIZE, max_batches=MAX_BATCHES, max_items=MAX_ITEMS):
    """Send every due digest (bounded); returns {'sent', 'broken', 'checked', 'failed',
    'left', 'deleted'}."""
    now = now or timezone.now()
    counts = {"sent": 0, "broken": 0, "checked": 0, "failed": 0, "left": 0}
    counts["deleted"] = delete_unconfirmed(now)
    failed = set()
    for _batch in range(max_batches):
        batch = list(due_alerts(now).exclude(pk__in=failed)[:batch_size])
        if not batch:
            break
        for alert in batch:
            try:
                outcome = handle(alert, now, max_items)
            except Exception:  # one alert's failure must not stop the others
                logger.exception("Overzicht voor attendering %s niet verstuurd", alert.pk)
                failed.add(alert.pk)
                counts["failed"] += 1
                continue
            counts["checked"] += 1
            counts["sent"] += outcome == SENT
            counts["broken"] += outcome == BROKEN
    counts["left"] = due_alerts(now).exclude(pk__in=failed).count()
    return counts


@task()
def send_digests_task(now_iso=None, batch_size=BATCH_SIZE, max_batches=MAX_BATCHES):
    """The digest run as a background task (``send_alerts --enqueue``)."""
    now = datetime.datetime.fromisoformat(now_iso) if now_iso else None
    return send_due_digests(now, batch_size=batch_size, max_batches=max_batches)
