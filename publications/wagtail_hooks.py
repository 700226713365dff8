"""Publications in the admin: a snippet with drafts, workflow and preview."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Publication


class PublicationViewSet(SnippetViewSet):
    model = Publication
    icon = "doc-full"
    menu_label = _("Publicaties")
    menu_order = 220
    add_to_admin_menu = True
    list_display = ["title", "kind", "year", "live"]
    list_filter = ["kind", "year", "live"]
    list_export = ["title", "kind", "year", "publisher", "doi", "live"]
    ordering = ["-year"]


register_snippet(PublicationViewSet)
