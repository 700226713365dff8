"""The review date follows the editors' approval.

A record with a ``last_reviewed`` field ('laatst gecontroleerd') gets today's date when an
editor publishes it or a moderator gives the workflow's final approval: both mean that
someone with the right to publish has looked at it. The date is written into the revision
that goes live, so the live record, its history and the edit form agree. Publishing
without a person (demo data, scheduled publishing of a revision whose approval already set
the date) leaves the date alone, and a fictional example never gets one (there is nothing
to check). A record without publishing (a werkplaats) gets the date when an editor saves
it in the admin: saving is its publishing. Imports no domain app.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ReviewDateMixin(models.Model):
    """The 'laatst gecontroleerd' date of a record type (a practice declares its own,
    with the same definition)."""

    last_reviewed = models.DateField(
        _("laatst gecontroleerd"),
        null=True,
        blank=True,
        help_text=_("Wanneer de redactie de gegevens voor het laatst heeft nagelopen."),
    )

    class Meta:
        abstract = True


def has_review_date(model):
    return any(field.name == "last_reviewed" for field in model._meta.concrete_fields)


def mark_revision_reviewed(revision, today=None):
    """Put today's date in the revision's 'laatst gecontroleerd'; True when it changed."""
    content = revision.content
    if content.get("is_fictional"):
        return False
    value = (today or timezone.localdate()).isoformat()
    if content.get("last_reviewed") == value:
        return False
    content["last_reviewed"] = value
    revision.save(update_fields=["content"])
    return True


class ReviewedOnPublishMixin:
    """Put before ``DraftStateMixin`` in the bases of a record with ``last_reviewed``."""

    def publish(self, revision, user=None, **kwargs):
        if user is not None and has_review_date(type(self)):
            mark_revision_reviewed(revision)
        return super().publish(revision, user=user, **kwargs)


def mark_saved_record_reviewed(instance, today=None):
    """For a record without publishing (no draft state): an editor's save in the admin is
    its publishing, so it sets 'laatst gecontroleerd'; True when it changed."""
    if not has_review_date(type(instance)) or getattr(instance, "is_fictional", False):
        return False
    value = today or timezone.localdate()
    if instance.last_reviewed == value:
        return False
    type(instance)._default_manager.filter(pk=instance.pk).update(last_reviewed=value)
    instance.last_reviewed = value
    return True
