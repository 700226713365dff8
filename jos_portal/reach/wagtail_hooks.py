from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from jos_portal.accounts.reports import ContentEditorsMenuItem

from .reports import ReachReportView


@hooks.register("register_admin_urls")
def register_reach_report_urls():
    view = ReachReportView
    return [
        path("rapporten/bereik/", view.as_view(), name=view.index_url_name),
        path(
            "rapporten/bereik/resultaten/",
            view.as_view(results_only=True),
            name=view.index_results_url_name,
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_reach_menu_item():
    return ContentEditorsMenuItem(
        _("Bereik"), reverse("jos_report_reach"), name="bereik", icon_name="view", order=1020
    )
