"""The evidence behind each factor, gathered from the domain apps.

This module is the one place that composes werkplaats findings, practice examples and
publication chapters per factor; the domain apps and the taxonomy do
not know about each other. Every function runs a fixed number of aggregate queries.
"""

from math import ceil

from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from practices.models import Practice
from publications.models import Chapter
from workshops.models import Finding, Workplace

LEVELS = 4


def evidence_columns():
    """The map's columns: one per workplace, the practice examples, the publications."""
    columns = [
        {"key": f"workplace-{w.pk}", "label": w.name, "unit": _("sessies"), "workplace": w}
        for w in Workplace.objects.order_by("name")
    ]
    columns.append(
        {"key": "practices", "label": _("Praktijkvoorbeelden"), "unit": _("voorbeelden")}
    )
    columns.append({"key": "publications", "label": _("Publicaties"), "unit": _("publicaties")})
    return columns


def evidence_counts():
    """{column key: {factor id: count}} over published records; three queries."""
    counts = {}
    for row in (
        Finding.objects.filter(session__live=True)
        .values("factor_id", "session__workplace_id")
        .annotate(n=Count("session", distinct=True))
    ):
        key = f"workplace-{row['session__workplace_id']}"
        counts.setdefault(key, {})[row["factor_id"]] = row["n"]
    for row in (
        Practice.factors.through.objects.filter(practice__live=True)
        .values("factor_id")
        .annotate(n=Count("practice_id"))
    ):
        counts.setdefault("practices", {})[row["factor_id"]] = row["n"]
    for row in (
        Chapter.factors.through.objects.filter(chapter__publication__live=True)
        .values("factor_id")
        .annotate(n=Count("chapter__publication", distinct=True))
    ):
        counts.setdefault("publications", {})[row["factor_id"]] = row["n"]
    return counts


def level(count, column_max):
    """Shade 0-4, relative to the strongest factor in the same column."""
    if not count or not column_max:
        return 0
    return max(1, min(LEVELS, ceil(LEVELS * count / column_max)))
