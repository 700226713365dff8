"""The evidence behind each factor, gathered from the domain apps.

This module is the one place that composes werkplaats findings, practice examples and
publication chapters per factor; the domain apps and the taxonomy do
not know about each other. Every function runs a fixed number of aggregate queries.

Evidence is real, sourced material only: a fictional example (a practice, a session or
its werkplaats, a publication) counts only when the visitor asks to include examples
(``?voorbeelden=1``), and is then labelled as such.
"""

from math import ceil

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from practices.models import Practice
from publications.models import Chapter
from workshops.models import Finding, Workplace

LEVELS = 4
EXAMPLES_PARAM = "voorbeelden"


def include_examples(request):
    """Whether the visitor asked to count fictional examples too (?voorbeelden=1).
    Anything else, also a malformed value, means no: the honest default."""
    return request.GET.get(EXAMPLES_PARAM, "") == "1"


def real_findings():
    """Findings whose session and werkplaats are both real."""
    return Q(session__is_fictional=False, session__workplace__is_fictional=False)


def evidence_columns(examples=False):
    """The map's columns: one per workplace, the practice examples, the publications.
    A fictional werkplaats has a column only when examples are included."""
    workplaces = Workplace.objects.order_by("name")
    if not examples:
        workplaces = workplaces.filter(is_fictional=False)
    columns = [
        {"key": f"workplace-{w.pk}", "label": w.name, "unit": _("sessies"), "workplace": w}
        for w in workplaces
    ]
    columns.append(
        {"key": "practices", "label": _("Praktijkvoorbeelden"), "unit": _("voorbeelden")}
    )
    columns.append({"key": "publications", "label": _("Publicaties"), "unit": _("publicaties")})
    return columns


def evidence_counts(examples=False):
    """{column key: {factor id: count}} over published records; three queries.
    Without ``examples`` only real records count."""
    findings = Finding.objects.filter(session__live=True)
    practices = Practice.factors.through.objects.filter(practice__live=True)
    chapters = Chapter.factors.through.objects.filter(chapter__publication__live=True)
    if not examples:
        findings = findings.filter(real_findings())
        practices = practices.filter(practice__is_fictional=False)
        chapters = chapters.filter(chapter__publication__is_fictional=False)
    counts = {}
    for row in findings.values("factor_id", "session__workplace_id").annotate(
        n=Count("session", distinct=True)
    ):
        key = f"workplace-{row['session__workplace_id']}"
        counts.setdefault(key, {})[row["factor_id"]] = row["n"]
    for row in practices.values("factor_id").annotate(n=Count("practice_id")):
        counts.setdefault("practices", {})[row["factor_id"]] = row["n"]
    for row in chapters.values("factor_id").annotate(
        n=Count("chapter__publication", distinct=True)
    ):
        counts.setdefault("publications", {})[row["factor_id"]] = row["n"]
    return counts


def level(count, column_max):
    """Shade 0-4, relative to the strongest factor in the same column."""
    if not count or not column_max:
        return 0
    return max(1, min(LEVELS, ceil(LEVELS * count / column_max)))
