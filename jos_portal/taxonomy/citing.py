"""Citation pieces shared by every citable record type: the APA 7 reference of a web
page and Highwire Press meta tags (``citation_*``, read by Google Scholar and Zotero).

Publications build their own references on top of this (``publications/citations.py``,
with authors, journals and DOIs); a practice example is cited as a page of the portal.
Imports no domain app.
"""

from django.utils import formats
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from .english import english_requested

# Who publishes the portal and under which name: the author and site of a cited page.
PORTAL_PUBLISHER = "Platform JEP"
PORTAL_NAME = "JOS kennisportaal"


def highwire_date(date=None, year=None):
    """'2021/06/03' for a date, '2021' for a year alone (the Highwire convention)."""
    if date:
        return date.strftime("%Y/%m/%d")
    return str(year) if year else ""


def meta_pairs(pairs):
    """The (name, content) pairs that have content, in order."""
    return [(name, str(value)) for name, value in pairs if value]


def apa_date(date):
    """The date part of an APA 7 web-page reference: '2026, 4 december' in Dutch,
    '2026, December 4' in English."""
    if date is None:
        return "z.d." if not english_requested() else "n.d."
    pattern = "Y, F j" if english_requested() else "Y, j F"
    return formats.date_format(date, pattern)


def apa_web_page(title, date, url, kind="", translated_title="", author=PORTAL_PUBLISHER):
    """APA 7 reference of a page of the portal, as (plain text, HTML):
    'Platform JEP. (2026, 4 december). *Title* [Praktijkvoorbeeld]. JOS kennisportaal. URL'.
    ``translated_title`` (the English title in the English interface) follows the title in
    square brackets, as APA asks for a translated title."""
    parts = [f"{author}. ({apa_date(date)}).", title]
    brackets = [part for part in (translated_title, kind) if part]
    description = f" [{'; '.join(brackets)}]" if brackets else ""
    site = "" if author == PORTAL_NAME else f" {PORTAL_NAME}."
    text = f"{parts[0]} {title}{description}.{site} {url}"
    html = format_html(
        '{} <i>{}</i>{}.{} <a href="{}">{}</a>', parts[0], title, description, site, url, url
    )
    return text, mark_safe(html)  # noqa: S308 - format_html escaped every part


def page_highwire_tags(title, date, url, language="nl", author=PORTAL_PUBLISHER):
    """Highwire meta tags for a page of the portal."""
    return meta_pairs(
        [
            ("citation_title", title),
            ("citation_author", author),
            ("citation_publication_date", highwire_date(date)),
            ("citation_publisher", PORTAL_PUBLISHER),
            ("citation_language", language),
            ("citation_abstract_html_url", url),
        ]
    )
