"""Contextual tips: {% load story_tags %}{% tips_for_factor factor %} or
{% tips_for_practice practice %} render a short list of published tips."""

from django import template

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
    Uses the practice's prefetched factors and tags, so it costs one query."""
    factor_ids = [f.pk for f in practice.factors.all()]
    tag_ids = [t.pk for t in practice.tags.all()]
    tips = Tip.objects.for_factors_or_tags(factor_ids, tag_ids)[:limit]
    return {"tips": list(tips), "heading_id": "tips-practice"}
