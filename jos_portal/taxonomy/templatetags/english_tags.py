"""Titles and summaries in the visitor's interface language, with Dutch text marked.

In the English interface a record shows its English title and summary where the editors
wrote them; Dutch text shown instead is wrapped in ``lang="nl"`` so screen readers read it
with a Dutch voice (WCAG 3.1.2).
"""

from django import template
from django.utils.html import conditional_escape, format_html

from ..english import english_requested

register = template.Library()


def _marked(text, language):
    if english_requested() and language == "nl":
        return format_html('<span lang="nl">{}</span>', text)
    return conditional_escape(text)


@register.simple_tag
def record_title(record):
    """The record's title as the interface language shows it (HTML, escaped)."""
    if not hasattr(record, "title_in"):
        return _marked(getattr(record, "title", "") or str(record), "nl")
    return _marked(*record.title_in())


@register.simple_tag
def record_summary(record):
    """The record's summary as the interface language shows it (HTML, escaped)."""
    if not hasattr(record, "summary_in"):
        return ""
    return _marked(*record.summary_in())
