"""Uploads in an S3-compatible object store (jos_portal/operations/storage.py), against a
real S3 server on loopback: documents and images are private objects, documents reach a
visitor only through the portal's permission check, replacing and deleting a file in the
admin replace and delete the object, image URLs are signed."""

import io
import urllib.error
import urllib.request

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

import pytest
from PIL import Image as PILImage

from tests import objectstore
from tests.factories.publications import PublicationFactory
from tests.objectstore import free_port

pytestmark = pytest.mark.django_db

Document = get_document_model()
Image = get_image_model()


@pytest.fixture(scope="module")
def s3_endpoint():
    with objectstore.s3_server() as endpoint:
        yield endpoint


@pytest.fixture
def bucket(s3_endpoint, settings):
    name = objectstore.new_bucket(s3_endpoint)
    for key, value in objectstore.storage_settings(s3_endpoint, name).items():
        setattr(settings, key, value)
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "jos_portal.operations.storage.PrivateS3Storage"},
    }
    return name


def status_of(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - loopback
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, b""


def raw_url(endpoint, bucket, key):
    return f"{endpoint}/{bucket}/{key}"


def make_document(content=b"%PDF-1.4 werkplan", name="werkplan.pdf"):
    document = Document(title="Werkplan", collection=Collection.get_first_root_node())
    document.file.save(name, ContentFile(content), save=False)
    document.save()
    return document


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_a_document_is_a_private_object_served_only_through_the_portal(s3_endpoint, bucket, client):
    document = make_document()
    key = f"media/{document.file.name}"
    assert objectstore.keys(s3_endpoint, bucket) == [key]
    # Nobody reaches the object in the bucket without a signature.
    assert status_of(raw_url(s3_endpoint, bucket, key))[0] == 403

    # A file only a draft uses is a 404, like the draft.
    publication = PublicationFactory(live=False, document=document)
    assert client.get(document.url).status_code == 404

    publication.live = True
    publication.save()
    response = client.get(document.url)
    assert response.status_code == 200
    assert body(response) == b"%PDF-1.4 werkplan"


def test_replacing_and_deleting_in_the_admin_replace_and_delete_the_object(
    s3_endpoint, bucket, admin_client, django_capture_on_commit_callbacks
):
    document = make_document()
    old_key = f"media/{document.file.name}"
    response = admin_client.post(
        reverse("wagtaildocs:edit", args=[document.pk]),
        {
            "title": "Werkplan",
            "collection": Collection.get_first_root_node().pk,
            "file": ContentFile(b"%PDF-1.4 nieuwe versie", name="werkplan-2027.pdf"),
            "tags": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:500]
    document.refresh_from_db()
    new_key = f"media/{document.file.name}"
    assert objectstore.keys(s3_endpoint, bucket) == [new_key] != [old_key]
    with document.file.open("rb") as stored:
        assert stored.read() == b"%PDF-1.4 nieuwe versie"

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(reverse("wagtaildocs:delete", args=[document.pk]))
    assert response.status_code == 302
    assert objectstore.keys(s3_endpoint, bucket) == []


def png_bytes():
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), (0, 90, 160)).save(buffer, "PNG")
    return buffer.getvalue()


def test_images_and_renditions_are_private_with_signed_urls(s3_endpoint, bucket):
    image = Image.objects.create(
        title="Aula",
        collection=Collection.get_first_root_node(),
        file=ImageFile(io.BytesIO(png_bytes()), name="aula.png"),
    )
    rendition = image.get_rendition("fill-20x20")

    assert rendition.url.startswith(f"{s3_endpoint}/{bucket}/media/")
    assert "Signature=" in rendition.url
    status, content = status_of(rendition.url)
    assert status == 200 and content.startswith(b"\x89PNG")
    assert status_of(rendition.url.split("?")[0])[0] == 403
    assert len(objectstore.keys(s3_endpoint, bucket)) == 2  # original and rendition


def test_readyz_checks_the_object_store(bucket, client, settings):
    assert client.get("/readyz").json()["checks"]["storage"] == "ok"
    settings.AWS_S3_ENDPOINT_URL = f"http://127.0.0.1:{free_port()}"  # nothing listens
    settings.STORAGES = {**settings.STORAGES}  # a new storage with the new endpoint
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"]["storage"] == "fout"
