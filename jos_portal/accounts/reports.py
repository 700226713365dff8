"""Two reports under "Rapporten" for the editors: "Verouderde inhoud" (every record due for
review, of every type) and "Kapotte links" (external links that failed the last check,
with the records that use them). Both download as CSV and XLSX.

Only Redacteuren and Eindredacteuren see them (and superusers): reviewing a record means
publishing it again, which a Bijdrager cannot, and a Beheerder edits no content.
"""

from django.apps import apps
from django.core.exceptions import PermissionDenied
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.utils import get_admin_base_url
from wagtail.admin.views.reports import ReportView

from jos_portal.operations.models import CheckedLink

from .freshness import due_records
from .roles import EDITORS


def edits_content(user):
    """True for the roles that edit and publish content (and superusers)."""
    return user.is_active and (user.is_superuser or user.groups.filter(name__in=EDITORS).exists())


class ContentEditorsOnlyMixin:
    def dispatch(self, request, *args, **kwargs):
        if not edits_content(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ContentEditorsMenuItem(MenuItem):
    def is_shown(self, request):
        return edits_content(request.user)


LINE_BREAK = mark_safe("<br>")


class StaleContentReportView(ContentEditorsOnlyMixin, ReportView):
    page_title = _("Verouderde inhoud")
    header_icon = "time"
    index_url_name = "jos_report_stale_content"
    index_results_url_name = "jos_report_stale_content_results"
    export_filename = "verouderde-inhoud"
    paginate_by = 50
    no_results_message = _("Alle gepubliceerde inhoud is het afgelopen jaar gecontroleerd.")
    columns = [
        Column("type_label", label=_("Soort")),
        TitleColumn("title", label=_("Titel"), get_url=lambda record: record.edit_url),
        DateColumn("last_reviewed", label=_("Laatst gecontroleerd")),
        Column("owner_name", label=_("Redacteur")),
    ]
    list_export = ["type_label", "title", "last_reviewed", "owner_name", "absolute_edit_url"]
    export_headings = {
        "type_label": _("Soort"),
        "title": _("Titel"),
        "last_reviewed": _("Laatst gecontroleerd"),
        "owner_name": _("Redacteur"),
        "absolute_edit_url": _("Bewerken"),
    }

    def get_queryset(self):
        return due_records()


class BrokenLinksReportView(ContentEditorsOnlyMixin, ReportView):
    page_title = _("Kapotte links")
    header_icon = "warning"
    index_url_name = "jos_report_broken_links"
    index_results_url_name = "jos_report_broken_links_results"
    export_filename = "kapotte-links"
    paginate_by = 50
    no_results_message = _("Bij de laatste controle werkten alle externe links.")
    columns = [
        Column("url", label=_("Webadres")),
        Column("outcome", label=_("Status of fout")),
        DateColumn("checked_at", label=_("Laatst nagekeken")),
        Column("records_html", label=_("Gebruikt in")),
    ]
    list_export = ["url", "outcome", "checked_at", "records_text", "edit_urls_text"]
    export_headings = {
        "url": _("Webadres"),
        "outcome": _("Status of fout"),
        "checked_at": _("Laatst nagekeken"),
        "records_text": _("Gebruikt in"),
        "edit_urls_text": _("Bewerken"),
    }

    def get_queryset(self):
        return CheckedLink.objects.broken().order_by("url")

    def decorate_paginated_queryset(self, object_list):
        links = list(object_list)
        finder = AdminURLFinder()
        base = get_admin_base_url() or ""
        for link in links:
            uses = []
            for use in link.used_by:
                try:
                    model = apps.get_model(use["model"])
                except LookupError:
                    continue
                instance = model(pk=model._meta.pk.to_python(use["pk"]))
                label = f"{use['title']} ({model._meta.verbose_name})"
                uses.append((label, finder.get_edit_url(instance) or ""))
            link.records_html = format_html_join(
                LINE_BREAK, '<a href="{}">{}</a>', ((url, label) for label, url in uses)
            )
            link.records_text = "; ".join(label for label, _url in uses)
            link.edit_urls_text = " ".join(base + url for _label, url in uses if url)
        return links
