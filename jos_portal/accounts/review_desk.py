"""The review desk: what the record lists, the dashboard and the workflow screens add to the
domain apps' viewsets so editors and moderators can review in few clicks.

- every record list filters on its editorial state (concept, in review, changes requested,
  published, published with a newer concept) and, where records carry a review date, on
  "controle nodig"; the dashboard's counts link to exactly these filters;
- after each workflow step the editor reads in plain Dutch what happened (sent for review,
  approved and published with the review date, changes requested, review withdrawn)
  instead of Wagtail's generic "bijgewerkt".

The shell applies it with ``with_review_desk(ViewSet)``, so no domain app imports it.
"""

import datetime
from functools import cached_property

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Exists, OuterRef, Q
from django.db.models.functions import Cast
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.utils import get_latest_str
from wagtail.models import TaskState, WorkflowState

import django_filters

from jos_portal.taxonomy.review import has_review_date

STALE_AFTER = datetime.timedelta(days=365)

CONCEPT, IN_REVIEW, NEEDS_CHANGES, LIVE, LIVE_WITH_DRAFT = (
    "concept",
    "in_review",
    "needs_changes",
    "live",
    "live_draft",
)
WORKFLOW_STATE_CHOICES = [
    (CONCEPT, _("Concept (niet in review)")),
    (IN_REVIEW, _("In review")),
    (NEEDS_CHANGES, _("Wijzigingen gevraagd")),
    (LIVE, _("Gepubliceerd")),
    (LIVE_WITH_DRAFT, _("Gepubliceerd, met nieuwer concept")),
]


def workflow_exists(model, status):
    """True for the records of ``model`` whose current workflow has this status."""
    return Exists(
        WorkflowState.objects.filter(
            base_content_type=ContentType.objects.get_for_model(model),
            object_id=Cast(OuterRef("pk"), output_field=CharField()),
            status=status,
        )
    )


def editorial_state_q(model, state):
    """The Q for one editorial state; the dashboard counts with the same expressions."""
    in_review = workflow_exists(model, WorkflowState.STATUS_IN_PROGRESS)
    return {
        CONCEPT: Q(live=False) & ~Q(in_review),
        IN_REVIEW: Q(in_review),
        NEEDS_CHANGES: Q(workflow_exists(model, WorkflowState.STATUS_NEEDS_CHANGES)),
        LIVE: Q(live=True),
        LIVE_WITH_DRAFT: Q(live=True, has_unpublished_changes=True),
    }[state]


def has_field(model, name):
    return any(field.name == name for field in model._meta.concrete_fields)


def review_due_q(today=None, model=None):
    """Published, real (not fictional) records whose last review is over a year ago or
    never happened: what the editors should check again. A record type without
    publishing (a werkplaats) is public as soon as it exists."""
    today = today or timezone.localdate()
    due = Q(is_fictional=False) & (
        Q(last_reviewed__lt=today - STALE_AFTER) | Q(last_reviewed__isnull=True)
    )
    if model is None or has_field(model, "live"):
        due &= Q(live=True)
    return due


def reminder_due_q(model, today=None):
    """What a reminder is sent for: due for review, except a record that was never
    reviewed but went online less than ``STALE_AFTER`` ago (it gets a year, like a
    reviewed one). Without a publication date a never-reviewed record is due."""
    today = today or timezone.localdate()
    due = review_due_q(today, model)
    if has_field(model, "first_published_at"):
        due &= ~Q(last_reviewed__isnull=True, first_published_at__date__gt=today - STALE_AFTER)
    return due


def filter_editorial_state(queryset, name, value):
    if not value:
        return queryset
    return queryset.filter(editorial_state_q(queryset.model, value))


def filter_review_due(queryset, name, value):
    return queryset.filter(review_due_q(model=queryset.model)) if value else queryset


def review_filterset(model, base=None, list_filter=None):
    """The viewset's own filters (``base``, or a filter set built from ``list_filter``)
    plus the editorial state, and "controle nodig" for records with a review date."""
    if base is None:
        meta = type("Meta", (), {"model": model, "fields": list(list_filter or [])})
        base = type(f"{model.__name__}BaseFilterSet", (WagtailFilterSet,), {"Meta": meta})
    attrs = {
        "workflow_state": django_filters.ChoiceFilter(
            label=_("Redactiestatus"),
            choices=WORKFLOW_STATE_CHOICES,
            method=filter_editorial_state,
            widget=forms.RadioSelect,
            empty_label=_("Alle"),
        )
    }
    if has_review_date(model):
        # A choice, not a boolean: an unticked box would count as an active filter and
        # show an English "False" above the list.
        attrs["review_due"] = django_filters.ChoiceFilter(
            label=_("Controle nodig (langer dan 12 maanden of nooit gecontroleerd)"),
            choices=[("true", _("alleen wat controle nodig heeft"))],
            method=filter_review_due,
            widget=forms.RadioSelect,
            empty_label=_("Alle"),
        )
    return type(f"{model.__name__}ReviewFilterSet", (base,), attrs)


def review_date_sentence(obj):
    reviewed = getattr(type(obj)._default_manager.filter(pk=obj.pk).first(), "last_reviewed", None)
    if not reviewed:
        return ""
    return str(
        _("'Laatst gecontroleerd' staat nu op %(date)s.")
        % {"date": formats.date_format(reviewed, "j F Y")}
    )


