"""Content that stays current, across every record type with a review date.

What is due for review (``review_due_q`` of the review desk, per type), who owns it and
where an editor edits it: the reminder mails (``send_review_reminders``) and the report
"Verouderde inhoud" read the same rows from here.

The owning editor of a record is the person of its most recent create, edit, publish or
revert in Wagtail's history (the log entries every record type has, with or without
revisions); for a page without such an entry, the page's owner. That is the person who
last put work into it, which is who can tell whether it is still right.
"""

from dataclasses import dataclass, field
from datetime import date, datetime

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db.models import F, TextField
from django.utils.text import capfirst

from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.utils import get_admin_base_url
from wagtail.fields import StreamField
from wagtail.log_actions import registry as log_registry
from wagtail.models import AbstractPage, PageLogEntry

from jos_portal.taxonomy.review import has_review_date

from .review_desk import reminder_due_q, review_due_q

OWNER_ACTIONS = ("wagtail.create", "wagtail.edit", "wagtail.publish", "wagtail.revert")


def reviewed_models():
    """Every record type with 'laatst gecontroleerd', in the order of the apps."""
    return [
        model
        for model in apps.get_models()
        if has_review_date(model) and any(f.name == "is_fictional" for f in model._meta.fields)
    ]


@dataclass
class DueRecord:
    """One record that needs a review, as a report row and a line in a reminder."""

    instance: object
    last_reviewed: date | None
    first_published_at: datetime | None
    owner: object = None
    edit_url: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def model(self):
        return type(self.instance)

    @property
    def type_label(self):
        return capfirst(self.model._meta.verbose_name)

    @property
    def title(self):
        return str(self.instance)

    @property
    def content_type(self):
        return ContentType.objects.get_for_model(self.model)

    @property
    def owner_name(self):
        if self.owner is None:
            return ""
        return self.owner.get_full_name() or self.owner.get_username()

    @property
    def absolute_edit_url(self):
        return (get_admin_base_url() or "") + self.edit_url if self.edit_url else ""


def long_text_fields(model):
    """The bodies a row does not need (rich text, StreamField, long text)."""
    return [
        field.name
        for field in model._meta.concrete_fields
        if isinstance(field, TextField | StreamField)
    ]


def due_records(today=None, *, for_reminders=False, models=None):
    """The records due for review, oldest review first (never reviewed before all),
    with their owner and admin edit link."""
    due_q = reminder_due_q if for_reminders else review_due_q
    url_finder = AdminURLFinder()
    rows = []
    for model in models or reviewed_models():
        condition = due_q(model, today) if for_reminders else due_q(today, model)
        queryset = (
            model._default_manager.filter(condition)
            .defer(*long_text_fields(model))
            .order_by(F("last_reviewed").asc(nulls_first=True), "pk")
        )
        records = [
            DueRecord(
                instance=instance,
                last_reviewed=instance.last_reviewed,
                first_published_at=getattr(instance, "first_published_at", None),
                edit_url=url_finder.get_edit_url(instance) or "",
            )
            for instance in queryset
        ]
        attach_owners(model, records)
        rows.extend(records)
    rows.sort(key=lambda row: (row.last_reviewed is not None, row.last_reviewed or date.min))
    return rows


def attach_owners(model, records):
    """Set ``owner`` on each record: one query for the history, one for the users."""
    if not records:
        return
    pks = [str(record.instance.pk) for record in records]
    log_model = log_registry.get_log_model_for_model(model)
    if log_model is None:
        return
    entries = log_model.objects.filter(user__isnull=False, action__in=OWNER_ACTIONS)
    if issubclass(log_model, PageLogEntry):
        entries = entries.filter(page_id__in=[record.instance.pk for record in records])
        key = "page_id"
    else:
        content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
        entries = entries.filter(content_type=content_type, object_id__in=pks)
        key = "object_id"
    owner_ids = {}
    for object_id, user_id in entries.order_by("-timestamp", "-pk").values_list(key, "user_id"):
        owner_ids.setdefault(str(object_id), user_id)
    if issubclass(model, AbstractPage):
        for record in records:
            owner_ids.setdefault(str(record.instance.pk), record.instance.owner_id)
    users = get_user_model()._default_manager.in_bulk(
        {user_id for user_id in owner_ids.values() if user_id}
    )
    for record in records:
        record.owner = users.get(owner_ids.get(str(record.instance.pk)))
