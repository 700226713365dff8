"""Template tags of the page shell: main menu, breadcrumbs and language switch."""

from django import template
from django.urls import translate_url

from wagtail.models import Page, Site

register = template.Library()


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """Live, public children of the site's home page that are marked for menus (one query)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return {"items": [], "request": request}
    pages = Page.objects.child_of(site.root_page).live().public().in_menu()
    current = context.get("page")
    current_path = getattr(current, "path", "")
    items = []
    for item in pages:
        if current_path == item.path:
            state = "page"
        elif current_path.startswith(item.path):
            state = "true"
        else:
            state = ""
        items.append({"page": item, "current": state})
    return {"items": items, "request": request}


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page=None, extra=None):
    """Ancestors of a page below the root, the home page first."""
    page = page or context.get("page")
    ancestors = []
    if page is not None and getattr(page, "depth", 0) > 2:
        ancestors = page.get_ancestors().filter(depth__gt=1).live().specific(defer=True)
    return {"ancestors": ancestors, "page": page, "request": context.get("request")}


@register.simple_tag(takes_context=True)
def url_in_language(context, language_code):
    """The current URL in another interface language (/en/... or without prefix for Dutch)."""
    request = context["request"]
    return translate_url(request.get_full_path(), language_code)
