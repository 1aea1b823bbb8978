"""The backup drill: back up the demo site, restore it into a fresh database and an
empty media folder in another process, and compare what visitors get: every page of
the sitemap and every listing page byte for byte, every document's download, every
media file."""

import difflib
import hashlib
import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test import Client
from wagtail.documents import get_document_model

from tests.servers import server_connection

from .drill import media_digests

# django_db: so that the test database is set up when this file runs alone.
pytestmark = [pytest.mark.slow, pytest.mark.django_db]


def digest(data):
    return hashlib.sha256(data).hexdigest()


class FreshDatabase:
    """An empty database beside the test database, on the same server."""

    def __init__(self, folder):
        self.settings = connection.settings_dict
        self.postgres = connection.vendor == "postgresql"
        self.name = f"portal_drill_{uuid.uuid4().hex[:8]}"
        self.folder = folder

    def __enter__(self):
        if not self.postgres:
            return f"sqlite:///{self.folder / 'restored.sqlite3'}"
        with server_connection() as admin:
            admin.execute(f'CREATE DATABASE "{self.name}"')
        user = self.settings["USER"]
        host = self.settings["HOST"] or "127.0.0.1"
        port = self.settings["PORT"] or 5432
        return f"postgres://{user}@{host}:{port}/{self.name}"

    def __exit__(self, *exc):
        if self.postgres:
            with server_connection() as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


def test_a_restored_backup_serves_the_same_site(
    demo, crawl, django_db_blocker, tmp_path
):
    archive = tmp_path / "site.tar.gz"
    client = Client()
    with django_db_blocker.unblock():
        call_command("backup", str(archive), verbosity=0)
        documents = {}
        for document in get_document_model().objects.order_by("pk"):
            response = client.get(document.url)
            body = b"".join(response.streaming_content) if response.streaming else b""
            documents[document.url] = [response.status_code, digest(body)]
    media = media_digests(settings.MEDIA_ROOT)
    requests = tmp_path / "requests.json"
    requests.write_text(
        json.dumps({"pages": sorted(crawl.html), "documents": list(documents)})
    )
    result = tmp_path / "result.json"
    restored_media = tmp_path / "media"
    restored_media.mkdir()

    with FreshDatabase(tmp_path) as database_url:
        subprocess.run(  # noqa: S603 (this Python, the drill's own script)
            [sys.executable, "-m", "tests.demo_site.drill", archive, requests, result],
            env={
                **os.environ,
                "DJANGO_SETTINGS_MODULE": "portal.settings.test",
                "DATABASE_URL": database_url,
                "PORTAL_TEST_MEDIA_ROOT": str(restored_media),
            },
            cwd=settings.BASE_DIR,
            check=True,
            timeout=1800,
        )
    restored = json.loads(Path(result).read_text())

    pages = restored["pages"]
    different = [url for url, html in crawl.html.items() if pages[url] != [200, html]]
    if different:
        url = different[0]
        diff = "\n".join(
            list(
                difflib.unified_diff(
                    crawl.html[url].splitlines(),
                    pages[url][1].splitlines(),
                    "original",
                    "restored",
                    lineterm="",
                )
            )[:60]
        )
        pytest.fail(
            f"{len(different)} of {len(pages)} pages differ: {different[:10]}\n"
            f"{url} (status {pages[url][0]}):\n{diff}"
        )
    assert restored["documents"] == documents
    assert all(status == 200 for status, _digest in documents.values())
    assert restored["media"] == media
    print(
        f"backup drill: {len(pages)} pages identical, {len(documents)} documents and "
        f"{len(media)} media files identical; archive {archive.stat().st_size} bytes"
    )
