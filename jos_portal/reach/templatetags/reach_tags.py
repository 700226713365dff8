"""The "Meest gelezen" list for visitors: the practices read most in the last days."""

from datetime import timedelta

from django import template
from django.db.models import Sum
from django.utils import timezone

from jos_portal.operations.caching import cached

from ..models import DailyCount, Kind

register = template.Library()

DAYS = 30
LIMIT = 5


def most_read(limit=LIMIT, days=DAYS):
    """Up to ``limit`` published practices with the most views in the last ``days`` days,
    most read first (two queries; a draft or an unpublished practice never appears)."""
    from practices.models import Practice

    since = timezone.localdate() - timedelta(days=days)
    totals = list(
        DailyCount.objects.filter(
            record_type=Practice._meta.label_lower, kind=Kind.VIEW, day__gte=since
        )
        .values("record_id")
        .annotate(total=Sum("count"))
        .order_by("-total", "record_id")[: limit * 4]
    )
    rank = {row["record_id"]: position for position, row in enumerate(totals)}
    practices = Practice.objects.published().filter(pk__in=rank).select_related("municipality")
    return sorted(practices, key=lambda practice: rank[practice.pk])[:limit]


@register.simple_tag
def most_read_practices(limit=LIMIT):
    """most_read(), cached until content changes and for at most ten minutes per day
    (a copy in each process as well: the home page reads it on every request)."""
    day = timezone.localdate().isoformat()
    return cached("most-read", day, limit, compute=lambda: most_read(limit), local=True)


@register.simple_tag
def most_read_days():
    """Over how many days "Meest gelezen" counts (for the line that says so)."""
    return DAYS


@register.filter
def record_pks(records):
    """The pks of a list of records, e.g. as the key of a cached fragment: the markup of
    the most read list changes with the list, not with the content version alone."""
    return [record.pk for record in records]
