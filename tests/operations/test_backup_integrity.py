"""Backups are checked before they are trusted, keep times exactly, and only their owner
can read them."""

import datetime
import hashlib
import io
import json
import os
import stat
import tarfile

from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command

from wagtail.documents import get_document_model
from wagtail.models import Revision

import pytest

from practices.models import Practice
from tests.factories.practices import PracticeFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

EXACT = datetime.datetime(2024, 5, 6, 7, 8, 9, 123456, tzinfo=datetime.UTC)


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def content(media):
    practice = PracticeFactory(title="Pauzeteam Tilburg", slug="pauzeteam-tilburg")
    get_document_model().objects.create(
        title="Verslag", file=ContentFile(b"Verslag van de eerste bijeenkomst.", name="verslag.txt")
    )
    return practice


@pytest.fixture
def archive(content, tmp_path):
    path = tmp_path / "jos.tar.gz"
    call_command("backup", output=str(path), portable=True, stdout=io.StringIO())
    return path


def files_in(path):
    with tarfile.open(path, "r:gz") as tar:
        return {m.name: tar.extractfile(m).read() for m in tar.getmembers() if m.isfile()}


def write_archive(path, files):
    with tarfile.open(path, "w:gz") as tar:
        for name, body in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(body)
            tar.addfile(info, io.BytesIO(body))
    return path


def media_state(media):
    return {p.relative_to(media): p.read_bytes() for p in media.rglob("*") if p.is_file()}


def database_state():
    return (
        sorted(Practice.objects.values_list("slug", "title", "live")),
        Revision.objects.count(),
        get_document_model().objects.count(),
    )


def flip_byte(data, marker):
    """The same bytes with one byte of ``marker`` changed, as bit rot would."""
    at = data.index(marker)
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1 :]


def test_backups_and_their_temporary_data_are_readable_by_the_owner_only(content, tmp_path):
    path = tmp_path / "jos.tar.gz"
    path.write_bytes(b"an older archive under the same name")
    path.chmod(0o644)
    old_umask = os.umask(0)  # even with the most permissive umask
    try:
        call_command("backup", output=str(path), portable=True, stdout=io.StringIO())
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with tarfile.open(path, "r:gz") as tar:
        modes = {m.name: stat.S_IMODE(m.mode) for m in tar.getmembers()}
    assert modes["data.json"] == 0o600  # the dump was never readable for others
    assert modes["manifest.json"] == 0o600
    assert not list(tmp_path.glob("*.partial"))


def test_the_manifest_lists_a_sha256_checksum_for_every_file(archive):
    files = files_in(archive)
    manifest = json.loads(files.pop("manifest.json"))
    assert manifest["checksums"]["algorithm"] == "sha256"
    assert manifest["checksums"]["files"] == {
        name: hashlib.sha256(body).hexdigest() for name, body in files.items()
    }
    assert any(name.startswith("media/documents/") for name in files)


def test_verify_backup_accepts_a_sound_archive(archive):
    out = io.StringIO()
    call_command("verify_backup", str(archive), stdout=out)
    assert "is in orde" in out.getvalue()
    assert "1 mediabestanden" in out.getvalue()


@pytest.mark.parametrize("damage", ["data", "media", "manifest", "compressed", "missing"])
def test_a_damaged_archive_is_refused_and_nothing_changes(archive, media, tmp_path, damage):
    files = files_in(archive)
    document = next(name for name in files if name.startswith("media/"))
    bad = tmp_path / "beschadigd.tar.gz"
    if damage == "data":
        files["data.json"] = flip_byte(files["data.json"], b"Pauzeteam Tilburg")
        write_archive(bad, files)
    elif damage == "media":
        files[document] = flip_byte(files[document], b"bijeenkomst")
        write_archive(bad, files)
    elif damage == "manifest":
        manifest = json.loads(files["manifest.json"])
        digest = manifest["checksums"]["files"]["data.json"]
        manifest["checksums"]["files"]["data.json"] = digest[:-1] + (
            "0" if digest[-1] != "0" else "1"
        )
        files["manifest.json"] = json.dumps(manifest).encode()
        write_archive(bad, files)
    elif damage == "missing":
        del files[document]
        write_archive(bad, files)
    else:  # one bit flipped in the compressed file itself
        raw = archive.read_bytes()
        middle = len(raw) // 2
        bad.write_bytes(raw[:middle] + bytes([raw[middle] ^ 0x01]) + raw[middle + 1 :])

    with pytest.raises(CommandError) as verified:
        call_command("verify_backup", str(bad))
    assert "niet in orde" in str(verified.value)

    cache.set("nog-in-de-cache", "ja")
    Practice.objects.update(title="Sinds de back-up gewijzigd")
    before_db, before_media = database_state(), media_state(media)
    with pytest.raises(CommandError) as refused:
        call_command("restore", str(bad), force=True)
    message = str(refused.value)
    assert "Er is niets teruggezet of veranderd." in message
    if damage in ("data", "media", "manifest", "missing"):
        assert "Het archief is beschadigd" in message
    assert database_state() == before_db
    assert media_state(media) == before_media
    assert cache.get("nog-in-de-cache") == "ja"


def test_an_archive_without_checksums_is_refused(archive, tmp_path):
    files = files_in(archive)
    manifest = json.loads(files["manifest.json"])
    manifest["format"] = 1
    del manifest["checksums"]
    files["manifest.json"] = json.dumps(manifest).encode()
    old = write_archive(tmp_path / "oud.tar.gz", files)
    with pytest.raises(CommandError, match="geen controlesommen"):
        call_command("restore", str(old), force=True)


def test_times_round_trip_to_the_microsecond(archive, content, media, tmp_path):
    Practice.objects.filter(pk=content.pk).update(
        created_at=EXACT, first_published_at=EXACT + datetime.timedelta(microseconds=7)
    )
    Revision.objects.update(created_at=EXACT - datetime.timedelta(microseconds=999))
    exact = tmp_path / "exact.tar.gz"
    call_command("backup", output=str(exact), portable=True, stdout=io.StringIO())

    call_command("flush", interactive=False, verbosity=0)
    call_command("restore", str(exact), force=True, stdout=io.StringIO())
    practice = Practice.objects.get(slug="pauzeteam-tilburg")
    assert practice.created_at == EXACT
    assert practice.first_published_at == EXACT + datetime.timedelta(microseconds=7)
    assert {r.created_at for r in Revision.objects.all()} == {
        EXACT - datetime.timedelta(microseconds=999)
    }
