"""The restored side of the backup drill (test_backup_drill.py), run in a process of
its own: migrate a fresh database, restore the archive into it and an empty media
folder, then read the given pages and documents as a visitor would.

    python -m tests.demo_site.drill ARCHIVE REQUESTS.json RESULT.json

DATABASE_URL names the fresh database, PORTAL_TEST_MEDIA_ROOT the empty media folder.
"""

import hashlib
import json
import os
import sys
from pathlib import Path


def digest(data):
    return hashlib.sha256(data).hexdigest()


def media_digests(root):
    root = Path(root)
    return {
        str(path.relative_to(root)): digest(path.read_bytes())
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def main(archive, requests, result):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client

    call_command("migrate", verbosity=0)
    call_command("restore", archive, interactive=False, verbosity=0)
    wanted = json.loads(Path(requests).read_text())
    client = Client()
    pages = {}
    for url in wanted["pages"]:
        response = client.get(url)
        pages[url] = [response.status_code, response.content.decode()]
    documents = {}
    for url in wanted["documents"]:
        response = client.get(url)
        body = b"".join(response.streaming_content) if response.streaming else b""
        documents[url] = [response.status_code, digest(body)]
    Path(result).write_text(
        json.dumps(
            {
                "pages": pages,
                "documents": documents,
                "media": media_digests(settings.MEDIA_ROOT),
            }
        )
    )


if __name__ == "__main__":
    main(*sys.argv[1:4])
