"""Create the four roles and the "Redactionele review" workflow on every install.

The permission table is written out here, not imported, so this migration keeps doing
what it did when it was written. Permissions that Django or Wagtail would only create
after migrating (post_migrate) are created here with get_or_create; the later signal
then finds them and leaves them alone.
"""

from django.db import migrations

# (app_label, model, actions) per role. Snippet extras: publish, lock, unlock.
RECORDS = [("practices", "practice"), ("workshops", "session"), ("publications", "publication")]
RECORD_ACTIONS = ("add", "change", "publish", "lock")
PLAIN_SNIPPETS = [
    ("workshops", "workplace"),
    ("practices", "practicelistsettings"),
]
VOCABULARY = [
    ("taggit", "tag"),
    ("taxonomy", "factor"),
    ("taxonomy", "schooltype"),
    ("taxonomy", "targetgroup"),
    ("taxonomy", "organisation"),
    ("taxonomy", "province"),
    ("taxonomy", "municipality"),
]
MEDIA = [("wagtailimages", "image"), ("wagtaildocs", "document")]
MEDIA_ACTIONS = ("add", "change", "choose")
PAGE_ACTIONS = ("add", "change", "publish", "lock")

ADMIN_ACCESS = ("wagtailadmin", "admin", "access_admin")


def model_perms(models, actions):
    return [(app, model, f"{action}_{model}") for app, model in models for action in actions]


EDITOR_PERMS = [
    ADMIN_ACCESS,
    *model_perms(RECORDS, RECORD_ACTIONS),
    *model_perms([("workshops", "workplace")], ("add", "change")),
]
MODERATOR_PERMS = [
    *EDITOR_PERMS,
    *model_perms(RECORDS, ("delete", "unlock")),
    *model_perms(VOCABULARY, ("add", "change", "delete")),
    *model_perms([("workshops", "workplace")], ("delete",)),
]
CONTRIBUTOR_PERMS = [
    ADMIN_ACCESS,
    *model_perms([("practices", "practice"), ("workshops", "session")], ("add", "change", "lock")),
]
ADMINISTRATOR_PERMS = [
    ADMIN_ACCESS,
    *model_perms([("auth", "user"), ("auth", "group")], ("add", "change", "delete")),
    *model_perms([("wagtailcore", "site")], ("add", "change", "delete")),
    *model_perms([("core", "sitesettings"), ("practices", "practicelistsettings")], ("change",)),
    *model_perms([("wagtailredirects", "redirect")], ("add", "change", "delete")),
]

ROLES = {
    "Redacteur": {"perms": EDITOR_PERMS, "pages": PAGE_ACTIONS, "media": True},
    "Eindredacteur": {"perms": MODERATOR_PERMS, "pages": (*PAGE_ACTIONS, "unlock"), "media": True},
    "Bijdrager": {"perms": CONTRIBUTOR_PERMS, "pages": (), "media": "documents"},
    "Beheerder": {"perms": ADMINISTRATOR_PERMS, "pages": (), "media": False},
}


def get_permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": f"Can {codename.split('_')[0]} {model}"},
    )
    return permission


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()
    groups = {}
    for name, spec in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        groups[name] = group
        group.permissions.add(*(get_permission(apps, *perm) for perm in spec["perms"]))
        if root_page is not None:
            for action in spec["pages"]:
                GroupPagePermission.objects.get_or_create(
                    group=group,
                    page=root_page,
                    permission=get_permission(apps, "wagtailcore", "page", f"{action}_page"),
                )
        if root_collection is not None and spec["media"]:
            media = MEDIA if spec["media"] is True else [("wagtaildocs", "document")]
            for app_label, model, codename in model_perms(media, MEDIA_ACTIONS):
                GroupCollectionPermission.objects.get_or_create(
                    group=group,
                    collection=root_collection,
                    permission=get_permission(apps, app_label, model, codename),
                )
    return groups


def create_review_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task, _ = GroupApprovalTask.objects.get_or_create(
        name="Goedkeuring eindredactie", defaults={"content_type": task_type, "active": True}
    )
    task.groups.add(Group.objects.get(name="Eindredacteur"))
    workflow, _ = Workflow.objects.get_or_create(
        name="Redactionele review", defaults={"active": True}
    )
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for app_label, model in RECORDS:
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        WorkflowContentType.objects.update_or_create(
            content_type=content_type, defaults={"workflow": workflow}
        )
    # Pages go through the same review, instead of Wagtail's default "Moderators" group.
    root_page = Page.objects.filter(depth=1).first()
    if root_page is not None:
        WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})


def forwards(apps, schema_editor):
    create_roles(apps, schema_editor)
    create_review_workflow(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
        ("taxonomy", "0002_load_regions_and_vocabularies"),
        ("core", "0001_initial"),
        ("practices", "0001_initial"),
        ("workshops", "0001_initial"),
        ("publications", "0002_publication_title_is_descriptive"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
