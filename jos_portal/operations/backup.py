"""Backup archives: one tar.gz with the database and the media files.

On PostgreSQL the database goes in as ``pg_dump``'s custom format (``database.dump``):
what an operator of a PostgreSQL site trusts, fast with thousands of revisions, restored
with ``pg_restore`` into the same schema (the manifest lists the applied migrations). On
SQLite, or with ``portable=True``, it goes in as JSON (below), which also moves a site
between the two databases. Media come from the storage in use: local disk or object store.

The dump keeps every primary key (content types and permissions included) and is plain
JSON, so an archive made on SQLite loads into PostgreSQL and back; a restore empties the
target without recreating content types, so the archive's own rows and ids come back.
Times keep their microseconds (operations/serializer.py).
Derived data is left out and rebuilt after a restore: the search index, Wagtail's
reference index, image renditions, embeds (fetched again), sessions and the admin's
editing sessions.

The manifest lists a SHA-256 checksum of every file in the archive. ``verify_archive``
reads the whole archive (the gzip checksum included) and compares each file with it;
a restore does the same before it changes anything, so a damaged archive is refused
with the database, the media folder and the cache as they were.

An archive holds password hashes, two-factor secrets, login logs with IP addresses and
the personal data of people who submitted a practice: it is written readable by its
owner only (mode 0600), and so is every temporary file on the way.
"""

import gzip
import hashlib
import io
import json
import os
import shutil
import subprocess
import tarfile
import tempfile
import zlib
from collections import Counter
from pathlib import Path, PurePosixPath

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.files import File
from django.core.files.storage import FileSystemStorage, default_storage
from django.core.management import call_command
from django.core.management.color import no_style
from django.core.management.sql import emit_post_migrate_signal
from django.db import DEFAULT_DB_ALIAS, connection, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

from wagtail.models import Page

from . import serializer
from .cache import clear_site_cache

# 2: a SHA-256 checksum per file in the manifest, times with microseconds.
FORMAT = 2
# 3: the database as a pg_dump custom-format file, with the applied migrations.
PG_FORMAT = 3
MANIFEST = "manifest.json"
DATA = "data.json"
DUMP = "database.dump"
# Rows that a pg_dump archive leaves out: sessions (personal, short-lived) and the migration
# records (the target has its own, and the manifest compares them).
PG_EXCLUDE_DATA = ["django_session", "django_migrations"]
PRIVATE = 0o600
CHUNK = 1024 * 1024
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


def private_file(path):
    """A new, empty binary file at ``path`` only its owner can read (0600)."""
    path = Path(path)
    path.unlink(missing_ok=True)  # a stale file may have had other permissions
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE)
    os.fchmod(fd, PRIVATE)  # whatever the umask
    return os.fdopen(fd, "wb")


class _Hashing:
    """A file wrapper that computes the SHA-256 of what is read through it."""

    def __init__(self, raw):
        self.raw = raw
        self.sha256 = hashlib.sha256()

    def read(self, size=-1):
        chunk = self.raw.read(size)
        self.sha256.update(chunk)
        return chunk


def media_names(storage=None):
    """Every original media file in the storage (local disk or object store), sorted.
    Renditions (``images/``) are derived from the originals and left out."""
    storage = storage or default_storage
    names, folders = [], [""]
    while folders:
        folder = folders.pop()
        try:
            subfolders, files = storage.listdir(folder)
        except FileNotFoundError:
            continue
        prefix = f"{folder}/" if folder else ""
        folders += [f"{prefix}{name}" for name in subfolders if prefix or name != "images"]
        names += [f"{prefix}{name}" for name in files]
    return sorted(names)


def pg_environment():
    """libpq settings for pg_dump, pg_restore and psql from the Django database."""
    db = connection.settings_dict
    env = {**os.environ, "PGDATABASE": db["NAME"]}
    for key, variable in (
        ("HOST", "PGHOST"),
        ("PORT", "PGPORT"),
        ("USER", "PGUSER"),
        ("PASSWORD", "PGPASSWORD"),
    ):
        if db.get(key):
            env[variable] = str(db[key])
    return env


def _run(command, **kwargs):
    executable = shutil.which(command[0])
    if executable is None:
        raise BackupError(f"{command[0]} is niet gevonden; installeer de PostgreSQL-clienttools.")
    result = subprocess.run(  # noqa: S603 - fixed PostgreSQL tools, no shell
        [executable, *command[1:]], env=pg_environment(), capture_output=True, **kwargs
    )
    if result.returncode != 0:
        message = result.stderr.decode(errors="replace").strip().splitlines()
        raise BackupError(f"{command[0]} mislukte: {message[-1] if message else result.returncode}")
    return result


