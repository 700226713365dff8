"""Tips in the admin: a snippet with drafts and history."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import BooleanColumn, LiveStatusTagColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Tip


class TipViewSet(SnippetViewSet):
    model = Tip
    icon = "help"
    menu_label = _("Tips")
    menu_order = 260
    add_to_admin_menu = True
    list_display = [
        "title",
        BooleanColumn("is_fictional", label=_("fictief voorbeeld")),
        LiveStatusTagColumn(),
    ]
    list_filter = ["factors__kind", "is_fictional", "live"]
    # No search_fields: the model's search index decides (a field list makes SQLite's
    # full-text search fail with 'no such column'), on SQLite and PostgreSQL alike.
    ordering = ["title"]


register_snippet(TipViewSet)
