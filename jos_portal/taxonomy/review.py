"""The review date follows the editors' approval.

A record with a ``last_reviewed`` field ('laatst gecontroleerd') gets today's date when an
editor publishes it or a moderator gives the workflow's final approval: both mean that
someone with the right to publish has looked at it. The date is written into the revision
that goes live, so the live record, its history and the edit form agree. Publishing
without a person (demo data, scheduled publishing of a revision whose approval already set
the date) leaves the date alone, and a fictional example never gets one (there is nothing
to check). Imports no domain app.
"""

from django.utils import timezone


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
