"""Cross-type pages: the factor map and one factor with all its evidence."""

from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _

from taggit.models import Tag

from jos_portal.taxonomy.models import FACTOR_KIND_PLURALS, Factor
from practices.models import Practice
from publications.models import Chapter
from workshops.models import Finding

from . import evidence

PRACTICES_ON_FACTOR_PAGE = 12


def factor_map(request):
    """A matrix of factors (rows, grouped by kind) and evidence sources (columns)."""
    messages = []
    factors = Factor.objects.prefetch_related("tags").order_by("name")
    kinds = dict(Factor.Kind.choices)
    kind = request.GET.get("soort", "")
    if kind and kind not in kinds:
        messages.append(_("Onbekende soort factor genegeerd."))
        kind = ""
    if kind:
        factors = factors.filter(kind=kind)
    topic = request.GET.get("onderwerp", "")[:100]
    topic_label = ""
    if topic:
        tag = Tag.objects.filter(slug=topic).first()
        if tag is None:
            messages.append(_("Onbekend onderwerp genegeerd."))
            topic = ""
        else:
            topic_label = tag.name
            factors = factors.filter(tags=tag)
    factors = list(factors)
    columns = evidence.evidence_columns()
    counts = evidence.evidence_counts()
    maxima = {c["key"]: max(counts.get(c["key"], {}).values(), default=0) for c in columns}
    groups = []
    for value, label in FACTOR_KIND_PLURALS:
        rows = []
        for factor in (f for f in factors if f.kind == value):
            cells = []
            for column in columns:
                n = counts.get(column["key"], {}).get(factor.pk, 0)
                cells.append(
                    {
                        "count": n,
                        "level": evidence.level(n, maxima[column["key"]]),
                        "column": column,
                    }
                )
            rows.append({"factor": factor, "cells": cells})
        if rows:
            groups.append({"kind": value, "label": label, "rows": rows})
    used_tags = (
        Tag.objects.filter(taxonomy_factortag_items__isnull=False).distinct().order_by("name")
    )
    return render(
        request,
        "discovery/factor_map.html",
        {
            "groups": groups,
            "columns": columns,
            "kinds": Factor.Kind.choices,
            "kind": kind,
            "topic": topic,
            "topic_label": topic_label,
            "topics": used_tags,
            "messages_list": messages,
        },
    )


def factor_detail(request, slug):
    factor = get_object_or_404(Factor.objects.prefetch_related("tags"), slug=slug)
    findings = list(
        Finding.objects.filter(factor=factor, session__live=True)
        .select_related("session__workplace")
        .order_by("session__workplace__name", "session__date")
    )
    by_workplace = {}
    for finding in findings:
        by_workplace.setdefault(finding.session.workplace, []).append(finding)
    practices = Practice.objects.published().filter(factors=factor)
    practice_count = practices.count()
    practices = list(
        practices.select_related("municipality__province").order_by("-first_published_at")[
            :PRACTICES_ON_FACTOR_PAGE
        ]
    )
    chapters = list(
        Chapter.objects.filter(factors=factor, publication__live=True)
        .select_related("publication")
        .order_by("-publication__year", "publication__title", "sort_order")
    )
    return render(
        request,
        "discovery/factor_detail.html",
        {
            "factor": factor,
            "evidence_by_workplace": list(by_workplace.items()),
            "session_count": len({f.session_id for f in findings}),
            "practices": practices,
            "practice_count": practice_count,
            "chapters": chapters,
        },
    )
