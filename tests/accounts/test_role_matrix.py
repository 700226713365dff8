"""The role matrix (jos_portal/accounts/roles.py) walked cell by cell against Wagtail's own
permission checks, the groups in the database compared with it, and the table in
docs/beveiliging.md compared with what the matrix renders: code, data and docs cannot
drift apart."""

from pathlib import Path

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.urls import NoReverseMatch, reverse

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page
from wagtail.permissions import policy_registry

import pytest

from jos_portal.accounts import roles
from jos_portal.accounts.roles import COLLECTION, MATRIX, MODEL, PAGE, ROLES
from tests.accounts.conftest import ROLE_USERS
from tests.factories.stories import StoryIndexPageFactory, site_home

pytestmark = pytest.mark.django_db

USERNAME = {role: username for username, role in ROLE_USERS.items()}
DOCS = Path(__file__).resolve().parents[2] / "docs" / "beveiliging.md"


def model_of(subject):
    return apps.get_model(subject.app_label, subject.model_name)


def chooser_opens(client, subject):
    try:
        url = reverse(f"wagtailsnippetchoosers_{subject.app_label}_{subject.model_name}:choose")
    except NoReverseMatch:
        pytest.fail(f"{subject.label} heeft geen kiezer, maar de matrix noemt 'kiezen'")
    return client.get(url).status_code == 200


def model_checks(subject, user, client):
    policy = policy_registry.get_by_type(model_of(subject))
    return {
        action: (
            chooser_opens(client, subject)
            if action == roles.CHOOSE
            else policy.user_has_permission(user, action)
        )
        for action in subject.actions
    }


@pytest.fixture
def leaf_page(db):
    """A live page without children, locked by someone else (a superuser)."""
    from django.contrib.auth import get_user_model

    owner = get_user_model().objects.create_superuser("hoofdredactie", "h@example.nl", "x")
    page = StoryIndexPageFactory(parent=site_home())
    page.locked, page.locked_by = True, owner
    page.save()
    return page


def page_checks(subject, user, page):
    tester = page.permissions_for_user(user)
    parent = page.get_parent().specific.permissions_for_user(user)
    checks = {
        roles.ADD: parent.can_add_subpage,
        roles.CHANGE: tester.can_edit,
        roles.DELETE: tester.can_delete,
        roles.PUBLISH: tester.can_publish,
        roles.LOCK: tester.can_lock,
        roles.UNLOCK: tester.can_unlock,
    }
    return {action: checks[action]() for action in subject.actions}


def media_checks(subject, user):
    model = model_of(subject)
    policy = policy_registry.get_by_type(model)
    # Someone else's file in the root collection.
    instance = model(title="Van een ander", collection=Collection.get_first_root_node())
    return {
        action: (
            policy.user_has_permission(user, action)
            if action == roles.ADD
            else policy.user_has_permission_for_instance(user, action, instance)
        )
        for action in subject.actions
    }


def client_for(user):
    client = Client()
    # force_login verifies the second factor of whoever needs one (tests/conftest.py).
    client.force_login(user)
    return client


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("subject", MATRIX, ids=[subject.label for subject in MATRIX])
def test_every_cell_of_the_role_matrix_holds(subject, role, users, request):
    user = users[USERNAME[role]]
    if subject.kind == MODEL:
        actual = model_checks(subject, user, client_for(user))
    elif subject.kind == PAGE:
        page = request.getfixturevalue("leaf_page")
        actual = page_checks(subject, user, Page.objects.get(pk=page.pk).specific)
    else:
        actual = media_checks(subject, user)
    expected = {action: subject.allowed(role, action) for action in subject.actions}
    assert actual == expected


def test_the_matrix_knows_the_document_and_image_models_in_use():
    labels = {subject.label for subject in MATRIX}
    assert get_document_model()._meta.label_lower in labels
    assert get_image_model()._meta.label_lower in labels


