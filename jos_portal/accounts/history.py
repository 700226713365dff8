"""A quiet history: the autosaves of one editing session are one entry, not one per pause.

Wagtail's autosave posts the form every few seconds while an editor types and updates the
same draft revision each time (``overwrite_revision_id``), but logs a new "Gewijzigd"
entry for every save. When a "wagtail.edit" entry is written for a revision that already
has one by the same person, the older ones go: the history keeps one entry per revision
per editor, dated at the last save.
"""

from django.db.models.signals import post_save

from wagtail.models import ModelLogEntry, PageLogEntry

EDIT = "wagtail.edit"


def fold_autosave_entries(sender, instance, created, raw=False, **kwargs):
    if raw or not created or instance.action != EDIT or instance.revision_id is None:
        return
    # A revision belongs to one record (page or snippet), so it names the record too.
    sender.objects.filter(
        action=EDIT, revision_id=instance.revision_id, user_id=instance.user_id
    ).exclude(pk=instance.pk).delete()


def connect():
    for model in (ModelLogEntry, PageLogEntry):
        post_save.connect(fold_autosave_entries, sender=model, dispatch_uid=f"fold-{model}")
