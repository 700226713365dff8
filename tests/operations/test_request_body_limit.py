"""Request bodies larger than the portal accepts are refused with 413 before they are read;
the admin still takes document and image uploads of the documented size."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from wagtail.documents import get_document_model

import pytest

from jos_portal.taxonomy.models import Municipality, SchoolType
from practices.models import Practice

pytestmark = pytest.mark.django_db

SUBMIT = "/praktijkvoorbeelden/aanmelden/"
LOGIN_PAGES = ("/admin/login/", "/_util/login/", "/en/_util/login/")
HUGE = 200 * 1024 * 1024


def announced(client, url, length):
    """A POST that announces ``length`` bytes but carries only a few: a server that started
    reading would wait for the rest (here: the test client would fail)."""
    return client.post(
        url, data=b"x=1", content_type="application/x-www-form-urlencoded", CONTENT_LENGTH=length
    )


def pdf(size):
    body = b"%PDF-1.4\n"
    return SimpleUploadedFile("bijlage.pdf", body + b"0" * (size - len(body)), "application/pdf")


def submission(**extra):
    return {
        "title": "Samen op het plein",
        "summary": "Jongerenwerk en school werken samen.",
        "goal": "Minder conflicten.",
        "approach": "Elke week samen op het plein.",
        "collaboration_type": "vanuit-de-wijk",
        "stage": "lopend",
        "school_types": [SchoolType.objects.get(slug="havo").pk],
        "municipality": Municipality.objects.get(code="GM0855").pk,
        "organisations": "Een school",
        "contact_name": "Sanne",
        "contact_email": "sanne@example.nl",
        "consent": "on",
        **extra,
    }


@pytest.mark.parametrize("url", (SUBMIT, *LOGIN_PAGES, "/zoeken/", "/admin/documents/add/"))
def test_a_200_mb_body_is_refused_before_it_is_read(url):
    response = announced(Client(), url, str(HUGE))
    assert response.status_code == 413
    assert "Te veel gegevens" in response.content.decode()


def test_a_big_body_from_a_logged_in_editor_outside_the_admin_is_refused_too():
    editor = get_user_model().objects.create_user("redacteur", "r@example.nl", "x")
    editor.groups.add(Group.objects.get(name="Redacteur"))
    client = Client()
    client.force_login(editor)
    assert announced(client, SUBMIT, str(HUGE)).status_code == 413
    assert announced(client, "/admin/documents/add/", str(HUGE)).status_code == 413


def test_a_content_length_that_is_no_length_is_a_bad_request_not_a_500():
    for length in ("-5", "veel", "1e9", "٣"):
        response = announced(Client(), "/admin/login/", length)
        assert response.status_code == 400, length
    # No length at all is no body: the login form answers as usual.
    assert announced(Client(), "/admin/login/", "").status_code == 200


@pytest.fixture
def small_limits(settings):
    settings.REQUEST_BODY_MAX_BYTES = 20_000
    settings.REQUEST_BODY_OVERHEAD = 10_000
    settings.SUBMISSION_MAX_ATTACHMENT_BYTES = 50_000
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 100_000
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 80_000


@pytest.mark.usefixtures("small_limits")
def test_the_submission_form_takes_its_attachment_limit_and_no_more(client):
    response = client.post(SUBMIT, submission(attachment=pdf(45_000)))
    assert response.status_code == 302
    assert Practice.objects.count() == 1
    Practice.objects.get().documents.get().document.file.delete(save=False)

    response = client.post(SUBMIT, submission(title="Te groot", attachment=pdf(70_000)))
    assert response.status_code == 413
    assert Practice.objects.count() == 1


@pytest.mark.usefixtures("small_limits")
@pytest.mark.parametrize("url", LOGIN_PAGES)
def test_login_pages_take_no_more_than_the_general_limit(url):
    response = Client().post(url, {"username": "x", "password": "y" * 30_000})
    assert response.status_code == 413


@pytest.mark.usefixtures("small_limits")
def test_editors_upload_documents_of_the_documented_size_in_the_admin():
    editor = get_user_model().objects.create_user("redacteur", "r@example.nl", "x")
    editor.groups.add(Group.objects.get(name="Redacteur"))
    client = Client()
    client.force_login(editor)
    upload = {"title": "Jaarverslag", "file": pdf(95_000), "collection": 1}
    response = client.post(reverse("wagtaildocs:add"), upload)
    assert response.status_code == 302
    document = get_document_model().objects.get(title="Jaarverslag")
    document.file.delete(save=False)
    # The same upload without a login never reaches the admin's parser.
    upload["file"] = pdf(95_000)
    assert Client().post(reverse("wagtaildocs:add"), upload).status_code == 413


def test_the_default_limits_fit_the_documented_uploads():
    from jos_portal.operations.bodylimit import body_limit

    class Request:
        def __init__(self, path, logged_in):
            self.path_info = path
            self.user = type("User", (), {"is_authenticated": logged_in})()

    admin = body_limit(Request("/admin/documents/add/", True))
    assert admin > max(settings.WAGTAILDOCS_MAX_UPLOAD_SIZE, settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE)
    assert body_limit(Request(SUBMIT, False)) > settings.SUBMISSION_MAX_ATTACHMENT_BYTES
    for path in (*LOGIN_PAGES, "/admin/documents/add/"):
        assert body_limit(Request(path, False)) == settings.REQUEST_BODY_MAX_BYTES <= 1024 * 1024
