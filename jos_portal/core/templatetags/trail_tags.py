from django import template

register = template.Library()


@register.inclusion_tag("includes/simple_breadcrumbs.html")
def trail(*parts):
    """Breadcrumbs for app pages: {% trail url1 label1 url2 label2 %} after Home."""
    return {"trail": list(zip(parts[::2], parts[1::2], strict=True))}
