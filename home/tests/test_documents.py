"""Upload rules for documents, and what is read from a PDF when it is stored."""

import io
import zipfile

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from home.documents import validate_document_file
from home.tests.factories import DocumentFactory, make_pdf

pytestmark = pytest.mark.django_db
Document = get_document_model()


def zip_bytes(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


VALID = {
    "report.pdf": make_pdf("Valid report"),
    "notes.docx": zip_bytes(
        {"[Content_Types].xml": "<x/>", "word/document.xml": "<w/>"}
    ),
    "notes.odt": zip_bytes(
        {"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"}
    ),
    "slides.pptx": zip_bytes({"ppt/presentation.xml": "<p/>"}),
    "book.epub": zip_bytes({"mimetype": "application/epub+zip"}),
    "film.mp4": b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 64,
}

REFUSED = {
    # kind: (file name, content, words the error must contain)
    "wrong extension": ("archive.rar", b"Rar!\x1a\x07\x00", "not accepted"),
    "renamed executable": ("handbook.pdf", b"MZ\x90\x00" + b"\x00" * 200, "program"),
    "fake PDF": ("handbook.pdf", b"<html>not a pdf</html>", "not a valid PDF"),
    "fake DOCX": ("notes.docx", zip_bytes({"hello.txt": "hi"}), "not a valid DOCX"),
    "text as ODT": ("notes.odt", b"plain text", "not a valid ODT"),
    "SVG": (
        "map.svg",
        b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        "scripts",
    ),
    "HTML": ("page.html", b"<html><script>alert(1)</script></html>", "scripts"),
    "no extension": ("README", b"%PDF-1.4", "not accepted"),
}


@pytest.mark.parametrize("name", VALID)
def test_allowed_types_pass(name):
    validate_document_file(SimpleUploadedFile(name, VALID[name]))


def add_document(client, name, data, title="Upload"):
    return client.post(
        reverse("wagtaildocs:add"),
        {"title": title, "file": SimpleUploadedFile(name, data), "collection": 1},
    )


@pytest.mark.parametrize("kind", REFUSED)
def test_each_refused_upload_is_a_form_error_and_stores_nothing(
    admin_client, settings, kind
):
    name, data, words = REFUSED[kind]
    before = set(Document.objects.values_list("pk", flat=True))
    files_before = stored_files(settings)

    response = add_document(admin_client, name, data)

    assert response.status_code == 200
    errors = " ".join(response.context["form"].errors.get("file", []))
    assert words in errors, errors
    assert set(Document.objects.values_list("pk", flat=True)) == before
    assert stored_files(settings) == files_before


def stored_files(settings):
    return sorted(
        str(path) for path in settings.MEDIA_ROOT.rglob("*") if path.is_file()
    )


def test_oversized_upload_is_refused_with_the_limit(admin_client, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024
    data = make_pdf(*["x" * 80] * 5) + b"%" * 20 * 1024

    response = add_document(admin_client, "big.pdf", data)

    assert response.status_code == 200
    errors = " ".join(response.context["form"].errors["file"])
    assert "too big" in errors and "10.0" in errors, errors
    assert not Document.objects.exists()


def test_multiple_upload_refuses_a_fake_pdf(admin_client):
    response = admin_client.post(
        reverse("wagtaildocs:add_multiple"),
        {"files[]": SimpleUploadedFile("fake.pdf", b"GIF89a not a pdf")},
    )

    assert response.status_code == 200
    payload = response.json()
    assert payload["success"] is False
    assert "not a valid PDF" in payload["error_message"]
    assert not Document.objects.exists()


def test_replacing_a_file_with_a_refused_one_keeps_the_old_file(admin_client):
    document = DocumentFactory(title="Handbook")
    old_name = document.file.name

    response = admin_client.post(
        reverse("wagtaildocs:edit", args=[document.pk]),
        {
            "title": "Handbook",
            "collection": document.collection_id,
            "file": SimpleUploadedFile("handbook.svg", b"<svg/>"),
        },
    )

    assert response.status_code == 200
    document.refresh_from_db()
    assert document.file.name == old_name
    assert document.file.storage.exists(old_name)


def test_a_valid_pdf_upload_is_stored_with_its_text_and_a_cover(admin_client):
    data = make_pdf("Rural social services", "Second page about mobility")

    response = add_document(admin_client, "report.pdf", data, title="Report")

    assert response.status_code == 302
    document = Document.objects.get(title="Report")
    assert document.page_count == 2
    assert "Rural social services" in document.text
    assert "mobility" in document.text
    cover = document.cover
    assert isinstance(cover, get_image_model())
    assert 899 <= cover.height <= 901 and 600 < cover.width < 700  # A4 shape
    assert "Report" in cover.alt_text
    assert cover.get_rendition("fill-120x160").width == 120


def test_non_pdf_documents_have_no_cover_or_text(admin_client):
    response = add_document(admin_client, "notes.docx", VALID["notes.docx"], "Notes")

    assert response.status_code == 302
    document = Document.objects.get(title="Notes")
    assert document.cover is None and document.text == ""


def test_replacing_the_pdf_rereads_it_and_updates_the_same_cover():
    document = Document(title="Handbook")
    document.file.save("one.pdf", ContentFile(make_pdf("First edition")), save=False)
    document.save()
    cover_id = document.cover_id

    document.file.save("two.pdf", ContentFile(make_pdf("Second edition")), save=False)
    document.save()

    assert "Second edition" in document.text
    assert document.cover_id == cover_id
    assert get_image_model().objects.count() == 1


def test_an_unreadable_pdf_is_kept_without_cover():
    document = DocumentFactory()  # starts with %PDF- but is not a real PDF

    assert document.cover is None
    assert document.page_count is None
    assert document.text == ""


def test_format_and_content_type_for_people_and_browsers():
    document = DocumentFactory()

    assert document.file_format == "PDF"
    assert document.content_type == "application/pdf"
