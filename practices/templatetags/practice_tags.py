from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def query_without(context, key, value):
    """The current query string with one value of a (repeated) parameter removed, and
    the page number reset, for "remove this filter" links."""
    params = context["request"].GET.copy()
    params.setlist(key, [v for v in params.getlist(key) if v != value])
    params.pop("pagina", None)
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"


@register.filter
def has_section(practice, name):
    """Whether a databank section of the practice holds anything (Practice.SECTIONS)."""
    return practice.has_section(name)
