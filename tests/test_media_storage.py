"""With MEDIA_S3_BUCKET, uploads live on S3-compatible storage (django-storages), so
that no app server needs a file another one wrote. Tested against moto's S3 server
started on this machine (a local stand-in for S3: no network)."""

import hashlib
import json
import logging
import re
import tarfile
import urllib.error
import urllib.request
import uuid
from pathlib import Path
from types import SimpleNamespace

import boto3
import pytest
from django.core.files.storage import default_storage
from moto.server import ThreadedMotoServer

from home.tests.factories import ImageFactory, make_pdf
from news.tests.factories import NewsPageFactory
from portal.backups import write_backup
from resources.tests.factories import OutputPageFactory
from tests.servers import free_port, run_python

pytestmark = pytest.mark.django_db
PUBLIC_FOLDERS = ("images", "original_images")


@pytest.fixture(scope="module")
def s3_server():
    port = free_port()
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


def site_settings(env, expression):
    """A value of the site's settings made from env, read in a process of its own."""
    result = run_python(
        "import django, json; django.setup()\n"
        "from django.conf import settings\n"
        f"print(json.dumps({expression}))",
        **env,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture
def s3_media(s3_server, settings):
    """A fresh bucket, and the site's default storage on it, as the settings make it
    from the environment."""
    bucket = f"media-{uuid.uuid4().hex[:10]}"
    env = {
        "MEDIA_S3_BUCKET": bucket,
        "MEDIA_S3_ENDPOINT_URL": s3_server,
        "MEDIA_S3_ACCESS_KEY_ID": "test",
        "MEDIA_S3_SECRET_ACCESS_KEY": "test-secret",
        "MEDIA_S3_REGION": "eu-north-1",
    }
    client = boto3.client(
        "s3",
        endpoint_url=s3_server,
        aws_access_key_id="test",
        aws_secret_access_key="test-secret",
        region_name="eu-north-1",
    )
    client.create_bucket(
        Bucket=bucket,
        CreateBucketConfiguration={"LocationConstraint": "eu-north-1"},
    )
    # As the README says: images public, documents not (Django serves them).
    public = [f"arn:aws:s3:::{bucket}/{folder}/*" for folder in PUBLIC_FOLDERS]
    client.put_bucket_policy(
        Bucket=bucket,
        Policy=json.dumps(
            {
                "Version": "2012-10-17",
                "Statement": [
                    {
                        "Effect": "Allow",
                        "Principal": "*",
                        "Action": "s3:GetObject",
                        "Resource": public,
                    }
                ],
            }
        ),
    )
    storage = site_settings(env, "settings.STORAGES['default']")
    settings.STORAGES = {**settings.STORAGES, "default": storage}
    return SimpleNamespace(
        client=client,
        bucket=bucket,
        env=env,
        url=s3_server,
        media_root=settings.MEDIA_ROOT,
        local_before=local_files(settings.MEDIA_ROOT),
    )


def local_files(root):
    return {path for path in Path(root).rglob("*") if path.is_file()}


def written_locally(media):
    """Files this test wrote to MEDIA_ROOT (the process's other tests wrote some)."""
    return local_files(media.media_root) - media.local_before


def keys(media):
    listed = media.client.list_objects_v2(Bucket=media.bucket)
    return [item["Key"] for item in listed.get("Contents", [])]


def test_the_environment_chooses_the_bucket_and_allows_its_images(s3_media):
    backend, img_src = site_settings(
        s3_media.env,
        "[settings.STORAGES['default']['BACKEND'],"
        " settings.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src']]",
    )
    assert backend == "storages.backends.s3.S3Storage"
    assert s3_media.url in img_src
    without = site_settings({"MEDIA_S3_BUCKET": ""}, "settings.STORAGES['default']")
    assert without["BACKEND"] == "django.core.files.storage.FileSystemStorage"


def test_images_and_their_renditions_are_served_from_the_bucket(
    client, tree, s3_media, settings
):
    image = ImageFactory(title="Weaving workshop")
    page = NewsPageFactory(parent=tree.news, image=image)
    page.save_revision().publish()  # the renditions are made on publish

    stored = keys(s3_media)
    assert image.file.name in stored
    assert any(key.startswith("images/") for key in stored)
    assert written_locally(s3_media) == set()

    html = client.get(page.url).content.decode()
    sources = re.findall(r'srcset="([^" ]+)', html) + re.findall(
        r'<img[^>]* src="([^"]+)"', html
    )
    from_bucket = [src for src in sources if src.startswith(s3_media.url)]
    assert from_bucket, sources
    with urllib.request.urlopen(from_bucket[0]) as answer:  # noqa: S310 (the stand-in)
        assert answer.status == 200
        served = answer.read()
    name = from_bucket[0].removeprefix(f"{s3_media.url}/{s3_media.bucket}/")
    with default_storage.open(name) as stored_file:
        assert served == stored_file.read()


def test_documents_are_read_from_the_bucket_by_every_app_server(
    client, tree, s3_media, settings
):
    pdf = make_pdf("Empowerment Handbook")
    output = OutputPageFactory(parent=tree.outputs, files__document__file__data=pdf)
    document = output.files.get().document
    assert document.file.name in keys(s3_media)
    assert written_locally(s3_media) == set()

    response = client.get(
        f"{output.url}download/en/", HTTP_USER_AGENT="Mozilla/5.0 Firefox/128.0"
    )
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == pdf
    # The bucket does not give it to anyone else: only through the site's checks.
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(document.file.url)  # noqa: S310 (the stand-in)
    assert refused.value.code == 403

    # Another app server, with the same settings, reads the same bytes.
    digest = site_settings(
        s3_media.env,
        "__import__('hashlib').sha256(__import__('django.core.files.storage',"
        f" fromlist=['x']).default_storage.open({document.file.name!r}).read())"
        ".hexdigest()",
    )
    assert digest == hashlib.sha256(pdf).hexdigest()


def test_a_backup_takes_the_media_from_the_bucket(s3_media, tmp_path):
    image = ImageFactory(title="Study trip")
    archive = tmp_path / "site.tar.gz"
    manifest = write_backup(archive)
    with tarfile.open(archive) as tar:
        kept = tar.extractfile(f"media/{image.file.name}").read()
    with default_storage.open(image.file.name) as stored:
        assert kept == stored.read()
    assert manifest["media_files"] == len(keys(s3_media))
