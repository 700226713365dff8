"""Template tags of the page shell: main menu, breadcrumbs and language switch."""

from collections import OrderedDict

from django import template
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import NoReverseMatch, reverse, translate_url
from django.utils.html import format_html
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.models import Site

from jos_portal.operations.pagecache import content_version
from jos_portal.taxonomy.english import english_requested

from ..navigation import menu_pages

register = template.Library()

# The main menu: six groups at most, each link with a one-line explanation, so a teacher
# reads it at a glance. The editors' in-menu pages join the group of their page type and
# any other page joins "Over JOS": the top level never grows past six items.
MENU_GROUPS = [
    {
        "key": "kennisbank",
        "title": _("Kennisbank"),
        "links": [
            (
                "practices:list",
                _("Praktijkvoorbeelden"),
                _("Zo werken scholen en jongerenwerk samen; zoek op schooltype, regio of thema"),
            ),
            ("discovery:topics", _("Onderwerpen"), _("Alles over één thema bij elkaar")),
            ("publications:list", _("Publicaties"), _("Onderzoek, artikelen en handreikingen")),
            ("stories:tips", _("Tips"), _("Korte, praktische tips uit de praktijk")),
        ],
    },
    {
        "key": "onderzoek",
        "title": _("Onderzoek"),
        "links": [
            (
                "workshops:list",
                _("Werkplaatsen"),
                _(
                    "Scholen, jongerenwerk en onderzoekers in Tilburg en Utrecht zochten uit "
                    "wat werkt"
                ),
            ),
            (
                "discovery:factor_map",
                _("Factorenkaart"),
                _(
                    "Randvoorwaarden, succesfactoren en valkuilen: wat een samenwerking maakt "
                    "of breekt"
                ),
            ),
            (
                "discovery:reading_guide",
                _("Leeswijzer"),
                _("Wat de labels en begrippen op deze site betekenen"),
            ),
        ],
    },
    {"key": "nieuws", "title": _("Nieuws en agenda"), "links": []},
    {"key": "scan", "title": _("Samenwerkingsscan"), "links": []},
    {
        "key": "gemeenten",
        "title": _("Voor gemeenten"),
        "links": [
            (
                "discovery:municipality_guide",
                _("Voor gemeenten"),
                _("Zo start of versterk je als gemeente de samenwerking"),
            ),
            ("discovery:regions", _("Regio's"), _("Wat er gebeurt in jouw provincie en gemeente")),
        ],
    },
    {
        "key": "over",
        "title": _("Over JOS"),
        "links": [
            (
                "practices:submit",
                _("Deel jouw praktijkvoorbeeld"),
                _("Meld jullie samenwerking aan voor de kennisbank"),
            ),
        ],
    },
]

# Which group an in-menu page joins, and its explanation, by page type.
PAGE_GROUPS = {
    "stories.storyindexpage": ("nieuws", _("Ervaringen en nieuws uit scholen en jongerenwerk")),
    "events.eventindexpage": (
        "nieuws",
        _("Bijeenkomsten om kennis te delen en van elkaar te leren"),
    ),
    "scan.scanpage": ("scan", _("Kijk samen hoe jullie samenwerking ervoor staat")),
}


def _state(request_path, url):
    if not request_path or not url:
        return ""
    if request_path == url:
        return "page"
    if url != "/" and request_path.startswith(url):
        return "true"
    return ""


def menu_groups(request, site, current_page=None):
    """The groups of the main menu with their links, the current one marked."""
    path = getattr(request, "path", "")
    groups = {
        group["key"]: {"key": group["key"], "title": group["title"], "links": []}
        for group in MENU_GROUPS
    }
    for group in MENU_GROUPS:
        for url_name, title, text in group["links"]:
            try:
                url = reverse(url_name)
            except NoReverseMatch:
                continue
            link = {"url": url, "title": title, "text": text, "current": _state(path, url)}
            groups[group["key"]]["links"].append(link)
    if site is not None:
        current_path = getattr(current_page, "path", "")
        pages = {"over": []}
        for url, title, page_path, model in menu_pages(site, request):
            key, text = PAGE_GROUPS.get(model, ("over", ""))
            if current_path == page_path:
                state = "page"
            elif current_path.startswith(page_path):
                state = "true"
            else:
                state = ""
            link = {"url": url, "title": title, "text": text, "current": state}
            pages.setdefault(key, []).append(link)
        for key, links in pages.items():
            # The editors' pages come first in their group ("Over JOS", "Contact", ...).
            groups[key]["links"][:0] = links
    result = []
    for group in groups.values():
        if not group["links"]:
            continue
        group["url"] = group["links"][0]["url"]
        group["current"] = any(link["current"] for link in group["links"])
        group["single"] = len(group["links"]) == 1
        result.append(group)
    return result


# The menu's markup as this process rendered it last, by content version, language,
# site, address and current page: all it depends on. Rendering it costs more than the
# rest of a small page (some 11,000 calls for its translated labels and links).
MAX_RENDERED_MENUS = 256
_rendered_menus = OrderedDict()


@register.simple_tag(takes_context=True)
def main_menu(context):
    """Six groups at most: the app sections, and the live, public, in-menu children of the
    site's home page (cached until the page tree changes: no queries on most requests)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    page = context.get("page")
    key = (
        content_version(),
        get_language(),
        getattr(site, "pk", None),
        getattr(request, "path", ""),
        getattr(page, "path", ""),
    )
    html = _rendered_menus.get(key)
    if html is None:
        groups = menu_groups(request, site, page)
        html = render_to_string("includes/main_menu.html", {"groups": groups, "request": request})
        _rendered_menus[key] = html
        while len(_rendered_menus) > MAX_RENDERED_MENUS:
            _rendered_menus.pop(next(iter(_rendered_menus)), None)
    return html


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


ICONS = frozenset(
    (
        "practice",
        "publication",
        "workshop",
        "factor",
        "story",
        "event",
        "tip",
        "topic",
        "region",
        "scan",
        "guide",
    )
)


@register.simple_tag
def icon(name, extra_class=""):
    """A record-type icon from the sprite in static/img/icons.svg. Decorative: it sits
    beside a text label, so screen readers skip it."""
    if name not in ICONS:
        raise template.TemplateSyntaxError(f"Onbekend icoon: {name}")
    classes = f"icon icon--{name} {extra_class}".strip()
    return format_html(
        '<svg class="{}" aria-hidden="true" focusable="false" width="24" height="24">'
        '<use href="{}#icon-{}"></use></svg>',
        classes,
        static("img/icons.svg"),
        name,
    )
