"""Workflow e-mails to the author that carry the moderator's comment.

Wagtail mails the person who submitted a record when the review approves it or asks for
changes, but its approval mail leaves out what the moderator wrote. These notifiers take
the place of Wagtail's two (same signals, same recipients, same profile preferences) and
render Dutch templates from ``templates/accounts/notifications/`` with the comment, the
moderator's name, the admin link and, once published, the public link.
"""

from wagtail.admin.mail import (
    GroupApprovalTaskStateSubmissionEmailNotifier,
    WorkflowStateApprovalEmailNotifier,
    WorkflowStateRejectionEmailNotifier,
)
from wagtail.admin.utils import get_admin_base_url
from wagtail.models import AbstractPage, TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected

from practices.imports import review_mail_collected

# Wagtail's own receivers are connected under these ids (wagtail/admin/signal_handlers.py).
APPROVED_UID = "workflow_state_approved_email_notification"
REJECTED_UID = "workflow_state_rejected_email_notification"
SUBMITTED_UID = "group_approval_task_submitted_email_notification"


class CommentContextMixin:
    template_directory = "accounts/notifications/"

    def get_context(self, workflow_state, **kwargs):
        context = super().get_context(workflow_state, **kwargs)
        # The task state that decided: approved last, or the one that asked for changes.
        task_state = workflow_state.current_task_state.specific
        context["task"] = task_state.task
        context["task_state"] = task_state
        context["comment"] = task_state.get_comment()
        context["moderator"] = task_state.finished_by
        context["public_url"] = public_url(context["object"])
        return context


def public_url(obj):
    """Where the published record can be read, or "" while it is not public (or the model
    has no drafts and no public page)."""
    if not hasattr(obj, "live"):
        return ""
    # The instance the workflow holds predates the publication that approval just did.
    if not type(obj)._default_manager.filter(pk=obj.pk, live=True).exists():
        return ""
    if isinstance(obj, AbstractPage):
        return obj.specific.full_url or ""
    if hasattr(obj, "get_absolute_url"):
        return (get_admin_base_url() or "") + obj.get_absolute_url()
    return ""


class ApprovalWithCommentNotifier(CommentContextMixin, WorkflowStateApprovalEmailNotifier):
    pass


class RejectionWithCommentNotifier(CommentContextMixin, WorkflowStateRejectionEmailNotifier):
    pass


class SubmissionNotifier(GroupApprovalTaskStateSubmissionEmailNotifier):
    """Wagtail's "submitted for review" mail to the moderators, except for the records a
    bulk import puts into review: the import sends one mail for all of them."""

    def can_handle(self, instance, **kwargs):
        return not review_mail_collected() and super().can_handle(instance, **kwargs)


approval_notifier = ApprovalWithCommentNotifier()
rejection_notifier = RejectionWithCommentNotifier()
submission_notifier = SubmissionNotifier()


def connect_notifiers():
    """Replace Wagtail's approval, rejection and submission mails by ours, whatever the
    app order.

    If Wagtail's receivers are already connected they are removed; if wagtail.admin's
    ready() runs later, its connect() with the same dispatch_uid is a no-op, because a
    signal keeps one receiver per (dispatch_uid, sender)."""
    for signal, notifier, uid in (
        (workflow_approved, approval_notifier, APPROVED_UID),
        (workflow_rejected, rejection_notifier, REJECTED_UID),
    ):
        signal.disconnect(sender=WorkflowState, dispatch_uid=uid)
        signal.connect(notifier, sender=WorkflowState, dispatch_uid=uid)
    task_submitted.disconnect(sender=TaskState, dispatch_uid=SUBMITTED_UID)
    task_submitted.connect(submission_notifier, sender=TaskState, dispatch_uid=SUBMITTED_UID)
