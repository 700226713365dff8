"""Contextual tips: {% load story_tags %}{% tips_for_factor factor %} or
{% tips_for_practice practice %} render a short list of published tips."""

from django import template

from jos_portal.operations.caching import cached

from ..models import Tip

register = template.Library()

TIPS_SHOWN = 3


@register.inclusion_tag("stories/includes/tips.html")
def tips_for_factor(factor, limit=TIPS_SHOWN):
    """Published tips tied to this factor (one query)."""
    return {"tips": list(Tip.objects.for_factor(factor)[:limit]), "heading_id": "tips-factor"}


@register.inclusion_tag("stories/includes/tips.html")
def tips_for_practice(practice, limit=TIPS_SHOWN):
    """Published tips sharing a factor or topic with the practice, factor matches first.
    Uses the practice's prefetched factors and tags; the list is cached under the content
    version per set of factors and tags (the query took about a fifth of the detail
    page's template time), so it costs one query per set after each change."""
    factor_ids = sorted(f.pk for f in practice.factors.all())
    tag_ids = sorted(t.pk for t in practice.tags.all())
    tips = cached(
        "tips-practice",
        limit,
        ",".join(map(str, factor_ids)),
        ",".join(map(str, tag_ids)),
        compute=lambda: list(Tip.objects.for_factors_or_tags(factor_ids, tag_ids)[:limit]),
    )
    return {"tips": tips, "heading_id": "tips-practice"}