def approval_message(obj, title):
    """What an approval did: published (with the review date), scheduled, or passed on."""
    fresh = type(obj)._default_manager.get(pk=obj.pk)
    state = WorkflowState.objects.for_instance(fresh).order_by("-created_at", "-pk").first()
    if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
        return _("'%(title)s' is goedgekeurd voor deze stap; nu is '%(task)s' aan de beurt.") % {
            "title": title,
            "task": state.current_task_state.task.name,
        }
    if not fresh.live and fresh.go_live_at and fresh.go_live_at > timezone.now():
        return _("'%(title)s' is goedgekeurd en wordt gepubliceerd op %(date)s.") % {
            "title": title,
            "date": formats.date_format(timezone.localtime(fresh.go_live_at), "j F Y H:i"),
        }
    return " ".join(
        part
        for part in (
            str(_("'%(title)s' is goedgekeurd en gepubliceerd.") % {"title": title}),
            review_date_sentence(fresh),
        )
        if part
    )


def changes_requested_message(title):
    return _(
        "Je hebt om wijzigingen gevraagd voor '%(title)s'. De auteur krijgt je opmerking per "
        "e-mail en kan het daarna opnieuw ter beoordeling aanbieden."
    ) % {"title": title}


def workflow_step_message(obj, action_name):
    title = get_latest_str(obj)
    if action_name == "approve":
        return approval_message(obj, title)
    if action_name == "reject":
        return changes_requested_message(title)
    return None


class ReviewMessagesMixin:
    """For the create and edit views: a Dutch sentence per workflow step."""

    def get_success_message(self, instance=None):
        obj = instance or self.object
        title = get_latest_str(obj)
        if self.action == "submit":
            return _(
                "'%(title)s' is ter beoordeling aangeboden. De eindredactie krijgt een "
                "bericht; tot de goedkeuring blijft het onzichtbaar voor bezoekers."
            ) % {"title": title}
        if self.action == "workflow-action":
            message = workflow_step_message(obj, getattr(self, "workflow_action", ""))
            if message:
                return message
        if self.action == "cancel-workflow":
            return _(
                "De beoordeling van '%(title)s' is ingetrokken. Je wijzigingen blijven "
                "bewaard als concept; bied het opnieuw aan als het klaar is."
            ) % {"title": title}
        if self.action == "restart-workflow":
            return _("'%(title)s' is opnieuw ter beoordeling aangeboden.") % {"title": title}
        if (
            self.action == "publish"
            and obj.live
            and not (obj.go_live_at and obj.go_live_at > timezone.now())
        ):
            return " ".join(
                part
                for part in (
                    str(_("'%(title)s' is gepubliceerd.") % {"title": title}),
                    review_date_sentence(obj),
                )
                if part
            )
        return super().get_success_message(instance)


class ReviewMessagesWorkflowActionMixin:
    """For the workflow action view the dashboard's review queue posts to: Wagtail says
    nothing there; we say what happened."""

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        task_state = TaskState.objects.filter(pk=self.task_state.pk).first()
        if task_state is not None and task_state.status != TaskState.STATUS_IN_PROGRESS:
            message = workflow_step_message(self.object, self.action_name)
            if message:
                messages.success(request, message)
        return response


REVIEW_STATE_LABELS = {
    WorkflowState.STATUS_IN_PROGRESS: _("in review"),
    WorkflowState.STATUS_NEEDS_CHANGES: _("wijzigingen gevraagd"),
}
REVIEW_COLUMN = Column(
    "review_state",
    label=_("Review"),
    accessor=lambda record: REVIEW_STATE_LABELS.get(getattr(record, "_review_state", ""), ""),
)


class ReviewStateIndexMixin:
    """Marks the records on the current page that are in review or wait for changes, in
    one query per page, for ``REVIEW_COLUMN``."""

    def get_table(self, object_list):
        records = list(object_list)
        states = dict(
            WorkflowState.objects.filter(
                base_content_type=ContentType.objects.get_for_model(self.model),
                object_id__in=[str(record.pk) for record in records],
                status__in=list(REVIEW_STATE_LABELS),
            ).values_list("object_id", "status")
        )
        for record in records:
            record._review_state = states.get(str(record.pk), "")
        return super().get_table(records)


def with_review_column(list_display):
    """The list's columns with "Review" right after the title."""
    columns = list(list_display)
    return [*columns[:1], REVIEW_COLUMN, *columns[1:]]


def with_review_desk(viewset_class):
    """A subclass of a record viewset with the review desk's filters and messages."""

    class ReviewDeskViewSet(viewset_class):
        @cached_property
        def filterset_class(self):
            base, list_filter = super().filterset_class, self.list_filter
            return review_filterset(
                self.model,
                None if base is self.UNDEFINED else base,
                None if list_filter is self.UNDEFINED else list_filter,
            )

        @cached_property
        def list_display(self):
            return with_review_column(super().list_display)

        @property
        def index_view_class(self):
            return type("IndexView", (ReviewStateIndexMixin, super().index_view_class), {})

        @property
        def add_view_class(self):
            return type("AddView", (ReviewMessagesMixin, super().add_view_class), {})

        @property
        def edit_view_class(self):
            return type("EditView", (ReviewMessagesMixin, super().edit_view_class), {})

        @property
        def workflow_action_view_class(self):
            base = super().workflow_action_view_class
            return type("WorkflowActionView", (ReviewMessagesWorkflowActionMixin, base), {})

    if hasattr(viewset_class, "submissions_list_display"):  # the practices' "Aanmeldingen"
        ReviewDeskViewSet.submissions_list_display = with_review_column(
            viewset_class.submissions_list_display
        )
    ReviewDeskViewSet.__name__ = viewset_class.__name__
    ReviewDeskViewSet.__qualname__ = viewset_class.__qualname__
    return ReviewDeskViewSet
