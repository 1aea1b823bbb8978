"""Backups: the database and the media files in one archive, and back.

The archive is a .tar.gz holding:

- ``manifest.json``: what wrote it (versions, the migrations applied), file counts;
- ``keys.precise_json`` and ``database.precise_json``: every row with its id, as
  Django's dumpdata writes JSON but with times to the microsecond (so the archive
  moves between SQLite and PostgreSQL); content types and permissions in the first,
  loaded first, because saving other rows looks them up;
- ``media/…``: every file of the default storage (images, renditions, documents).

Sessions and the search index are left out: a restore signs everyone out and builds
the index again. A restore needs a database migrated as far as the archive's (the
schema) and an empty media storage. It empties every table but the migration record,
loads the rows with their ids (so ids kept inside revisions and logs still match),
writes the files and rebuilds the search index.
"""

import json
import tarfile
import tempfile
from pathlib import Path, PurePosixPath

import django
import wagtail
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import File
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import CommandError
from django.core.management.color import no_style
from django.db import connection, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

FORMAT = 1
NOT_OURS = "This is not an archive that manage.py backup wrote."
KEYS = ["contenttypes", "auth.permission"]
PARTS = ("manifest.json", "keys.precise_json", "database.precise_json")
# Django's JSON with times to the microsecond (portal/precise_json.py).
FORMAT_NAME = "precise_json"


def left_out():
    """Sessions, and the search index (its tables depend on the database)."""
    index = [
        model._meta.label_lower
        for model in apps.get_app_config("wagtailsearch").get_models()
        if "indexentry" in model._meta.model_name
    ]
    return ["sessions", *index]


# The one table a restore keeps: the record of the schema.
KEPT_TABLES = {"django_migrations"}


def media_files(storage=default_storage, folder=""):
    """Every file in the storage, as paths relative to its root, sorted."""
    try:
        # A bucket has no folders of its own ("exists" is false for its root).
        folders, files = storage.listdir(folder)
    except FileNotFoundError:  # a media folder not made yet
        folders, files = [], []
    found = [str(PurePosixPath(folder) / name) if folder else name for name in files]
    for name in folders:
        found += media_files(
            storage, str(PurePosixPath(folder) / name) if folder else name
        )
    return sorted(found)


def applied_migrations():
    rows = MigrationRecorder(connection).applied_migrations()
    latest = {}
    for app, name in sorted(rows):
        latest[app] = name
    return latest


def write_backup(archive):
    """Write the archive; return its manifest."""
    archive = Path(archive)
    partial = archive.with_name(archive.name + ".partial")
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        options = {"format": FORMAT_NAME, "verbosity": 0}
        call_command("dumpdata", *KEYS, output=str(folder / PARTS[1]), **options)
        call_command(
            "dumpdata",
            exclude=KEYS + left_out(),
            output=str(folder / PARTS[2]),
            **options,
        )
        files = media_files()
        manifest = {
            "format": FORMAT,
            "written": timezone.now().isoformat(timespec="seconds"),
            "django": django.get_version(),
            "wagtail": wagtail.__version__,
            "database": connection.vendor,
            "migrations": applied_migrations(),
            "media_files": len(files),
        }
        (folder / "manifest.json").write_text(json.dumps(manifest, indent=2))
        with tarfile.open(partial, "w:gz") as tar:
            for name in PARTS:
                tar.add(folder / name, arcname=name)
            for name in files:
                with default_storage.open(name, "rb") as file:
                    info = tarfile.TarInfo(f"media/{name}")
                    info.size = default_storage.size(name)
                    info.mtime = int(
                        default_storage.get_modified_time(name).timestamp()
                    )
                    tar.addfile(info, file)
    partial.replace(archive)
    return manifest


def read_manifest(tar):
    try:
        manifest = json.load(tar.extractfile("manifest.json"))
    except (KeyError, ValueError) as error:
        raise CommandError(
            "This is not an archive that manage.py backup wrote."
        ) from error
    if manifest.get("format") != FORMAT:
        raise CommandError(f"Archive format {manifest.get('format')} is not {FORMAT}.")
    return manifest


def check_migrations(manifest):
    """The target's schema must be the archive's: same migrations applied."""
    here = applied_migrations()
    differ = sorted(
        app
        for app in set(here) | set(manifest["migrations"])
        if here.get(app) != manifest["migrations"].get(app)
    )
    if differ:
        raise CommandError(
            "The database's migrations differ from the archive's for "
            f"{', '.join(differ)}: run manage.py migrate with the code that wrote the "
            "archive, restore, then migrate to this code."
        )


def empty_database():
    tables = [
        table
        for table in connection.introspection.django_table_names(
            only_existing=True, include_views=False
        )
        if table not in KEPT_TABLES
    ]
    statements = connection.ops.sql_flush(
        no_style(), tables, reset_sequences=True, allow_cascade=True
    )
    if connection.vendor == "postgresql":
        # Deferred constraint checks still pending in this transaction would make
        # PostgreSQL refuse to TRUNCATE: run them now.
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    connection.ops.execute_sql_flush(statements)


def restore_backup(archive):
    """Replace the database's rows and the media files with the archive's."""
    archive = Path(archive)
    if not archive.is_file():
        raise CommandError(f"No archive at {archive}.")
    try:
        tar = tarfile.open(archive, "r:gz")  # noqa: SIM115 (closed by the with below)
    except (tarfile.TarError, OSError, EOFError) as error:
        raise CommandError(NOT_OURS) from error
    with tar, tempfile.TemporaryDirectory() as folder:
        manifest = read_manifest(tar)
        check_migrations(manifest)
        if media_files():
            raise CommandError(
                "The media storage is not empty: restore into an empty MEDIA_ROOT (or "
                "bucket), so that no file of another site stays beside the archive's."
            )
        files = []
        for member in tar:
            if member.isfile() and member.name.startswith("media/"):
                name = PurePosixPath(member.name.removeprefix("media/"))
                if ".." in name.parts or name.is_absolute():
                    raise CommandError(f"A file outside the media folder: {name}")
                files.append((str(name), member))
        for name in PARTS[1:]:
            tar.extract(name, folder, filter="data")
        with transaction.atomic():
            empty_database()
            ContentType.objects.clear_cache()
            for name in PARTS[1:]:
                call_command("loaddata", str(Path(folder) / name), verbosity=0)
        ContentType.objects.clear_cache()
        for name, member in files:
            saved = default_storage.save(name, File(tar.extractfile(member), name=name))
            if saved != name:
                raise CommandError(f"{name} was stored as {saved}.")
    call_command("update_index", verbosity=0)
    return manifest, len(files)
