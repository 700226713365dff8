"""Werkplaatsen and their sessions in the admin, grouped under one menu item."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Session, Workplace


class SessionViewSet(SnippetViewSet):
    model = Session
    icon = "date"
    list_display = ["title", "workplace", "date", "format", "live"]
    list_filter = ["workplace", "format", "live"]
    list_export = ["title", "workplace", "date", "format", "live"]
    ordering = ["-date"]


class WorkplaceViewSet(SnippetViewSet):
    model = Workplace
    icon = "site"
    list_display = ["name", "municipality", "start_date", "end_date"]


class WorkshopsGroup(SnippetViewSetGroup):
    menu_label = _("Werkplaatsen")
    menu_icon = "site"
    menu_order = 210
    items = (SessionViewSet, WorkplaceViewSet)


register_snippet(WorkshopsGroup)
