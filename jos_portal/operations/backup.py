"""Portable backup archives: one tar.gz with the database as JSON and the media files.

The dump keeps every primary key (content types and permissions included) and is plain
JSON, so an archive made on SQLite loads into PostgreSQL and back; a restore empties the
target without recreating content types, so the archive's own rows and ids come back.
Derived data is left out and rebuilt after a restore: the search index, Wagtail's
reference index, image renditions, embeds (fetched again), sessions and the admin's
editing sessions.
"""

import io
import json
import shutil
import tarfile
import tempfile
from collections import Counter
from pathlib import Path, PurePosixPath

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.sql import emit_post_migrate_signal
from django.db import DEFAULT_DB_ALIAS, connection, transaction
from django.utils import timezone

from wagtail.models import Page

FORMAT = 1
EXCLUDE = [
    "sessions",
    "wagtailsearch.indexentry",
    "wagtailsearch.sqliteftsindexentry",
    "wagtailadmin.editingsession",
    "wagtailembeds.embed",
    "wagtailimages.rendition",
    "wagtailcore.referenceindex",
]
LOAD_FIRST = {"contenttypes.contenttype", "auth.permission"}
# Page rows every migrated database has: the tree root and Wagtail's welcome page.
INITIAL_PAGES = 2


class BackupError(Exception):
    """The archive or the target cannot be used; the message is for the operator."""


def _installed(label):
    """Whether an app or model label exists here (the SQLite FTS table only on SQLite)."""
    try:
        if "." in label:
            apps.get_model(label)
        else:
            apps.get_app_config(label)
    except LookupError:
        return False
    return True


def model_counts(objects):
    return dict(sorted(Counter(obj["model"] for obj in objects).items()))


def make_backup(destination):
    """Write the archive to ``destination`` and return its manifest."""
    destination = Path(destination)
    media_root = Path(settings.MEDIA_ROOT)
    with tempfile.TemporaryDirectory() as work:
        data_path = Path(work) / "data.json"
        with transaction.atomic():  # one consistent snapshot of all tables
            call_command(
                "dumpdata",
                exclude=[label for label in EXCLUDE if _installed(label)],
                output=str(data_path),
                verbosity=0,
            )
        objects = json.loads(data_path.read_text())
        # Renditions (media/images/) are derived from the originals and left out.
        media_files = (
            sorted(
                p
                for p in media_root.rglob("*")
                if p.is_file() and p.relative_to(media_root).parts[0] != "images"
            )
            if media_root.exists()
            else []
        )
        manifest = {
            "format": FORMAT,
            "created": timezone.now().isoformat(),
            "database": connection.vendor,
            "counts": model_counts(objects),
            "media_files": len(media_files),
        }
        tmp_destination = destination.with_name(destination.name + ".partial")
        with tarfile.open(tmp_destination, "w:gz") as archive:
            _add_bytes(archive, "manifest.json", json.dumps(manifest, indent=2).encode())
            archive.add(data_path, arcname="data.json")
            for path in media_files:
                archive.add(path, arcname=f"media/{path.relative_to(media_root).as_posix()}")
        tmp_destination.replace(destination)  # never a half-written archive under the name
    return manifest


def _add_bytes(archive, name, data):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(timezone.now().timestamp())
    archive.addfile(info, io.BytesIO(data))


def read_archive(path):
    """(manifest, data bytes, [(media member, relative path)]) after checking every member."""
    try:
        with tarfile.open(path, "r:gz") as archive:
            return _read_members(archive)
    except (OSError, tarfile.TarError, EOFError) as error:
        raise BackupError(f"Dit is geen leesbaar back-uparchief ({error}).") from error


