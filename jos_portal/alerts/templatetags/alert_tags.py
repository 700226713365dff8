"""``{% alert_scope as scope %}``: what the page being shown lets a visitor follow, read
from its context without a query (the practice list's selection, a topic, a region or
a factor)."""

from urllib.parse import urlencode

from django import template
from django.conf import settings

from jos_portal.alerts import scopes

register = template.Library()
# Context variable of a region or factor page and the practice-list filter it stands for.
SINGLE_FILTERS = (("municipality", "gemeente"), ("province", "provincie"), ("factor", "factor"))


@register.simple_tag(takes_context=True)
def alert_scope(context):
    if context.get("selection") is not None:
        return scopes.practice_scope(context["selection"])
    if context.get("tag") is not None:
        return scopes.topic_scope(context["tag"])
    for key, param in SINGLE_FILTERS:
        record = context.get(key)
        if record is not None:
            return scopes.single_filter_scope(param, record.slug, record.name)
    return None


@register.filter
def alert_label(alert):
    """What a stored alert follows, in the language of the page."""
    return scopes.alert_label(alert)


@register.simple_tag
def alert_durations():
    """The periods the alert pages promise, from the settings: ``days`` until an
    unconfirmed address is deleted, ``hours`` of the subscribe limit per visitor."""
    return {
        "days": settings.ALERT_CONFIRMATION_DAYS,
        "hours": -(-settings.ALERT_RATE_WINDOW // 3600),
    }


@register.filter
def as_query(fields):
    return urlencode(fields)


@register.inclusion_tag("alerts/privacy_section.html")
def alerts_privacy():
    """What the alerts keep and for how long, for the privacy page, from the settings."""
    window = max(settings.ALERT_CONFIRMATION_WINDOW, settings.ALERT_RATE_WINDOW)
    return {"alert_days": settings.ALERT_CONFIRMATION_DAYS, "hours": -(-window // 3600)}
