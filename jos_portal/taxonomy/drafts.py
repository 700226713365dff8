"""Someone else's unpublished changes on a live record, said plainly before anyone publishes.

Wagtail's edit screen opens the latest revision, so an editor who opens a live record that
a colleague (or a contributor's autosave) changed sees those changes as if they were the
record, and publishing puts them live. ``ForeignDraftNoticeMixin`` adds a warning at the
top of the edit screen: who made the draft, when, whether it waits in review, and that
publishing publishes it too. Imports no domain app; the domain viewsets mix it in.
"""

from django.contrib import messages
from django.utils import formats, timezone
from django.utils.html import format_html
from django.utils.translation import gettext as _


def foreign_draft(record, user):
    """The latest revision when it is an unpublished draft on a live record by another
    person (or by nobody known), else None."""
    if not getattr(record, "live", False) or not getattr(record, "has_unpublished_changes", False):
        return None
    revision = record.latest_revision
    if revision is None or (revision.user_id is not None and revision.user_id == user.pk):
        return None
    return revision


def draft_notice(record, user):
    revision = foreign_draft(record, user)
    if revision is None:
        return None
    author = revision.user
    name = (author.get_full_name() or author.get_username()) if author else _("onbekend")
    when = formats.date_format(timezone.localtime(revision.created_at), "j F Y, H:i")
    workflow_state = getattr(record, "current_workflow_state", None)
    in_review = (
        _(" Het wacht op review (%(task)s).") % {"task": workflow_state.current_task_state.task}
        if workflow_state is not None and workflow_state.current_task_state is not None
        else _(" Het is niet ter review aangeboden.")
    )
    return format_html(
        "{} {} {}",
        _(
            "Let op: op deze gepubliceerde versie staat een niet-gepubliceerde wijziging van "
            "%(name)s van %(when)s."
        )
        % {"name": name, "when": when},
        in_review,
        _(
            "Het formulier toont die wijziging; wie nu publiceert, zet haar ook live. De "
            "verschillen staan onder Geschiedenis."
        ),
    )


class ForeignDraftNoticeMixin:
    """For a snippet EditView: the warning above, on opening the edit screen."""

    def get(self, request, *args, **kwargs):
        notice = draft_notice(self.object, request.user)
        if notice:
            messages.warning(request, notice)
        return super().get(request, *args, **kwargs)
