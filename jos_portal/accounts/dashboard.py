"""The dashboard panel: what is in concept, in review and published per record type, which
practices have not been reviewed for a year, and what came in through the public form.
A fixed number of queries, however many records there are."""

from django.db.models import Count, F
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.components import Component

from practices.models import Practice, Source
from publications.models import Publication
from workshops.models import Session

from .review_desk import CONCEPT, IN_REVIEW, LIVE, editorial_state_q, review_due_q

RECORD_MODELS = (Practice, Session, Publication)
LIST_LENGTH = 5


def list_url(model, **filters):
    """The admin list of ``model``, filtered as the dashboard's count was counted."""
    url = reverse(f"wagtailsnippets_{model._meta.label_lower.replace('.', '_')}:list")
    return f"{url}?{urlencode(filters)}" if filters else url


def status_counts(model):
    """One query per model: concept (draft, not in review), in review, published; counted
    with the list filters' own expressions, so a count and its link always agree."""
    # The Exists goes straight into the filters: as an annotation Django would prune it.
    return model.objects.aggregate(
        **{
            state: Count("pk", filter=editorial_state_q(model, state))
            for state in (CONCEPT, IN_REVIEW, LIVE)
        }
    )


def stale_practices(today=None):
    """Published practices whose last review is over a year ago (or never happened), from
    the live row: approving or publishing sets the date, so a record just approved is not
    on this list. A fictional example has nothing to check and never gets a review date:
    left out."""
    return Practice.objects.filter(review_due_q(today)).order_by(
        F("last_reviewed").asc(nulls_first=True), "title"
    )


def newest_submissions():
    return (
        Practice.objects.filter(source=Source.PUBLIC_FORM)
        .select_related("municipality")
        .order_by("-submitted_at")
    )


class EditorialStatusPanel(Component):
    name = "editorial_status"
    order = 90
    template_name = "accounts/dashboard_panel.html"
    record_perms = [(m._meta.app_label, m._meta.model_name) for m in RECORD_MODELS]

    def get_context_data(self, parent_context=None):
        rows = []
        for model in RECORD_MODELS:
            counts = status_counts(model)
            rows.append(
                {
                    "label": model._meta.verbose_name_plural,
                    "record": model._meta.label_lower,
                    "url": list_url(model),
                    "cells": [
                        {
                            "state": state,
                            "count": counts[state],
                            "url": list_url(model, workflow_state=state),
                        }
                        for state in (CONCEPT, IN_REVIEW, LIVE)
                    ],
                }
            )
        stale = stale_practices()
        return {
            "heading": _("Redactie in cijfers"),
            "rows": rows,
            "stale": list(stale[:LIST_LENGTH]),
            "stale_count": stale.count(),
            "stale_url": list_url(Practice, review_due="true"),
            "submissions": list(newest_submissions()[:LIST_LENGTH]),
            "submissions_url": reverse("wagtailsnippets_practices_practice:submissions"),
        }
