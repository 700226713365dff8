from urllib.parse import urlencode

from django import template
from django.utils.formats import localize
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.text import slugify
from django.utils.translation import ngettext

register = template.Library()


@register.simple_tag(takes_context=True)
def query_without(context, key, value):
    """The current query string with one value of a (repeated) parameter removed, and
    the page number reset, for "remove this filter" links."""
    kept = [
        encoded
        for name, item, encoded in _encoded_query(context["request"])
        if name != "pagina" and not (name == key and item == value)
    ]
    encoded = "&".join(kept)
    return f"?{encoded}" if encoded else "?"


def _encoded_query(request):
    """[(name, value, "name=value")] of the query string, encoded as QueryDict.urlencode
    does it; once per request, not once per link."""
    pairs = getattr(request, "_encoded_query_pairs", None)
    if pairs is None:
        encoding = request.GET.encoding
        pairs = [
            (name, value, urlencode({name.encode(encoding): str(value).encode(encoding)}))
            for name, values in request.GET.lists()
            for value in values
        ]
        request._encoded_query_pairs = pairs
    return pairs


@register.filter
def has_section(practice, name):
    """Whether a databank section of the practice holds anything (Practice.SECTIONS)."""
    return practice.has_section(name)


@register.simple_tag
def facet_options(facet):
    """The options of a facet as list items: checkbox, label and count.

    The hottest loop of the list page (up to some 180 options when the filter panel is
    built): in the template language each option cost some 150 function calls, here a
    few dozen. Everything shown is escaped as the template did (``conditional_escape``);
    the id follows the value, so the focus finds the same option after an update."""
    key = conditional_escape(facet.key)
    dutch = facet.dutch_labels
    counts = {}  # count -> "(12<span ...> resultaten</span>)", the same for equal counts
    items = []
    for option in facet.options:
        counted = counts.get(option.count)
        if counted is None:
            counted = counts[option.count] = (
                f"({conditional_escape(localize(option.count))}"
                '<span class="visually-hidden"> '
                f"{conditional_escape(ngettext('resultaat', 'resultaten', option.count))}"
                "</span>)"
            )
        dom_id = f"f-{key}-{slugify(option.value)}"
        label = conditional_escape(option.label)
        if dutch:
            label = f'<span lang="nl">{label}</span>'
        checked = " checked" if option.selected else ""
        items.append(
            f'<li class="facet__option">\n<input type="checkbox" name="{key}" '
            f'value="{conditional_escape(option.value)}" id="{dom_id}"{checked}>\n'
            f'<label for="{dom_id}">{label} <span class="facet__count">{counted}</span>'
            "</label>\n</li>\n"
        )
    return mark_safe("".join(items))  # noqa: S308 - every value above is escaped
