"""Cross-type snippets for templates of the domain apps (they cannot query each other)."""

from django import template
from django.db.models import Count, Q

from jos_portal.operations.caching import cached
from practices.models import Practice
from workshops.models import Session

register = template.Library()
RELATED = 4


@register.inclusion_tag("discovery/related.html")
def related_for_publication(publication):
    """Practices and werkplaats sessions sharing the publication's topics or the factors its
    chapters discuss, most shared first. Scoring joins the link tables of all published
    practices (80 ms at 10,000), so the result is cached until any content changes."""
    return cached("related-for-publication", publication.pk, compute=lambda: _related(publication))


def _related(publication):
    factor_ids = {f.pk for chapter in publication.chapters.all() for f in chapter.factors.all()}
    tag_ids = {t.pk for t in publication.tags.all()}
    practices = (
        Practice.objects.published()
        .filter(Q(factors__in=factor_ids) | Q(tagged_items__tag_id__in=tag_ids))
        .annotate(
            shared=Count("factors", filter=Q(factors__in=factor_ids), distinct=True)
            + Count("tagged_items", filter=Q(tagged_items__tag_id__in=tag_ids), distinct=True)
        )
        .select_related("municipality")
        .order_by("-shared", "-first_published_at")[:RELATED]
    )
    sessions = (
        Session.objects.published()
        .filter(Q(findings__factor_id__in=factor_ids) | Q(tagged_items__tag_id__in=tag_ids))
        .annotate(
            shared=Count(
                "findings__factor", filter=Q(findings__factor_id__in=factor_ids), distinct=True
            )
            + Count("tagged_items", filter=Q(tagged_items__tag_id__in=tag_ids), distinct=True)
        )
        .select_related("workplace")
        .order_by("-shared", "-date")[:RELATED]
    )
    return {"practices": list(practices), "sessions": list(sessions)}


@register.simple_tag
def theme_list():
    """The themes a visitor can see, with their introduction as text, for the "Thema's" block
    on the home page; cached until the next content change (no query on a warm cache)."""
    from jos_portal.discovery import search

    return search.themes()