def applied_migrations():
    return sorted([app, name] for app, name in MigrationRecorder(connection).applied_migrations())


def _dump_database(work, portable):
    """Write the database into ``work``; (file name in the archive, path, manifest fields)."""
    # Without PostgreSQL's client tools the portable format still makes a sound backup.
    if connection.vendor == "postgresql" and not portable and shutil.which("pg_dump"):
        path = Path(work) / DUMP
        private_file(path).close()
        command = ["pg_dump", "--format=custom", "--no-owner", "--no-privileges", f"--file={path}"]
        command += [f"--exclude-table-data={table}" for table in PG_EXCLUDE_DATA]
        _run(command)
        counts = {
            model._meta.label_lower: model._base_manager.count()
            for model in apps.get_models()
            if model._meta.managed and not model._meta.proxy
        }
        fields = {
            "format": PG_FORMAT,
            "database_format": "pg_dump",
            "counts": dict(sorted((k, v) for k, v in counts.items() if v)),
            "migrations": applied_migrations(),
        }
        return DUMP, path, fields
    serializers.register_serializer(serializer.NAME, serializer.__name__)
    path = Path(work) / DATA
    private_file(path).close()
    with transaction.atomic():  # one consistent snapshot of all tables
        call_command(
            "dumpdata",
            format=serializer.NAME,
            exclude=[label for label in EXCLUDE if _installed(label)],
            output=str(path),
            verbosity=0,
        )
    objects = json.loads(path.read_text())
    return (
        DATA,
        path,
        {"format": FORMAT, "database_format": "json", "counts": model_counts(objects)},
    )


def make_backup(destination, portable=False):
    """Write the archive to ``destination`` (mode 0600) and return its manifest: the
    database (pg_dump on PostgreSQL unless ``portable``, JSON otherwise) and the media."""
    destination = Path(destination)
    with tempfile.TemporaryDirectory() as work:  # mode 0700
        database_name, database_path, fields = _dump_database(work, portable)
        media_files = media_names()
        checksums = {}
        tmp_destination = destination.with_name(destination.name + ".partial")
        with (
            private_file(tmp_destination) as raw,
            tarfile.open(fileobj=raw, mode="w:gz") as archive,
        ):
            # Hashed as it is written, so the checksum is of the bytes in the archive.
            info = archive.gettarinfo(database_path, arcname=database_name)
            with open(database_path, "rb") as source:
                reader = _Hashing(source)
                archive.addfile(info, reader)
            checksums[database_name] = reader.sha256.hexdigest()
            for name in media_files:
                info = tarfile.TarInfo(f"media/{name}")
                info.size = default_storage.size(name)
                info.mode = PRIVATE
                info.mtime = int(timezone.now().timestamp())
                with default_storage.open(name, "rb") as source:
                    reader = _Hashing(source)
                    archive.addfile(info, reader)
                checksums[info.name] = reader.sha256.hexdigest()
            manifest = {
                "format": fields.pop("format"),
                "created": timezone.now().isoformat(),
                "database": connection.vendor,
                **fields,
                "media_files": len(media_files),
                "checksums": {"algorithm": "sha256", "files": checksums},
            }
            _add_bytes(archive, MANIFEST, json.dumps(manifest, indent=2).encode())
        tmp_destination.replace(destination)  # never a half-written archive under the name
    return manifest


def _add_bytes(archive, name, data):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = PRIVATE
    info.mtime = int(timezone.now().timestamp())
    archive.addfile(info, io.BytesIO(data))


def verify_archive(path, media_dir=None, dump_path=None):
    """Read the whole archive and check every file against the manifest's checksum.

    Returns (manifest, data bytes or None for a pg_dump archive, number of media files);
    with ``media_dir`` the media files are written below it as they are checked, with
    ``dump_path`` the pg_dump file is kept there. A pg_dump file is also read by
    ``pg_restore --list`` where that tool is installed. Raises BackupError, with a message
    for the operator, for anything that is not exactly what the backup wrote.
    """
    with tempfile.TemporaryDirectory() as work:  # mode 0700
        dump_path = Path(dump_path or Path(work) / DUMP)
        try:
            with gzip.open(path, "rb") as stream:
                found = _read_stream(stream, media_dir, dump_path)
                while stream.read(CHUNK):  # to the end, so gzip checks its own CRC and length
                    pass
        except BackupError:
            raise
        except (OSError, tarfile.TarError, EOFError, zlib.error) as error:
            raise BackupError(f"Dit is geen leesbaar back-uparchief ({error}).") from error
        manifest, data, media = _check(found)
        if manifest["format"] == PG_FORMAT and shutil.which("pg_restore"):
            _run(["pg_restore", "--list", str(dump_path)])
    return manifest, data, media


