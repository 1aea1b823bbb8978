"""Uploads with bounded cost: a PDF page too large to render, an image with too many
pixels, a damaged or truncated image are each a form error; nothing is stored.

The checks themselves run in a process limited to 1 GB of memory, where the files
that used to ask for gigabytes would fail.
"""

import io
import json
import os
import struct
import subprocess
import sys
import zlib

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from reportlab.pdfgen import canvas
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from home.tests.factories import make_pdf


def png_header_only(width, height):
    """A valid PNG header for a width × height image with almost no pixel data."""

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


def jpeg(size=(400, 300)):
    buffer = io.BytesIO()
    Image.effect_noise(size, 60).convert("RGB").save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def pdf_with_page(width, height):
    """A PDF whose one page measures width × height points."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(width, height), invariant=1)
    pdf.drawString(10, 10, "A very wide page")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


BAD_IMAGES = {
    "huge.png": (png_header_only(30_000, 30_000), "too_many_pixels"),
    "large.png": (png_header_only(9_000, 6_000), "too_many_pixels"),
    "truncated.jpg": (jpeg()[: len(jpeg()) // 2], "unreadable"),
    "corrupt.jpg": (b"\xff\xd8\xff\xe0" + os.urandom(2048), "unreadable"),
}
BAD_PDFS = {
    # Rendered at 900 pixels high it would be 900,000 pixels wide: 3 GB.
    "wide.pdf": (pdf_with_page(2_000_000, 2_000), "page_size"),
    "tall.pdf": (pdf_with_page(500, 100_000), "page_size"),
}

CHECK_IN_A_SMALL_PROCESS = """
import json, resource, sys
resource.setrlimit(resource.RLIMIT_AS, (1024**3, 1024**3))
import django
django.setup()
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from uploads.documents import validate_document_file
from uploads.images import check_image_file
results = {}
for name, path in json.loads(sys.argv[1]).items():
    with open(path, "rb") as f:
        upload = SimpleUploadedFile(name, f.read())
    check = validate_document_file if name.endswith(".pdf") else check_image_file
    try:
        check(upload)
        results[name] = None
    except ValidationError as error:
        results[name] = error.code
print(json.dumps(results))
"""


def test_each_bad_upload_is_refused_within_1_gb_of_memory(tmp_path):
    files = {}
    for name, (data, _code) in {**BAD_IMAGES, **BAD_PDFS}.items():
        path = tmp_path / name
        path.write_bytes(data)
        files[name] = str(path)
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test"}

    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", CHECK_IN_A_SMALL_PROCESS, json.dumps(files)],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )

    assert result.returncode == 0, result.stderr[-3000:]
    codes = json.loads(result.stdout.strip().splitlines()[-1])
    expected = {name: code for name, (_d, code) in {**BAD_IMAGES, **BAD_PDFS}.items()}
    assert codes == expected


@pytest.mark.django_db
@pytest.mark.parametrize("name", BAD_IMAGES)
def test_a_bad_image_is_a_form_error_and_nothing_is_stored(admin_client, name):
    data, _code = BAD_IMAGES[name]
    before = get_image_model().objects.count()

    response = admin_client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Bad image",
            "description": "A picture",
            "file": SimpleUploadedFile(name, data),
        },
    )

    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert get_image_model().objects.count() == before


@pytest.mark.django_db
@pytest.mark.parametrize("name", BAD_PDFS)
def test_a_pdf_page_too_large_is_a_form_error_and_nothing_is_stored(admin_client, name):
    data, _code = BAD_PDFS[name]
    before = get_document_model().objects.count()

    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {"title": "Bad PDF", "file": SimpleUploadedFile(name, data)},
    )

    assert response.status_code == 200
    assert "cm" in str(response.context["form"].errors["file"])
    assert get_document_model().objects.count() == before


@pytest.mark.django_db
def test_good_uploads_still_pass(admin_client):
    image = admin_client.post(
        reverse("wagtailimages:add"),
        {
            "title": "A photo",
            "description": "Noise",
            "file": SimpleUploadedFile("photo.jpg", jpeg()),
        },
    )
    document = admin_client.post(
        reverse("wagtaildocs:add"),
        {"title": "A report", "file": SimpleUploadedFile("report.pdf", make_pdf())},
    )

    assert image.status_code == 302
    assert document.status_code == 302
    stored = get_document_model().objects.get(title="A report")
    assert stored.cover is not None
    assert abs(stored.cover.height - 900) <= 1  # pdfium rounds up