def _read_members(archive):
    by_name, media = {}, []
    for member in archive.getmembers():
        name = PurePosixPath(member.name)
        if name.is_absolute() or ".." in name.parts:
            raise BackupError(f"Onveilig pad in het archief: {member.name}")
        if member.isdir():
            continue
        if not member.isfile():
            raise BackupError(f"Onverwacht bestandstype in het archief: {member.name}")
        if name.parts[0] == "media" and len(name.parts) > 1:
            media.append((member, PurePosixPath(*name.parts[1:])))
        else:
            by_name[member.name] = member
    for required in ("manifest.json", "data.json"):
        if required not in by_name:
            raise BackupError(f"Het archief mist {required}; is dit een JOS-back-up?")
    try:
        manifest = json.loads(archive.extractfile(by_name["manifest.json"]).read())
    except ValueError as error:
        raise BackupError(f"manifest.json is onleesbaar ({error}).") from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError("Onbekende archiefversie; dit archief komt niet van deze portal.")
    data = archive.extractfile(by_name["data.json"]).read()
    return manifest, data, media


# Tables that only people fill; a migrated database has no rows in them (the regions,
# school types and roles that migrations create do not count as content).
CONTENT_MODELS = [
    "auth.user",
    "wagtailcore.revision",
    "wagtaildocs.document",
    "wagtailimages.image",
    "taggit.tag",
    "taxonomy.factor",
    "taxonomy.organisation",
    "practices.practice",
    "workshops.workplace",
    "workshops.session",
    "publications.publication",
]


def target_is_empty():
    """True for a freshly migrated database: no pages beyond Wagtail's initial two and no
    rows in any table that holds content."""
    if Page.objects.count() > INITIAL_PAGES:
        return False
    return not any(apps.get_model(label).objects.exists() for label in CONTENT_MODELS)


def media_is_empty():
    root = Path(settings.MEDIA_ROOT)
    return not root.exists() or not any(p.is_file() for p in root.rglob("*"))


def restore_backup(path, force=False, stdout=None):
    """Load an archive into this database and media folder; all or nothing for the data."""
    manifest, data, media = read_archive(path)
    if not force and not target_is_empty():
        raise BackupError(
            "De database is niet leeg. Herstel in een lege database, of gebruik --force "
            "om alles wat er nu in staat te vervangen."
        )
    if not force and not media_is_empty():
        raise BackupError(
            f"De mediamap {settings.MEDIA_ROOT} is niet leeg. Gebruik --force om bestanden "
            "te overschrijven."
        )
    media_root = Path(settings.MEDIA_ROOT)
    media_root.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=media_root.parent) as work:
        staging = Path(work) / "media"
        data_path = Path(work) / "data.json"
        data_path.write_bytes(data)
        _extract_media(path, media, staging)
        try:
            objects = json.loads(data)
        except ValueError as error:
            raise BackupError(f"data.json is geen geldige JSON ({error}).") from error
        if model_counts(objects) != manifest.get("counts"):
            raise BackupError("data.json klopt niet met het manifest; het archief is beschadigd.")
        # Content types first: signal handlers that run while other rows load look them
        # up, and would otherwise create them again under new ids.
        objects.sort(key=lambda obj: obj["model"] not in LOAD_FIRST)
        data_path.write_text(json.dumps(objects))
        try:
            with transaction.atomic():
                call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
                ContentType.objects.clear_cache()
                call_command("loaddata", str(data_path), verbosity=0)
                # Models newer than the archive get their content types and permissions.
                emit_post_migrate_signal(verbosity=0, interactive=False, db=DEFAULT_DB_ALIAS)
        except Exception as error:  # reported, and the transaction rolled back
            raise BackupError(
                f"Terugzetten mislukt; de database is niet veranderd. Oorzaak: {error}"
            ) from error
        finally:
            # Content type ids now are the archive's (or, after a rollback, the old ones):
            # refill the process cache from the table so no lookup sees a stale id.
            ContentType.objects.clear_cache()
            ContentType.objects.get_for_models(*apps.get_models(), for_concrete_models=False)
        for source in staging.rglob("*"):
            if source.is_file():
                target = media_root / source.relative_to(staging)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.move(source, target)
    cache.clear()  # cached pages, counts and menus describe the old content
    call_command("update_index", verbosity=0)
    call_command("rebuild_references_index", verbosity=0)
    return manifest


def _extract_media(path, media, staging):
    with tarfile.open(path, "r:gz") as archive:
        for member, relative in media:
            target = staging / Path(*relative.parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            source = archive.extractfile(member)
            with open(target, "wb") as out:
                shutil.copyfileobj(source, out)
