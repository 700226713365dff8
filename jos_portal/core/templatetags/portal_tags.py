"""Template tags of the page shell: main menu, breadcrumbs and language switch."""

from django import template
from django.urls import NoReverseMatch, reverse, translate_url
from django.utils.translation import gettext_lazy as _

from wagtail.models import Site

from jos_portal.taxonomy.english import english_requested

from ..navigation import menu_pages

register = template.Library()

# Sections served by the domain apps rather than by pages, first in the main menu.
SECTIONS = [
    ("practices:list", _("Praktijkvoorbeelden")),
    ("workshops:list", _("Werkplaatsen")),
    ("discovery:factor_map", _("Factoren")),
    ("publications:list", _("Publicaties")),
    ("discovery:topics", _("Onderwerpen")),
    ("discovery:regions", _("Regio's")),
]


def section_items(request):
    items = []
    for url_name, label in SECTIONS:
        try:
            url = reverse(url_name)
        except NoReverseMatch:
            continue
        state = ""
        if request is not None:
            if request.path == url:
                state = "page"
            elif request.path.startswith(url):
                state = "true"
        items.append({"url": url, "title": label, "current": state})
    return items


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """The app sections, then the live, public, in-menu children of the site's home page
    (cached until the page tree changes: no queries on most requests)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    items = section_items(request)
    if site is None:
        return {"items": items, "request": request}
    current = context.get("page")
    current_path = getattr(current, "path", "")
    for url, title, path in menu_pages(site, request):
        if current_path == path:
            state = "page"
        elif current_path.startswith(path):
            state = "true"
        else:
            state = ""
        items.append({"url": url, "title": title, "current": state})
    return {"items": items, "request": request}


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page=None, extra=None):
    """Ancestors of a page below the root, the home page first."""
    page = page or context.get("page")
    ancestors = []
    if page is not None and getattr(page, "depth", 0) > 2:
        ancestors = page.get_ancestors().filter(depth__gt=1).live()
        # The English interface shows the ancestors' English titles, so it loads their
        # specific fields; the Dutch one needs only the titles.
        ancestors = ancestors.specific(defer=not english_requested())
    return {"ancestors": ancestors, "page": page, "request": context.get("request")}


@register.simple_tag(takes_context=True)
def url_in_language(context, language_code):
    """The current URL in another interface language (/en/... or without prefix for Dutch)."""
    request = context["request"]
    return translate_url(request.get_full_path(), language_code)


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The absolute URL of this page without its query string (filters and pages of a
    list are variations of one canonical page)."""
    request = context.get("request")
    if request is None:
        return ""
    return request.build_absolute_uri(request.path)


@register.simple_tag(takes_context=True)
def absolute_url_in_language(context, language_code):
    """Absolute URL of this page in another interface language, for hreflang links."""
    request = context.get("request")
    if request is None:
        return ""
    return request.build_absolute_uri(translate_url(request.path, language_code))
