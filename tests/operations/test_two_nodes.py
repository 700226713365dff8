"""Two app nodes: two gunicorn processes with production settings on loopback, sharing
PostgreSQL, Redis and an S3 server (moto). An editor publishes a change on one; a visitor
of the other sees it at once (page cache and data caches follow the shared content
version), and a document uploaded on one downloads from the other."""

import contextlib
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.contrib.auth.models import Group
from django.db import connection

from wagtail.documents import get_document_model
from wagtail.models import Collection, Site

import pytest
import redis
import requests

from jos_portal.core.models import SiteSettings
from jos_portal.operations import faulttest
from jos_portal.operations.management.commands.faulttest import Command as FaultTest
from jos_portal.taxonomy.models import Municipality, SchoolType
from tests import objectstore
from tests.factories.practices import PracticeFactory
from tests.practices.test_admin import form_data

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "Een-lang-wachtwoord-2026"
REDIS = "redis://127.0.0.1:6379/5"


class Browser:
    """requests with the cookies kept by hand: production cookies are Secure, and the
    nodes speak plain HTTP on loopback (no TLS proxy in between)."""

    def __init__(self, base):
        self.base, self.cookies = base, {}

    def request(self, method, path, **kwargs):
        headers = kwargs.pop("headers", {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        response = requests.request(
            method,
            self.base + path,
            headers=headers,
            allow_redirects=False,
            timeout=30,
            **kwargs,
        )
        for cookie in response.raw.headers.getlist("Set-Cookie"):
            name, value = cookie.split(";", 1)[0].split("=", 1)
            self.cookies[name.strip()] = value.strip()
        return response

    def csrf(self):
        return self.cookies.get("csrftoken", "")

    def login(self, username):
        self.request("GET", "/admin/login/")
        response = self.request(
            "POST",
            "/admin/login/",
            data={"username": username, "password": PASSWORD, "csrfmiddlewaretoken": self.csrf()},
        )
        assert response.status_code == 302, response.text[:500]


@contextlib.contextmanager
def node(env, workdir, name):
    port = faulttest.free_port()
    env = {**env, "GUNICORN_BIND": f"127.0.0.1:{port}", "WEB_CONCURRENCY": "1"}
    log = (workdir / f"{name}.log").open("wb")
    command = [sys.executable, "-m", "gunicorn", "-c", str(settings.BASE_DIR / "gunicorn.conf.py")]
    process = faulttest.start_server(command, env, log)
    try:
        faulttest.wait_until_up(f"http://127.0.0.1:{port}/healthz", process=process)
        yield f"http://127.0.0.1:{port}"
    finally:
        faulttest.stop_server(process)
        log.close()


@pytest.fixture
def two_nodes():
    if connection.vendor != "postgresql":
        pytest.skip("Twee app-servers delen PostgreSQL; de CI draait de suite ook zo.")
    try:
        redis.Redis.from_url(REDIS).ping()
    except redis.RedisError:
        pytest.skip("Redis draait niet op 127.0.0.1:6379")
    prefix = f"jos-twonodes-{faulttest.free_port()}"
    with (
        objectstore.s3_server() as endpoint,
        tempfile.TemporaryDirectory(prefix="jos-twonodes-") as work,
    ):
        workdir = Path(work)
        bucket = objectstore.new_bucket(endpoint)
        database = connection.settings_dict
        served = (database["HOST"] or "127.0.0.1", int(database["PORT"] or 5432))
        options = {"workers": 1}
        env = FaultTest().environment(options, database, served, REDIS, prefix, 3, workdir)
        static = workdir / "static"  # all of it: the admin is used too
        subprocess.run(
            [sys.executable, "manage.py", "collectstatic", "--no-input", "-v0"],
            env={**env, "STATIC_ROOT": str(static)},
            cwd=settings.BASE_DIR,
            check=True,
        )
        env.update(
            {
                "STATIC_ROOT": str(static),
                "AWS_STORAGE_BUCKET_NAME": bucket,
                "AWS_S3_ENDPOINT_URL": endpoint,
                "AWS_S3_REGION_NAME": objectstore.REGION,
                "AWS_ACCESS_KEY_ID": objectstore.KEYS["aws_access_key_id"],
                "AWS_SECRET_ACCESS_KEY": objectstore.KEYS["aws_secret_access_key"],
                "PAGE_CACHE_SECONDS": "600",
            }
        )
        try:
            with node(env, workdir, "a") as a, node(env, workdir, "b") as b:
                yield a, b, endpoint, bucket
        finally:
            client = redis.Redis.from_url(REDIS)
            for key in client.scan_iter(f"{prefix}*"):
                client.delete(key)


def test_a_change_on_one_node_shows_at_once_on_the_other(two_nodes):
    a, b, endpoint, bucket = two_nodes
    editor = get_user_model().objects.create_user("redacteur", "r@example.nl")
    # The nodes run production settings, whose hashers do not include the tests' fast one.
    editor.password = PBKDF2PasswordHasher().encode(PASSWORD, PBKDF2PasswordHasher().salt())
    editor.save()
    editor.groups.add(Group.objects.get(name="Redacteur"))
    tilburg = Municipality.objects.get(code="GM0855")
    havo = SchoolType.objects.get(slug="havo")
    practice = PracticeFactory(title="Pauzeteam", slug="pauzeteam", municipality=tilburg)
    Collection.get_first_root_node().add_child(name="Openbare documenten")
    SiteSettings.for_site(Site.objects.get(is_default_site=True))  # as on any live site

    visitor = Browser(b)
    detail = "/praktijkvoorbeelden/pauzeteam/"
    assert "Pauzeteam" in visitor.request("GET", detail).text
    second = visitor.request("GET", detail)
    assert second.headers["X-Cache"] == "hit"  # cached on B

    # An editor publishes a new title on A.
    admin = Browser(a)
    admin.login("redacteur")
    edit = f"/admin/snippets/practices/practice/edit/{practice.pk}/"
    admin.request("GET", edit)
    data = form_data(
        {"utrecht": tilburg, "havo": havo}, title="Pauzeteam Tilburg-Noord", slug="pauzeteam"
    )
    data.update({"action-publish": "1", "csrfmiddlewaretoken": admin.csrf()})
    response = admin.request(
        "POST",
        edit,
        data=urlencode(data, doseq=True),
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert response.status_code == 302, response.text[:800]

    # B shows it on the next visit: no stale page, list or count.
    page = visitor.request("GET", detail)
    assert "Pauzeteam Tilburg-Noord" in page.text
    listing = visitor.request("GET", "/praktijkvoorbeelden/?gemeente=tilburg").text
    assert "Pauzeteam Tilburg-Noord" in listing

    # A document uploaded on A downloads from B (the file lives in the shared S3 bucket).
    collection = Collection.objects.get(name="Openbare documenten")
    admin.request("GET", "/admin/documents/multiple/add/")
    response = admin.request(
        "POST",
        "/admin/documents/add/",
        data={
            "title": "Werkplan",
            "collection": collection.pk,
            "csrfmiddlewaretoken": admin.csrf(),
        },
        files={"file": ("werkplan.pdf", b"%PDF-1.4 gedeeld werkplan", "application/pdf")},
    )
    assert response.status_code == 302, response.text[:800]
    document = get_document_model().objects.get(title="Werkplan")
    download = Browser(b).request("GET", document.url)
    assert download.status_code == 200
    assert download.content == b"%PDF-1.4 gedeeld werkplan"
    assert any(
        re.fullmatch(r"media/documents/werkplan\w*\.pdf", key)
        for key in objectstore.keys(endpoint, bucket)
    )
