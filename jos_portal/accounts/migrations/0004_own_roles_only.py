"""Only the portal's own roles and review remain.

Wagtail's first migrations create the groups "Moderators" and "Editors" and the workflow
"Moderators approval" with its task. They sit beside the four Dutch roles and the
"Redactionele review", with rights outside the role matrix. Their members move to the role
that does the same work (Editors to Redacteur, Moderators to Eindredacteur), then the groups
go. The workflow and its task go too, unless some record or page still has a review in it:
then they are switched off, so nothing in progress is lost.

The matrix also changed (editors add topics and organisations and edit the introduction of
the practice list); ``apply_roles`` gives the groups its rights again.
"""

from django.db import migrations

from jos_portal.accounts.roles import EDITOR, MODERATOR, apply_roles

WAGTAIL_GROUPS = {"Editors": EDITOR, "Moderators": MODERATOR}
WAGTAIL_WORKFLOW = "Moderators approval"


def remove_wagtail_defaults(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")
    TaskState = apps.get_model("wagtailcore", "TaskState")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")

    for old_name, role in WAGTAIL_GROUPS.items():
        old = Group.objects.filter(name=old_name).first()
        if old is None:
            continue
        new, _ = Group.objects.get_or_create(name=role)
        for user in old.user_set.all():
            user.groups.add(new)
        old.delete()

    for workflow in Workflow.objects.filter(name=WAGTAIL_WORKFLOW):
        task_ids = list(workflow.workflow_tasks.values_list("task_id", flat=True))
        in_use = (
            WorkflowState.objects.filter(workflow=workflow).exists()
            or TaskState.objects.filter(task_id__in=task_ids).exists()
        )
        WorkflowPage.objects.filter(workflow=workflow).delete()
        WorkflowContentType.objects.filter(workflow=workflow).delete()
        if in_use:
            workflow.active = False
            workflow.save(update_fields=["active"])
            Task.objects.filter(pk__in=task_ids).update(active=False)
        else:
            workflow.delete()
            Task.objects.filter(pk__in=task_ids, workflow_tasks__isnull=True).delete()


def forwards(apps, schema_editor):
    remove_wagtail_defaults(apps, schema_editor)
    apply_roles(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0003_editors_lift_locks"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
