"""Practice examples in the admin: a snippet with drafts, workflow, filters and export."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Practice


class PracticeViewSet(SnippetViewSet):
    model = Practice
    icon = "doc-full-inverse"
    menu_label = _("Praktijkvoorbeelden")
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["title", "municipality", "stage", "status", "live", "last_reviewed"]
    list_filter = ["municipality__province", "stage", "school_types", "status", "live"]
    list_export = [
        "title",
        "slug",
        "summary",
        "municipality",
        "collaboration_type",
        "stage",
        "status",
        "evidence_level",
        "start_year",
        "last_reviewed",
        "live",
    ]
    export_filename = "praktijkvoorbeelden"
    list_per_page = 50
    ordering = ["title"]


register_snippet(PracticeViewSet)
