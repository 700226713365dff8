"""Practice examples in the admin: a snippet with drafts, workflow, filters and export.

Registered by the shell (jos_portal.accounts) inside the "Kennisbank" menu group."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Practice


class PracticeViewSet(SnippetViewSet):
    model = Practice
    icon = "doc-full-inverse"
    menu_label = _("Praktijkvoorbeelden")
    menu_order = 10
    list_display = [
        "title",
        "municipality",
        "stage",
        "status",
        "is_fictional",
        "live",
        "last_reviewed",
    ]
    list_filter = [
        "municipality__province",
        "stage",
        "school_types",
        "status",
        "source",
        "is_fictional",
        "live",
    ]
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
        "is_fictional",
        "provenance",
        "source_url",
        "source_checked",
        "source",
        "submitted_at",
        "live",
    ]
    export_filename = "praktijkvoorbeelden"
    list_per_page = 50
    ordering = ["title"]
