"""Admin for the discovery pages: the editable topic intros."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import TopicIntro


class TopicIntroViewSet(SnippetViewSet):
    model = TopicIntro
    icon = "tag"
    menu_label = _("Onderwerpintroducties")
    list_display = ["tag"]
    ordering = ["tag__name"]


register_snippet(TopicIntroViewSet)
