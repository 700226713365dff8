"""Bring the four roles in line with the role matrix (jos_portal/accounts/roles.py).

- The groups get exactly the rights of the matrix: a Bijdrager no longer changes other
  people's documents or locks records, a Beheerder no longer edits groups, editors and
  moderators get the tips and topic introductions the README gives them.
- The collection of submission attachments is readable by the Eindredacteur group only
  (it asked for any login).
- Locks held by someone who may no longer lock are released, so nobody stays locked out
  of a record a contributor locked.

This migration applies the matrix as it stands in roles.py (``apply_roles``); a later change
to the matrix gets its own migration that calls it again.
"""

from django.db import migrations
from django.db.models import Q

from jos_portal.accounts.roles import MODERATOR, apply_roles

SUBMISSION_COLLECTION = "Aanmeldingen praktijkvoorbeelden"
LOCKABLE = [("practices", "practice"), ("workshops", "session"), ("publications", "publication")]
GROUPS = "groups"


def restrict_submission_collection(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    CollectionViewRestriction = apps.get_model("wagtailcore", "CollectionViewRestriction")
    Group = apps.get_model("auth", "Group")
    moderators = Group.objects.get(name=MODERATOR)
    for collection in Collection.objects.filter(name=SUBMISSION_COLLECTION, depth=2):
        CollectionViewRestriction.objects.filter(collection=collection).delete()
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=GROUPS
        )
        restriction.groups.add(moderators)


def release_locks_nobody_may_hold(apps, schema_editor):
    User = apps.get_model("auth", "User")
    for app_label, model_name in LOCKABLE:
        model = apps.get_model(app_label, model_name)
        codename = f"lock_{model_name}"
        may_lock = User.objects.filter(
            Q(is_superuser=True)
            | Q(
                groups__permissions__codename=codename,
                groups__permissions__content_type__app_label=app_label,
            )
            | Q(
                user_permissions__codename=codename,
                user_permissions__content_type__app_label=app_label,
            )
        )
        model.objects.filter(locked=True).exclude(locked_by__in=may_lock).update(
            locked=False, locked_by=None, locked_at=None
        )


def forwards(apps, schema_editor):
    apply_roles(apps, schema_editor)
    restrict_submission_collection(apps, schema_editor)
    release_locks_nobody_may_hold(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_roles_and_review_workflow"),
        ("wagtailcore", "0098_apitoken"),
        ("discovery", "0001_initial"),
        ("stories", "0001_initial"),
        ("practices", "0003_published_ids_index"),
        ("workshops", "0001_initial"),
        ("publications", "0002_publication_title_is_descriptive"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
