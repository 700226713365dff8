"""Werkplaatsen and their sessions in the admin.

Registered by the shell (jos_portal.accounts) inside the "Kennisbank" menu group."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import LiveStatusTagColumn
from wagtail.snippets.views.snippets import SnippetViewSet

from jos_portal.taxonomy.drafts import ForeignDraftNoticeMixin
from jos_portal.taxonomy.provenance import fictional_column

from .models import Session, Workplace


class SessionViewSet(SnippetViewSet):
    model = Session
    icon = "date"
    menu_label = _("Sessies")
    menu_order = 30
    list_display = [
        "title",
        "workplace",
        "date",
        "format",
        fictional_column(),
        LiveStatusTagColumn(label=_("Publicatie")),
    ]
    list_filter = ["workplace", "format", "is_fictional", "live"]
    list_export = ["title", "workplace", "date", "format", "live"]
    export_filename = "werkplaatssessies"
    ordering = ["-date"]

    @property
    def edit_view_class(self):
        # Someone else's unpublished draft on a live record is said plainly.
        return type("SessionEditView", (ForeignDraftNoticeMixin, super().edit_view_class), {})


class WorkplaceViewSet(SnippetViewSet):
    model = Workplace
    icon = "site"
    menu_label = _("Werkplaatsen")
    menu_order = 20
    list_display = ["name", "municipality", "start_date", "end_date", fictional_column()]
    list_export = ["name", "municipality", "start_date", "end_date"]
    export_filename = "werkplaatsen"
