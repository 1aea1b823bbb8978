"""manage.py backup and restore: one archive with the database and the media files; a
restore replaces both and refuses what would mix two sites. The whole demo site's
drill is tests/demo_site/test_backup_drill.py."""

import builtins
import io
import json
import tarfile

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.documents import get_document_model
from wagtail.models import Page

from home.models import StandardPage
from home.tests.factories import DocumentFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def media(settings, tmp_path):
    """An empty media folder for the site (the tests' shared one holds other files)."""
    folder = tmp_path / "media"
    folder.mkdir()
    settings.MEDIA_ROOT = str(folder)
    return folder


def swap_media(settings, tmp_path):
    """A new, empty media folder, as on the machine a backup is restored on."""
    folder = tmp_path / "restored-media"
    folder.mkdir()
    settings.MEDIA_ROOT = str(folder)
    return folder


def test_a_restore_brings_back_rows_and_files(media, settings, tree, tmp_path):
    page = StandardPageFactory(parent=tree.home, title="Key facts")
    about = tree.about
    document = DocumentFactory()
    with document.file.open("rb") as file:
        data = file.read()
    archive = tmp_path / "site.tar.gz"
    out = io.StringIO()
    call_command("backup", str(archive), stdout=out)
    assert "1 media files" in out.getvalue()

    # After the backup: a page renamed, one deleted, a document gone.
    StandardPage.objects.filter(pk=page.pk).update(title="Renamed")
    about.delete()
    get_document_model().objects.all().delete()
    pages_after_changes = Page.objects.count()

    swap_media(settings, tmp_path)
    call_command("restore", str(archive), interactive=False, stdout=io.StringIO())

    assert StandardPage.objects.get(pk=page.pk).title == "Key facts"
    assert Page.objects.filter(title="About").exists()
    assert Page.objects.count() == pages_after_changes + 1
    restored = get_document_model().objects.get(pk=document.pk)
    with restored.file.open("rb") as file:
        assert file.read() == data
    # The search index is rebuilt: the restored page is found.
    assert StandardPage.objects.live().search("Key facts").count() == 1


def test_a_restore_refuses_a_media_folder_with_files(media, tree, tmp_path):
    DocumentFactory()
    archive = tmp_path / "site.tar.gz"
    call_command("backup", str(archive), stdout=io.StringIO())
    title = Page.objects.get(pk=tree.home.pk).title
    with pytest.raises(CommandError, match="media storage is not empty"):
        call_command("restore", str(archive), interactive=False)
    assert Page.objects.get(pk=tree.home.pk).title == title


def test_a_restore_refuses_a_database_with_other_migrations(media, tree, tmp_path):
    archive = tmp_path / "site.tar.gz"
    call_command("backup", str(archive), stdout=io.StringIO())
    # The same archive, as written by code one migration further.
    changed = tmp_path / "newer.tar.gz"
    with tarfile.open(archive) as source, tarfile.open(changed, "w:gz") as target:
        for member in source:
            data = source.extractfile(member).read()
            if member.name == "manifest.json":
                manifest = json.loads(data)
                manifest["migrations"]["home"] = "9999_from_the_future"
                data = json.dumps(manifest).encode()
                member.size = len(data)
            target.addfile(member, io.BytesIO(data))
    pages = Page.objects.count()
    with pytest.raises(CommandError, match="migrations differ.*home"):
        call_command("restore", str(changed), interactive=False)
    assert Page.objects.count() == pages


@pytest.mark.parametrize("content", [b"", b"not an archive", None])
def test_a_restore_refuses_what_backup_did_not_write(media, tmp_path, content):
    path = tmp_path / "other.tar.gz"
    if content is None:
        with tarfile.open(path, "w:gz") as tar:
            info = tarfile.TarInfo("notes.txt")
            tar.addfile(info, io.BytesIO(b""))
    else:
        path.write_bytes(content)
    with pytest.raises(CommandError):
        call_command("restore", str(path), interactive=False)
    with pytest.raises(CommandError, match="No archive"):
        call_command("restore", str(tmp_path / "missing.tar.gz"), interactive=False)


def test_a_restore_asks_first(media, tree, tmp_path, monkeypatch):
    archive = tmp_path / "site.tar.gz"
    call_command("backup", str(archive), stdout=io.StringIO())
    monkeypatch.setattr(builtins, "input", lambda prompt: "no")
    StandardPage.objects.filter(pk=tree.about.pk).update(title="Changed")
    with pytest.raises(CommandError, match="cancelled"):
        call_command("restore", str(archive))
    assert StandardPage.objects.get(pk=tree.about.pk).title == "Changed"


def test_a_restore_refuses_files_outside_the_media_folder(media, tree, tmp_path):
    archive = tmp_path / "site.tar.gz"
    call_command("backup", str(archive), stdout=io.StringIO())
    hostile = tmp_path / "hostile.tar.gz"
    with tarfile.open(archive) as source, tarfile.open(hostile, "w:gz") as target:
        for member in source:
            target.addfile(member, source.extractfile(member))
        info = tarfile.TarInfo("media/../../escaped.txt")
        info.size = 4
        target.addfile(info, io.BytesIO(b"evil"))
    StandardPage.objects.filter(pk=tree.about.pk).update(title="Changed")
    with pytest.raises(CommandError, match="outside the media folder"):
        call_command("restore", str(hostile), interactive=False)
    assert StandardPage.objects.get(pk=tree.about.pk).title == "Changed"
    assert not (tmp_path / "escaped.txt").exists()
