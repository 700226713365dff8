import hashlib
import io
import json
import shutil
import tarfile

from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db import connection

from wagtail.documents import get_document_model
from wagtail.models import Page, Revision

import pytest

from practices.models import Practice

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def snapshot():
    """What must survive a round trip, read through the models."""
    practices = {
        p.slug: (p.title, p.summary, str(p.approach), p.live, sorted(t.name for t in p.tags.all()))
        for p in Practice.objects.prefetch_related("tags")
    }
    revisions = sorted(
        (r.object_id, r.base_content_type_id, json.dumps(r.content, sort_keys=True))
        for r in Revision.objects.all()
    )
    documents = {d.title: d.file.read() for d in get_document_model().objects.all()}
    return {
        "practices": practices,
        "revisions": revisions,
        "pages": sorted(Page.objects.values_list("url_path", "title", "live")),
        "documents": documents,
        "users": sorted(get_user_model().objects.values_list("username", flat=True)),
    }


def make_content():
    call_command("load_demo_data", stdout=io.StringIO())
    get_user_model().objects.create_user("redacteur", "r@example.nl", "geheim-wachtwoord-1")
    practice = Practice.objects.filter(live=True).first()
    # A published record with a newer draft on top: both texts must come back.
    practice.summary = "Een nieuwe samenvatting die nog in concept staat."
    practice.save_revision()
    practice.tags.add("Nieuw onderwerp na back-up-test")


@pytest.mark.parametrize("portable", [False, True], ids=["native", "portable"])
def test_backup_and_restore_round_trip(media, tmp_path, client, portable):
    """Native is pg_dump on PostgreSQL and JSON on SQLite; portable is JSON on both."""
    make_content()
    before = snapshot()
    assert before["documents"], "the demo content should include documents"
    assert any(not live for *_x, live, _t in before["practices"].values())  # drafts too
    archive = tmp_path / "jos.tar.gz"
    call_command("backup", output=str(archive), portable=portable, stdout=io.StringIO())
    with tarfile.open(archive) as tar:
        names = tar.getnames()
    native_pg = bool(connection.vendor == "postgresql" and not portable and shutil.which("pg_dump"))
    assert ("database.dump" in names) is native_pg and ("data.json" in names) is not native_pg

    # A fresh, empty target: no rows at all, and an empty media folder.
    call_command("flush", interactive=False, verbosity=0)
    for path in sorted(media.rglob("*"), reverse=True):
        path.unlink() if path.is_file() else path.rmdir()
    assert Practice.objects.count() == 0

    out = io.StringIO()
    call_command("restore", str(archive), stdout=out)
    assert "Teruggezet" in out.getvalue()
    assert snapshot() == before

    document = get_document_model().objects.first()
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == before["documents"][document.title]
    # The search index is rebuilt: a restored, published practice is found again.
    published = Practice.objects.filter(live=True).first()
    word = published.title.split()[0]
    found = client.get("/praktijkvoorbeelden/", {"q": word})
    assert published.title in found.content.decode()


def test_restore_refuses_a_target_with_content(media, tmp_path):
    make_content()
    archive = tmp_path / "jos.tar.gz"
    call_command("backup", output=str(archive), stdout=io.StringIO())
    count = Practice.objects.count()
    with pytest.raises(CommandError, match="niet leeg"):
        call_command("restore", str(archive))
    assert Practice.objects.count() == count


