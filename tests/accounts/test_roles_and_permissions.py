"""The four roles exist on every install and can do what the README says, through the
real admin views."""

from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from wagtail.models import Page, Site, WorkflowContentType, WorkflowPage

import pytest

from jos_portal.accounts.roles import REVIEW_TASK, REVIEW_WORKFLOW, ROLES
from practices.models import Practice
from publications.models import Publication
from tests.factories.practices import PracticeFactory
from workshops.models import Session

pytestmark = pytest.mark.django_db


def test_the_migration_creates_the_roles_and_the_review_workflow():
    assert set(Group.objects.filter(name__in=ROLES).values_list("name", flat=True)) == set(ROLES)
    for model in (Practice, Session, Publication):
        link = WorkflowContentType.objects.get(
            content_type=ContentType.objects.get_for_model(model)
        )
        assert link.workflow.name == REVIEW_WORKFLOW
        task = link.workflow.tasks.get().specific
        assert task.name == REVIEW_TASK
        assert list(task.groups.values_list("name", flat=True)) == ["Eindredacteur"]
    root = Page.get_first_root_node()
    assert WorkflowPage.objects.get(page=root).workflow.name == REVIEW_WORKFLOW


def snippet(model, action, *args):
    return reverse(f"wagtailsnippets_{model}:{action}", args=args)


# (url, who may open it). Everyone else is refused: redirected away, never shown the page.
MATRIX = [
    (lambda: "/admin/", {"redacteur", "eindredacteur", "bijdrager", "beheerder"}),
    (lambda: snippet("practices_practice", "list"), {"redacteur", "eindredacteur", "bijdrager"}),
    (lambda: snippet("practices_practice", "add"), {"redacteur", "eindredacteur", "bijdrager"}),
    (lambda: snippet("workshops_session", "add"), {"redacteur", "eindredacteur", "bijdrager"}),
    (lambda: snippet("publications_publication", "add"), {"redacteur", "eindredacteur"}),
    (lambda: snippet("publications_publication", "list"), {"redacteur", "eindredacteur"}),
    (lambda: snippet("taxonomy_factor", "add"), {"redacteur", "eindredacteur"}),
    (lambda: snippet("taggit_tag", "list"), {"redacteur", "eindredacteur"}),
    (lambda: snippet("taxonomy_schooltype", "add"), {"eindredacteur"}),
    (
        lambda: reverse(
            "wagtailsettings:edit",
            args=[
                "practices",
                "practicelistsettings",
                Site.objects.get(is_default_site=True).pk,
            ],
        ),
        {"redacteur", "eindredacteur"},
    ),
    (lambda: reverse("wagtailusers_users:index"), {"beheerder"}),
    # Groups hold the rights of the role matrix; nobody but a superuser edits them.
    (lambda: reverse("wagtailusers_groups:index"), set()),
    (lambda: reverse("wagtailsites:index"), {"beheerder"}),
    (
        lambda: reverse(
            "wagtailsettings:edit",
            args=["core", "sitesettings", Site.objects.get(is_default_site=True).pk],
        ),
        {"beheerder"},
    ),
    (lambda: reverse("wagtailadmin_explore_root"), {"redacteur", "eindredacteur"}),
]


@pytest.mark.parametrize(
    "role", ["anoniem", "redacteur", "eindredacteur", "bijdrager", "beheerder"]
)
@pytest.mark.parametrize("url,allowed", MATRIX, ids=[f"view{n}" for n in range(len(MATRIX))])
def test_permission_matrix_of_admin_views(clients, role, url, allowed):
    url = url()
    response = clients[role].get(url)
    if role in allowed:
        assert response.status_code == 200, (role, url, response.status_code)
    else:
        assert response.status_code in (302, 403), (role, url, response.status_code)
        if response.status_code == 302:
            assert response.url != url


def edit_data(practice, **overrides):
    from tests.practices.test_admin import form_data

    vocab = {"utrecht": practice.municipality, "havo": practice.school_types.first()}
    data = {"title": practice.title, "slug": practice.slug}
    data.update(overrides)
    return form_data(vocab, **data)


@pytest.fixture
def draft(db):
    from jos_portal.taxonomy.models import SchoolType

    return PracticeFactory(
        title="Concept voor de matrix", live=False, school_types=[SchoolType.objects.first()]
    )


@pytest.mark.parametrize(
    "role,can_publish",
    [("redacteur", True), ("eindredacteur", True), ("bijdrager", False)],
)
def test_only_editors_and_moderators_can_publish(clients, draft, role, can_publish):
    url = snippet("practices_practice", "edit", draft.pk)
    page = clients[role].get(url).content.decode()
    assert ('name="action-publish"' in page) is can_publish
    clients[role].post(url, {**edit_data(draft), "action-publish": "1"})
    draft.refresh_from_db()
    assert draft.live is can_publish
    # Whatever happened, the text was kept as a revision: nothing typed is lost.
    assert draft.revisions.count() >= 2


@pytest.mark.parametrize(
    "role,can_delete",
    [("redacteur", False), ("eindredacteur", True), ("bijdrager", False), ("beheerder", False)],
)
def test_only_moderators_can_delete_records(clients, draft, role, can_delete):
    clients[role].post(snippet("practices_practice", "delete", draft.pk))
    assert Practice.objects.filter(pk=draft.pk).exists() is not can_delete


def test_contributor_can_save_a_draft_but_not_touch_publications_or_vocabulary(clients, draft):
    url = snippet("practices_practice", "edit", draft.pk)
    response = clients["bijdrager"].post(url, edit_data(draft, title="Aangevuld door bijdrager"))
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.get_latest_revision_as_object().title == "Aangevuld door bijdrager"
    assert draft.live is False
    response = clients["bijdrager"].post(
        snippet("taxonomy_factor", "add"),
        {"name": "Nieuwe factor", "kind": "succesfactor", "description": "x"},
    )
    assert response.status_code in (302, 403)
    from jos_portal.taxonomy.models import Factor

    assert not Factor.objects.filter(name="Nieuwe factor").exists()


def test_contributors_see_other_contributors_drafts_in_the_list(clients, draft):
    """The documented choice: Wagtail's snippet permissions are per model, so a contributor
    sees (and may edit, not publish) every practice draft in the admin list."""
    listing = clients["bijdrager"].get(snippet("practices_practice", "list")).content.decode()
    assert "Concept voor de matrix" in listing


def test_admin_menu_groups_records_and_vocabulary(clients):
    moderator_home = clients["eindredacteur"].get("/admin/").content.decode()
    for label in ("Kennisbank", "Praktijkvoorbeelden", "Werkplaatsen", "Sessies", "Publicaties"):
        assert label in moderator_home
    for label in ("Taxonomie", "Onderwerpen", "Factoren", "Schooltypen", "Doelgroepen"):
        assert label in moderator_home
    assert "Vocabulaire" not in moderator_home
    # An editor adds topics, organisations and factors, but not school types or regions.
    editor_home = clients["redacteur"].get("/admin/").content.decode()
    for label in ("Taxonomie", "Onderwerpen", "Factoren", "Organisaties"):
        assert label in editor_home
    assert "Schooltypen" not in editor_home
    # A contributor manages no vocabulary, so the menu does not offer it.
    assert "Taxonomie" not in clients["bijdrager"].get("/admin/").content.decode()