def _read_stream(stream, media_dir, dump_path):
    """{name: (sha256, content for the manifest and data)} for every file, in one pass."""
    found = {}
    with tarfile.open(fileobj=stream, mode="r|") as archive:
        for member in archive:
            name = PurePosixPath(member.name)
            if name.is_absolute() or ".." in name.parts:
                raise BackupError(f"Onveilig pad in het archief: {member.name}")
            if member.isdir():
                continue
            if not member.isfile():
                raise BackupError(f"Onverwacht bestandstype in het archief: {member.name}")
            key = name.as_posix()
            if key in found:
                raise BackupError(f"{key} staat twee keer in het archief.")
            source = archive.extractfile(member)
            digest = hashlib.sha256()
            if name.parts[0] == "media" and len(name.parts) > 1:
                if media_dir is None:
                    while chunk := source.read(CHUNK):
                        digest.update(chunk)
                else:
                    target = Path(media_dir).joinpath(*name.parts[1:])
                    target.parent.mkdir(parents=True, exist_ok=True)
                    with open(target, "wb") as out:
                        while chunk := source.read(CHUNK):
                            digest.update(chunk)
                            out.write(chunk)
                found[key] = (digest.hexdigest(), None)
            elif key in (MANIFEST, DATA):
                content = source.read()
                digest.update(content)
                found[key] = (digest.hexdigest(), content)
            elif key == DUMP:
                with private_file(dump_path) as out:
                    while chunk := source.read(CHUNK):
                        digest.update(chunk)
                        out.write(chunk)
                found[key] = (digest.hexdigest(), None)
            else:
                raise BackupError(f"Onverwacht bestand in het archief: {member.name}")
    return found


def _check(found):
    if MANIFEST not in found:
        raise BackupError(f"Het archief mist {MANIFEST}; is dit een JOS-back-up?")
    try:
        manifest = json.loads(found[MANIFEST][1])
    except ValueError as error:
        raise BackupError(f"{MANIFEST} is onleesbaar ({error}).") from error
    if isinstance(manifest, dict) and manifest.get("format") == 1:
        raise BackupError(
            "Dit archief komt van een oudere versie van de portal en heeft geen "
            "controlesommen, dus het is niet te controleren. Maak een nieuwe back-up."
        )
    if not isinstance(manifest, dict) or manifest.get("format") not in (FORMAT, PG_FORMAT):
        raise BackupError("Onbekende archiefversie; dit archief komt niet van deze portal.")
    database_file = DUMP if manifest["format"] == PG_FORMAT else DATA
    if database_file not in found:
        raise BackupError(f"Het archief mist {database_file}; is dit een JOS-back-up?")
    listed = (manifest.get("checksums") or {}).get("files")
    if not isinstance(listed, dict) or database_file not in listed:
        raise BackupError(f"{MANIFEST} mist de controlesommen; het archief is beschadigd.")
    files = {name: digest for name, (digest, _content) in found.items() if name != MANIFEST}
    for name in sorted(set(files) | set(listed)):
        if name not in files:
            raise BackupError(f"Het archief is beschadigd: {name} ontbreekt.")
        if name not in listed:
            raise BackupError(f"Het archief is beschadigd: {name} staat niet in het manifest.")
        if files[name] != listed[name]:
            raise BackupError(
                f"Het archief is beschadigd: {name} klopt niet met zijn SHA-256-controlesom "
                "in het manifest."
            )
    media = sum(1 for name in files if name.startswith("media/"))
    if media != manifest.get("media_files"):
        raise BackupError("Het aantal mediabestanden klopt niet met het manifest.")
    return manifest, found[database_file][1], media


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
    return not media_names()


def _check_pg_target(manifest):
    if connection.vendor != "postgresql":
        raise BackupError(
            "Dit archief bevat een PostgreSQL-dump (pg_dump) en past alleen in PostgreSQL. "
            "Verhuizen naar een andere database gaat met een draagbare back-up "
            "('manage.py backup --portable')."
        )
    if manifest.get("migrations") != applied_migrations():
        raise BackupError(
            "Het archief komt van een andere versie van de databasestructuur (migraties). "
            "Zet het terug met dezelfde versie van de portal, of gebruik een draagbare "
            "back-up ('manage.py backup --portable')."
        )


