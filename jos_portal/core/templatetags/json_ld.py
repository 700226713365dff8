"""The one way to put structured data (schema.org JSON-LD) in a page.

``{% json_ld data %}`` writes ``<script type="application/ld+json">`` with the data as
JSON in which ``<``, ``>`` and ``&`` are escaped the way Django's ``json_script`` does,
so no text an editor or submitter typed (a title with ``</script>``) can end the block.
Views pass the data as a dict; templates never mark JSON as safe themselves.
"""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()

# Same table as django.utils.html.json_script (private there).
JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_ld_text(data):
    """The data as JSON that is inert inside a <script> element."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return text.translate(JSON_ESCAPES)


@register.simple_tag
def json_ld(data):
    """A JSON-LD script element; nothing when there is no data."""
    if not data:
        return ""
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(json_ld_text(data)),  # noqa: S308 - <, > and & are escaped above
    )
