"""/tips/: every published tip, grouped by the kind of factor it belongs to."""

from django.db.models import Prefetch
from django.shortcuts import render

from jos_portal.taxonomy.models import FACTOR_KIND_PLURALS, Factor

from .models import Tip


def tip_list(request):
    """Tips under their factors, factors under their kind (randvoorwaarden, succesfactoren,
    valkuilen); a tip with several factors appears under each, tips without a factor last."""
    tips = Tip.objects.published().prefetch_related("tagged_items__tag")
    factors = (
        Factor.objects.filter(tips__live=True)
        .distinct()
        .order_by("name")
        .prefetch_related(Prefetch("tips", queryset=tips.order_by("title"), to_attr="live_tips"))
    )
    by_kind = {}
    for factor in factors:
        by_kind.setdefault(factor.kind, []).append(factor)
    groups = [
        {"kind": kind, "label": label, "factors": by_kind[kind]}
        for kind, label in FACTOR_KIND_PLURALS
        if kind in by_kind
    ]
    loose = list(tips.filter(factors__isnull=True).order_by("title"))
    return render(
        request,
        "stories/tip_list.html",
        {"groups": groups, "loose_tips": loose, "tip_count": tips.count()},
    )
