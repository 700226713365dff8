"""The admin as the editors use it: the "Kennisbank" menu and the editorial dashboard.

The domain apps define their viewsets; the shell groups them, so no domain app has to
import another.
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from practices.wagtail_hooks import PracticeViewSet
from publications.wagtail_hooks import PublicationViewSet
from workshops.wagtail_hooks import SessionViewSet, WorkplaceViewSet

from . import users, views
from .dashboard import EditorialStatusPanel
from .documents import check_document_access


class KnowledgeBaseGroup(SnippetViewSetGroup):
    menu_label = _("Kennisbank")
    menu_icon = "folder-open-inverse"
    menu_order = 200
    items = (PracticeViewSet, WorkplaceViewSet, SessionViewSet, PublicationViewSet)


register_snippet(KnowledgeBaseGroup)


@hooks.register("construct_homepage_panels")
def add_editorial_status_panel(request, panels):
    user = request.user
    if any(
        user.has_perm(f"{app}.change_{model}") for app, model in EditorialStatusPanel.record_perms
    ):
        panels.insert(0, EditorialStatusPanel())


@hooks.register("register_admin_urls")
def register_two_factor_url():
    return [path("tweestapsverificatie/", views.two_factor, name="accounts_two_factor")]


# Before Wagtail's own view-restriction check, so a private file is a 404 for visitors
# rather than a login page.
hooks.register("before_serve_document", check_document_access, order=-1)

# After Wagtail's own user bulk actions (order 0), so the guarded ones replace them: assigning
# a role, (de)activating and deleting follow the same rules as the user forms.
for _bulk_action in users.BULK_ACTIONS:
    hooks.register("register_bulk_action", _bulk_action, order=1)