def test_broken_archives_are_refused_without_touching_the_database(media, tmp_path):
    make_content()
    before = Practice.objects.count()
    bad = tmp_path / "kapot.tar.gz"
    bad.write_bytes(b"dit is geen archief")
    with pytest.raises(CommandError, match="geen leesbaar"):
        call_command("restore", str(bad), force=True)

    evil = tmp_path / "evil.tar.gz"
    with tarfile.open(evil, "w:gz") as archive:
        info = tarfile.TarInfo("../buiten.txt")
        info.size = 1
        archive.addfile(info, io.BytesIO(b"x"))
    with pytest.raises(CommandError, match="Onveilig pad"):
        call_command("restore", str(evil), force=True)

    # A well-formed archive whose data does not load: rolled back, nothing lost.
    broken = tmp_path / "broken.tar.gz"
    data = json.dumps([{"model": "practices.practice", "pk": 1, "fields": {"title": "x"}}])
    checksums = {"data.json": hashlib.sha256(data.encode()).hexdigest()}
    manifest = json.dumps(
        {
            "format": 2,
            "counts": {"practices.practice": 1},
            "created": "x",
            "media_files": 0,
            "checksums": {"algorithm": "sha256", "files": checksums},
        }
    )
    with tarfile.open(broken, "w:gz") as archive:
        for name, body in (("manifest.json", manifest), ("data.json", data)):
            info = tarfile.TarInfo(name)
            info.size = len(body.encode())
            archive.addfile(info, io.BytesIO(body.encode()))
    with pytest.raises(CommandError, match="niet veranderd"):
        call_command("restore", str(broken), force=True)
    assert Practice.objects.count() == before
    assert not (tmp_path / "buiten.txt").exists()


def rewrite_manifest(archive, target, change):
    """A copy of ``archive`` with its manifest changed by ``change`` (checksums intact)."""
    with tarfile.open(archive) as source, tarfile.open(target, "w:gz") as copy:
        for member in source.getmembers():
            body = source.extractfile(member).read()
            if member.name == "manifest.json":
                manifest = json.loads(body)
                change(manifest)
                body = json.dumps(manifest).encode()
                member.size = len(body)
            copy.addfile(member, io.BytesIO(body))


@pytest.fixture
def pg_archive(media, tmp_path):
    if connection.vendor != "postgresql" or not shutil.which("pg_dump"):
        pytest.skip("pg_dump-archieven bestaan alleen op PostgreSQL met zijn clienttools")
    make_content()
    archive = tmp_path / "jos.tar.gz"
    call_command("backup", output=str(archive), stdout=io.StringIO())
    return archive


def test_a_pg_archive_lists_migrations_and_passes_pg_restore(pg_archive):
    with tarfile.open(pg_archive) as tar:
        manifest = json.loads(tar.extractfile("manifest.json").read())
        dump = tar.extractfile("database.dump").read()
    assert manifest["format"] == 3 and manifest["database_format"] == "pg_dump"
    assert ["practices", "0001_initial"] in manifest["migrations"]
    assert manifest["counts"]["practices.practice"] == Practice.objects.count()
    assert dump.startswith(b"PGDMP")  # pg_dump's custom format
    out = io.StringIO()
    call_command("verify_backup", str(pg_archive), stdout=out)
    assert "in orde" in out.getvalue()


def test_a_pg_archive_from_another_schema_is_refused_before_anything_changes(pg_archive, tmp_path):
    other = tmp_path / "ander.tar.gz"
    rewrite_manifest(pg_archive, other, lambda m: m["migrations"].pop())
    before = Practice.objects.count()
    with pytest.raises(CommandError, match="andere versie van de databasestructuur"):
        call_command("restore", str(other), force=True)
    assert Practice.objects.count() == before


def test_a_corrupt_pg_dump_is_refused(pg_archive, tmp_path):
    with tarfile.open(pg_archive) as tar:
        members = [(m, tar.extractfile(m).read()) for m in tar.getmembers()]
    bad = tmp_path / "rot.tar.gz"
    with tarfile.open(bad, "w:gz") as tar:
        for member, body in members:
            if member.name == "database.dump":
                body = body[:100] + bytes([body[100] ^ 0x01]) + body[101:]
            tar.addfile(member, io.BytesIO(body))
    before = Practice.objects.count()
    with pytest.raises(CommandError, match="SHA-256"):
        call_command("restore", str(bad), force=True)
    with pytest.raises(CommandError, match="SHA-256"):
        call_command("verify_backup", str(bad))
    assert Practice.objects.count() == before
