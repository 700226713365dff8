from django import template
from django.http import QueryDict
from django.utils.formats import localize
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.text import slugify
from django.utils.translation import ngettext

register = template.Library()


@register.simple_tag(takes_context=True)
def query_without(context, key, value):
    """The current query string with one value of a (repeated) parameter removed, and
    the page number reset, for "remove this filter" links."""
    params = QueryDict(mutable=True)  # not GET.copy(): that is a deep copy, per chip
    for name, values in context["request"].GET.lists():
        if name != "pagina":
            params.setlist(name, [v for v in values if v != value] if name == key else values)
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"


@register.filter
def has_section(practice, name):
    """Whether a databank section of the practice holds anything (Practice.SECTIONS)."""
    return practice.has_section(name)


@register.simple_tag
def facet_options(facet):
    """The options of a facet as list items: checkbox, label and count.

    The hottest loop of the list page (up to some 180 options when the filter panel is
    built); in Python it costs a fifth of the same loop in the template language. The id
    follows the value, so the focus finds the same option after an update."""
    dutch = facet.dutch_labels
    items = []
    for option in facet.options:
        dom_id = f"f-{facet.key}-{slugify(option.value)}"
        label = format_html('<span lang="nl">{}</span>', option.label) if dutch else option.label
        items.append(
            format_html(
                '<li class="facet__option">\n<input type="checkbox" name="{}" value="{}" id="{}"{}>'
                '\n<label for="{}">{} <span class="facet__count">({}<span class="visually-hidden">'
                " {}</span>)</span></label>\n</li>\n",
                facet.key,
                option.value,
                dom_id,
                " checked" if option.selected else "",
                dom_id,
                label,
                localize(option.count),
                ngettext("resultaat", "resultaten", option.count),
            )
        )
    return mark_safe("".join(items))  # noqa: S308 - every item is built by format_html