def _restore_json(objects, work):
    # Content types first: signal handlers that run while other rows load look them
    # up, and would otherwise create them again under new ids.
    objects.sort(key=lambda obj: obj["model"] not in LOAD_FIRST)
    data_path = Path(work) / DATA
    with private_file(data_path) as out:
        out.write(json.dumps(objects).encode())
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


def _restore_pg(dump_path, work):
    """Empty every table of the portal and load the dump's rows, in one transaction of
    psql: all or nothing. The schema is this installation's own (same migrations)."""
    tables = connection.introspection.django_table_names(only_existing=True, include_views=False)
    flush = connection.ops.sql_flush(no_style(), tables, reset_sequences=True, allow_cascade=True)
    flush_path, data_path = Path(work) / "flush.sql", Path(work) / "data.sql"
    with private_file(flush_path) as out:
        out.write("\n".join(flush).encode())
    private_file(data_path).close()
    _run(
        [
            "pg_restore",
            "--data-only",
            "--no-owner",
            "--no-privileges",
            "-f",
            str(data_path),
            str(dump_path),
        ]
    )
    connection.close()  # no session of ours holds a lock the TRUNCATE waits for
    try:
        _run(
            [
                "psql",
                "--quiet",
                "--no-psqlrc",
                "--single-transaction",
                "-v",
                "ON_ERROR_STOP=1",
                "-f",
                str(flush_path),
                "-f",
                str(data_path),
            ]
        )
    except BackupError as error:
        raise BackupError(
            f"Terugzetten mislukt; de database is niet veranderd. Oorzaak: {error}"
        ) from error


def _restore_media(staging):
    storage = default_storage
    if isinstance(storage, FileSystemStorage):
        media_root = Path(settings.MEDIA_ROOT)
        media_root.mkdir(parents=True, exist_ok=True)
        for source in staging.rglob("*"):
            if source.is_file():
                target = media_root / source.relative_to(staging)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.move(source, target)
        return
    for source in sorted(staging.rglob("*")):
        if source.is_file():
            name = source.relative_to(staging).as_posix()
            if storage.exists(name):
                storage.delete(name)
            with open(source, "rb") as content:
                storage.save(name, File(content, name=name))


def restore_backup(path, force=False, stdout=None):
    """Load an archive into this database and media storage; all or nothing for the data.

    The archive is checked completely before anything changes."""
    local = isinstance(default_storage, FileSystemStorage)
    work_parent = None
    if local:  # staged next to the media folder, so files move without copying
        work_parent = Path(settings.MEDIA_ROOT).parent
        work_parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=work_parent) as work:  # mode 0700
        staging = Path(work) / "media"
        dump_path = Path(work) / DUMP
        objects = None
        try:
            manifest, data, _media = verify_archive(path, media_dir=staging, dump_path=dump_path)
            if manifest["format"] == PG_FORMAT:
                _check_pg_target(manifest)
            else:
                try:
                    objects = json.loads(data)
                except ValueError as error:
                    raise BackupError(f"{DATA} is geen geldige JSON ({error}).") from error
                if model_counts(objects) != manifest.get("counts"):
                    raise BackupError(
                        f"{DATA} klopt niet met het manifest; het archief is beschadigd."
                    )
        except BackupError as error:
            raise BackupError(f"{error} Er is niets teruggezet of veranderd.") from error
        if not force and not target_is_empty():
            raise BackupError(
                "De database is niet leeg. Herstel in een lege database, of gebruik --force "
                "om alles wat er nu in staat te vervangen."
            )
        if not force and not media_is_empty():
            where = settings.MEDIA_ROOT if local else "de objectopslag"
            raise BackupError(
                f"De mediaopslag ({where}) is niet leeg. Gebruik --force om bestanden "
                "te overschrijven."
            )
        try:
            if objects is None:
                _restore_pg(dump_path, work)
            else:
                _restore_json(objects, work)
        finally:
            # Content type ids now are the archive's (or, after a rollback, the old ones):
            # refill the process cache from the table so no lookup sees a stale id.
            ContentType.objects.clear_cache()
            ContentType.objects.get_for_models(*apps.get_models(), for_concrete_models=False)
        _restore_media(staging)
    # Cached pages, counts and menus describe the old content. Only this site's keys: a
    # shared Redis also holds other sites' (or, for a restore test, the live site's).
    clear_site_cache()
    if objects is not None:  # a pg_dump archive holds the indexes themselves
        call_command("update_index", verbosity=0)
        call_command("rebuild_references_index", verbosity=0)
    return manifest
