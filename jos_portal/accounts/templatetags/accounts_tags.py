"""Template helpers for the accounts pages."""

import datetime

from django import template
from django.utils import timezone
from django.utils.timesince import timeuntil

register = template.Library()


@register.filter
def duration(value):
    """A timedelta in words in the active language ("1 uur", "30 minuten")."""
    if not isinstance(value, datetime.timedelta):
        return ""
    now = timezone.now()
    return timeuntil(now + value, now)
