"""The dashboard panel: what is in concept, in review and published per record type, which
practices have not been reviewed for a year, and what came in through the public form.
A fixed number of queries, however many records there are."""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Count, Exists, F, OuterRef, Q
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.components import Component
from wagtail.models import WorkflowState

from practices.models import Practice, Source
from publications.models import Publication
from workshops.models import Session

RECORD_MODELS = (Practice, Session, Publication)
STALE_AFTER = datetime.timedelta(days=365)
LIST_LENGTH = 5


def status_counts(model):
    """One query per model: concept (draft, not in review), in review, published."""
    in_review = Exists(
        WorkflowState.objects.filter(
            base_content_type=ContentType.objects.get_for_model(model),
            object_id=Cast(OuterRef("pk"), output_field=CharField()),
            status=WorkflowState.STATUS_IN_PROGRESS,
        )
    )
    # The Exists goes straight into the filters: as an annotation Django would prune it.
    return model.objects.aggregate(
        concept=Count("pk", filter=Q(live=False) & ~Q(in_review)),
        in_review=Count("pk", filter=Q(in_review)),
        published=Count("pk", filter=Q(live=True)),
    )


def stale_practices(today=None):
    """Published practices whose last review is over a year ago (or never happened).
    A fictional example has nothing to check and never gets a review date: left out."""
    today = today or timezone.localdate()
    return (
        Practice.objects.published()
        .filter(is_fictional=False)
        .filter(Q(last_reviewed__lt=today - STALE_AFTER) | Q(last_reviewed__isnull=True))
        .order_by(F("last_reviewed").asc(nulls_first=True), "title")
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
        rows = [
            {
                "label": model._meta.verbose_name_plural,
                "url_name": f"wagtailsnippets_{model._meta.label_lower.replace('.', '_')}:list",
                **status_counts(model),
            }
            for model in RECORD_MODELS
        ]
        stale = stale_practices()
        return {
            "heading": _("Redactie in cijfers"),
            "rows": rows,
            "stale": list(stale[:LIST_LENGTH]),
            "stale_count": stale.count(),
            "submissions": list(newest_submissions()[:LIST_LENGTH]),
        }
