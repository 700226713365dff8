"""Publications in the admin: a snippet with drafts, workflow and preview.

Registered by the shell (jos_portal.accounts) inside the "Kennisbank" menu group."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import LiveStatusTagColumn
from wagtail.snippets.views.snippets import SnippetViewSet

from jos_portal.taxonomy.drafts import ForeignDraftNoticeMixin
from jos_portal.taxonomy.provenance import fictional_column

from .models import Publication


class PublicationViewSet(SnippetViewSet):
    model = Publication
    icon = "doc-full"
    menu_label = _("Publicaties")
    menu_order = 40
    list_display = [
        "title",
        "kind",
        "year",
        fictional_column(),
        LiveStatusTagColumn(label=_("Publicatie")),
    ]
    list_filter = ["kind", "year", "is_fictional", "live"]
    list_export = ["title", "kind", "year", "publisher", "doi", "live"]
    export_filename = "publicaties"
    ordering = ["-year"]

    @property
    def edit_view_class(self):
        # Someone else's unpublished draft on a live record is said plainly.
        return type("PublicationEditView", (ForeignDraftNoticeMixin, super().edit_view_class), {})
