"""The admin as the editors use it: the "Kennisbank" menu and the editorial dashboard.

The domain apps define their viewsets; the shell groups them, so no domain app has to
import another.
"""

from django.urls import path, reverse, reverse_lazy
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.search import SearchArea
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from practices.wagtail_hooks import PracticeViewSet
from publications.wagtail_hooks import PublicationViewSet
from workshops.wagtail_hooks import SessionViewSet, WorkplaceViewSet

from . import access, reports, users, views
from .dashboard import EditorialStatusPanel
from .documents import check_document_access
from .review_desk import with_review_desk


class SubmissionsMenuItem(MenuItem):
    """The menu item "Aanmeldingen": the practices sent in through the public form."""

    def is_shown(self, request):
        return request.user.has_perm("practices.change_practice")


class KnowledgeBaseGroup(SnippetViewSetGroup):
    menu_label = _("Kennisbank")
    menu_icon = "folder-open-inverse"
    menu_order = 200
    items = (
        with_review_desk(PracticeViewSet),
        WorkplaceViewSet,
        with_review_desk(SessionViewSet),
        with_review_desk(PublicationViewSet),
    )

    def get_submenu_items(self):
        items = super().get_submenu_items()
        submissions = SubmissionsMenuItem(
            _("Aanmeldingen"),
            reverse_lazy("wagtailsnippets_practices_practice:submissions"),
            name="aanmeldingen",
            icon_name="mail",
            order=items[0].order + 1,
        )
        return [items[0], submissions, *items[1:]]


register_snippet(KnowledgeBaseGroup)

# The review queue (Wagtail's "awaiting your review") comes first, then the figures.
REVIEW_QUEUE_PANEL = "workflow_objects_to_moderate"
REVIEW_QUEUE_ORDER = 10


@hooks.register("construct_homepage_panels")
def add_editorial_status_panel(request, panels):
    for panel in panels:
        if getattr(panel, "name", "") == REVIEW_QUEUE_PANEL:
            panel.order = REVIEW_QUEUE_ORDER
    user = request.user
    if any(
        user.has_perm(f"{app}.change_{model}") for app, model in EditorialStatusPanel.record_perms
    ):
        panels.append(EditorialStatusPanel())


@hooks.register("register_admin_urls")
def register_two_factor_url():
    return [
        path("tweestapsverificatie/", views.two_factor, name="accounts_two_factor"),
        path("toegang/", access.overview, name="accounts_access"),
        path("toegang/blokkade-opheffen/", access.lift_lockout, name="accounts_access_unlock"),
        path(
            "toegang/tweestapsverificatie-resetten/",
            access.reset_two_factor,
            name="accounts_access_reset_two_factor",
        ),
    ]


class AccessMenuItem(MenuItem):
    def is_shown(self, request):
        return access.may_manage_access(request.user)


@hooks.register("register_settings_menu_item")
def register_access_menu_item():
    return AccessMenuItem(
        _("Inlogblokkades en 2FA"), reverse_lazy("accounts_access"), icon_name="key", order=610
    )


# Before Wagtail's own view-restriction check, so a private file is a 404 for visitors
# rather than a login page.
hooks.register("before_serve_document", check_document_access, order=-1)

# After Wagtail's own user bulk actions (order 0), so the guarded ones replace them: assigning
# a role, (de)activating and deleting follow the same rules as the user forms.
for _bulk_action in users.BULK_ACTIONS:
    hooks.register("register_bulk_action", _bulk_action, order=1)


class KnowledgeBaseSearchArea(SearchArea):
    """A knowledge-base listing in the admin's global search, for who may open it."""

    def __init__(self, model, label, icon_name, order):
        self.model = model
        meta = model._meta
        url = reverse(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:list")
        super().__init__(label, url, icon_name=icon_name, order=order)

    def is_shown(self, request):
        meta = self.model._meta
        return any(
            request.user.has_perm(f"{meta.app_label}.{action}_{meta.model_name}")
            for action in ("add", "change", "delete", "view")
        )


def _knowledge_base_areas():
    from jos_portal.stories.models import Tip
    from jos_portal.taxonomy.models import Factor
    from practices.models import Practice
    from publications.models import Publication
    from workshops.models import Session

    return (
        (Practice, _("Praktijkvoorbeelden"), "doc-full", 150),
        (Session, _("Werkplaatssessies"), "group", 151),
        (Publication, _("Publicaties"), "doc-full-inverse", 152),
        (Factor, _("Factoren"), "tag", 153),
        (Tip, _("Tips"), "help", 154),
    )


def _search_area_hook(index):
    def register():
        return KnowledgeBaseSearchArea(*_knowledge_base_areas()[index])

    return register


for _index in range(5):
    hooks.register("register_admin_search_area", _search_area_hook(_index))


@hooks.register("register_admin_urls")
def register_report_urls():
    stale, broken = reports.StaleContentReportView, reports.BrokenLinksReportView
    return [
        path("rapporten/verouderde-inhoud/", stale.as_view(), name=stale.index_url_name),
        path(
            "rapporten/verouderde-inhoud/resultaten/",
            stale.as_view(results_only=True),
            name=stale.index_results_url_name,
        ),
        path("rapporten/kapotte-links/", broken.as_view(), name=broken.index_url_name),
        path(
            "rapporten/kapotte-links/resultaten/",
            broken.as_view(results_only=True),
            name=broken.index_results_url_name,
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_stale_content_menu_item():
    return reports.ContentEditorsMenuItem(
        _("Verouderde inhoud"),
        reverse("jos_report_stale_content"),
        name="verouderde-inhoud",
        icon_name="time",
        order=1000,
    )


@hooks.register("register_reports_menu_item")
def register_broken_links_menu_item():
    return reports.ContentEditorsMenuItem(
        _("Kapotte links"),
        reverse("jos_report_broken_links"),
        name="kapotte-links",
        icon_name="warning",
        order=1010,
    )
