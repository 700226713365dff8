"""Admin for the discovery pages: the editable topic intros and themes, and the search
words that mean the same."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import SearchSynonym, TopicIntro


class TopicIntroViewSet(SnippetViewSet):
    model = TopicIntro
    icon = "tag"
    menu_label = _("Onderwerpintroducties")
    list_display = ["tag", "is_theme"]
    list_filter = ["is_theme"]
    ordering = ["tag__name"]


class SearchSynonymViewSet(SnippetViewSet):
    model = SearchSynonym
    icon = "search"
    menu_label = _("Zoekwoorden")
    list_display = ["terms", "note"]
    search_fields = ["terms", "note"]
    ordering = ["terms"]


register_snippet(TopicIntroViewSet)
register_snippet(SearchSynonymViewSet)