@pytest.mark.parametrize("role", ROLES)
def test_groups_hold_exactly_the_rights_of_the_matrix(role):
    """Nothing outside the matrix: the migration removed what the first one granted too
    much (a Bijdrager's document change and lock, a Beheerder's group rights)."""
    group = Group.objects.get(name=role)
    expected_model = {"wagtailadmin.access_admin"}
    expected_pages, expected_media = set(), set()
    for subject in MATRIX:
        if subject.kind == MODEL:
            expected_model |= {
                f"{subject.app_label}.{codename}"
                for codename in roles.model_codenames(subject, role)
            }
        elif subject.kind == PAGE:
            expected_pages |= {f"{action}_page" for action in subject.rights[role]}
        elif subject.kind == COLLECTION:
            expected_media |= {
                f"{subject.app_label}.{action}_{subject.model_name}"
                for action in subject.rights[role]
                if action != roles.DELETE
            }
    held = {
        f"{p.content_type.app_label}.{p.codename}"
        for p in Permission.objects.filter(group=group).select_related("content_type")
    }
    assert held == expected_model
    pages = GroupPagePermission.objects.filter(group=group)
    assert {p.permission.codename for p in pages} == expected_pages
    assert all(p.page.depth == 1 for p in pages)
    media = GroupCollectionPermission.objects.filter(group=group)
    assert {f"{p.permission.content_type.app_label}.{p.permission.codename}" for p in media} == (
        expected_media
    )
    assert all(p.collection.depth == 1 for p in media)


def test_docs_show_the_matrix_as_the_code_has_it():
    text = DOCS.read_text(encoding="utf-8")
    assert roles.render_matrix() in text, (
        "docs/beveiliging.md loopt achter op de rolmatrix: draai `manage.py role_matrix --write`"
    )


def test_every_snippet_and_setting_has_a_row_in_the_matrix():
    """A new snippet or setting without a row would get rights from nobody's decision
    (Wagtail shows every snippet chooser to every admin user): add its row to MATRIX."""
    from wagtail.contrib.settings.registry import registry as settings_registry
    from wagtail.snippets.models import get_snippet_models

    labels = {subject.label for subject in MATRIX}
    models = [*get_snippet_models(), *settings_registry]
    missing = sorted(m._meta.label_lower for m in models if m._meta.label_lower not in labels)
    assert missing == []


def test_only_the_four_roles_and_the_portals_own_review_exist():
    """Wagtail's English default groups and its "Moderators approval" workflow are gone
    after migrating, so nobody is put in a group outside the matrix by mistake."""
    from wagtail.models import Task, Workflow

    assert sorted(Group.objects.values_list("name", flat=True)) == sorted(ROLES)
    assert list(Workflow.objects.values_list("name", flat=True)) == [roles.REVIEW_WORKFLOW]
    assert list(Task.objects.values_list("name", flat=True)) == [roles.REVIEW_TASK]


def test_removing_wagtails_groups_keeps_their_members_in_the_matching_role(django_user_model):
    """Members of "Editors" and "Moderators" (an older install) land in the role that does
    the same work; a workflow with a review in progress is switched off, not deleted."""
    from importlib import import_module

    from django.apps import apps as global_apps

    from wagtail.models import GroupApprovalTask, Workflow, WorkflowTask

    migration = import_module("jos_portal.accounts.migrations.0004_own_roles_only")
    editors = Group.objects.create(name="Editors")
    moderators = Group.objects.create(name="Moderators")
    anna = django_user_model.objects.create_user("anna", "anna@example.nl", "x")
    bram = django_user_model.objects.create_user("bram", "bram@example.nl", "x")
    anna.groups.add(editors)
    bram.groups.add(moderators)
    workflow = Workflow.objects.create(name="Moderators approval")
    task = GroupApprovalTask.objects.create(name="Moderators approval")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)

    migration.remove_wagtail_defaults(global_apps, None)

    assert not Group.objects.filter(name__in=["Editors", "Moderators"]).exists()
    assert list(anna.groups.values_list("name", flat=True)) == [roles.EDITOR]
    assert list(bram.groups.values_list("name", flat=True)) == [roles.MODERATOR]
    assert not Workflow.objects.filter(name="Moderators approval").exists()
    assert not GroupApprovalTask.objects.filter(name="Moderators approval").exists()
