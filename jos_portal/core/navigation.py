"""The main menu's page items, cached until the page tree changes.

Every public page shows the menu; without a cache it costs four queries per request
(site root, view restrictions, menu pages, URLs). The cache key carries a version that
any publish, unpublish, move or delete of a page, or a change to a view restriction or
site, bumps.
"""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.utils.translation import get_language

from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from jos_portal.operations.pagecache import content_version

MENU_VERSION_KEY = "core:menu:version"
MENU_CACHE_SECONDS = 24 * 3600


# The menus this process built, by content version: every change that can change the
# menu (a page, a view restriction, a site) also bumps the content version, which the
# request has already read, so a repeat costs no round trip to the cache.
_local_menus = {}


def menu_pages(site, request):
    """[(url, title, path, model)] of the live, public, in-menu children of the site's
    root; model is the page type as "app_label.modelname" (it decides the menu group)."""
    local_key = (content_version(), site.pk, get_language())
    items = _local_menus.get(local_key)
    if items is not None:
        return items
    items = _shared_menu_pages(site, request)
    if len(_local_menus) > 32:
        _local_menus.clear()
    _local_menus[local_key] = items
    return items


def _shared_menu_pages(site, request):
    version = cache.get_or_set(MENU_VERSION_KEY, 1, None)
    key = f"core:menu:typed:{version}:{site.pk}:{get_language()}"
    items = cache.get(key)
    if items is None:
        pages = Page.objects.child_of(site.root_page).live().public().in_menu().specific()
        items = [
            (page.get_url(request), _menu_title(page), page.path, _model_label(page))
            for page in pages
        ]
        cache.set(key, items, MENU_CACHE_SECONDS)
    return items


def _menu_title(page):
    """The page's English title in the English interface, where the editors wrote one."""
    title_in = getattr(page, "title_in", None)
    return title_in()[0] if title_in else page.title


def _model_label(page):
    model = page.specific_class
    return model._meta.label_lower if model else ""


def invalidate_menu(**kwargs):
    try:
        cache.incr(MENU_VERSION_KEY)
    except ValueError:
        cache.set(MENU_VERSION_KEY, 1, None)


def connect_signals():
    page_published.connect(invalidate_menu, dispatch_uid="core-menu-published")
    page_unpublished.connect(invalidate_menu, dispatch_uid="core-menu-unpublished")
    post_page_move.connect(invalidate_menu, dispatch_uid="core-menu-moved")
    # Deleting a page deletes its specific row and the Page row; listen to the base class.
    post_delete.connect(invalidate_menu, sender=Page, dispatch_uid="core-menu-deleted")
    for sender in (PageViewRestriction, Site):
        for signal in (post_save, post_delete):
            signal.connect(
                invalidate_menu,
                sender=sender,
                dispatch_uid=f"core-menu-{sender.__name__}-{id(signal)}",
            )
