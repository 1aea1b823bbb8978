"""Upload rules for documents, and what is read from a PDF when it is stored."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from home.tests.factories import DocumentFactory, make_pdf
from uploads.documents import validate_document_file

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

ALLOWED = "Allowed types: PDF, DOCX, ODT, PPTX, EPUB, MP4."


def not_valid(extension, label):
    return (
        f"This file is named .{extension} but its content is not a valid {label} "
        f"file. It may be damaged or renamed; save it again as {label} and upload it."
    )


def scriptable(label):
    return (
        f"{label} files are not accepted: they can contain scripts that would run in "
        f"visitors' browsers. Upload a PDF instead. {ALLOWED}"
    )


REFUSED = {
    # kind: (file name, content, the form's exact errors for the file)
    "wrong extension": (
        "archive.rar",
        b"Rar!\x1a\x07\x00",
        f"Files of type “rar” are not accepted. {ALLOWED}",
    ),
    "renamed executable": (
        "handbook.pdf",
        b"MZ\x90\x00" + b"\x00" * 200,
        "This file is named .pdf but it is a Windows program. Programs are not "
        "accepted.",
    ),
    "renamed script": (
        "notes.docx",
        b"#!/bin/sh\nrm -rf ~\n",
        "This file is named .docx but it is a script. Programs are not accepted.",
    ),
    "fake PDF": ("handbook.pdf", b"<html>not a pdf</html>", not_valid("pdf", "PDF")),
    "fake DOCX": (
        "notes.docx",
        zip_bytes({"hello.txt": "hi"}),
        not_valid("docx", "DOCX"),
    ),
    "text as ODT": ("notes.odt", b"plain text", not_valid("odt", "ODT")),
    "SVG": (
        "map.svg",
        b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        scriptable("SVG"),
    ),
    "HTML": (
        "page.html",
        b"<html><script>alert(1)</script></html>",
        scriptable("HTML"),
    ),
    "no extension": (
        "README",
        b"%PDF-1.4",
        f"Files of type “(none)” are not accepted. {ALLOWED}",
    ),
}


@pytest.mark.parametrize("name", VALID)
def test_allowed_types_pass(name):
    validate_document_file(SimpleUploadedFile(name, VALID[name]))


def add_document(client, name, data, title="Upload"):
    return client.post(
        reverse("wagtaildocs:add"),
        {"title": title, "file": SimpleUploadedFile(name, data), "collection": 1},
    )


def stored_documents(settings):
    """The files in MEDIA_ROOT/documents, and the Document rows."""
    folder = settings.MEDIA_ROOT / "documents"
    files = sorted(str(p) for p in folder.rglob("*") if p.is_file())
    return files, sorted(Document.objects.values_list("pk", flat=True))


@pytest.mark.parametrize("kind", REFUSED)
def test_each_refused_upload_is_one_clear_form_error_and_stores_nothing(
    admin_client, settings, kind
):
    name, data, error = REFUSED[kind]
    DocumentFactory()  # something stored before, that must stay as it is
    before = stored_documents(settings)
    assert before[0] and before[1]

    response = add_document(admin_client, name, data)

    assert response.status_code == 200
    # Only the reason, not Wagtail's own “File extension “” is not allowed” as well.
    assert response.context["form"].errors == {"file": [error]}
    assert stored_documents(settings) == before


def test_oversized_upload_is_refused_with_the_limit(admin_client, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024
    data = make_pdf(*["x" * 80] * 5) + b"%" * 20 * 1024
    before = stored_documents(settings)

    response = add_document(admin_client, "big.pdf", data)

    assert response.status_code == 200
    assert response.context["form"].errors == {
        "file": [
            f"This file is too big ({filesizeformat(len(data))}). "
            f"Maximum filesize {filesizeformat(10 * 1024)}."
        ]
    }
    assert "10.0" in filesizeformat(10 * 1024)
    assert stored_documents(settings) == before


def test_multiple_upload_refuses_a_fake_pdf(admin_client):
    response = admin_client.post(
        reverse("wagtaildocs:add_multiple"),
        {"files[]": SimpleUploadedFile("fake.pdf", b"GIF89a not a pdf")},
    )

    assert response.status_code == 200
    payload = response.json()
    assert payload["success"] is False
    assert payload["error_message"] == not_valid("pdf", "PDF")
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
    assert response.context["form"].errors == {"file": [scriptable("SVG")]}
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
    assert "Report" in cover.description
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


def test_a_truncated_pdf_is_stored_and_the_form_does_not_fail(admin_client):
    """Reading a PDF is best effort (see uploads.documents.read_pdf): a damaged file that
    passed the upload rules is stored, with whatever could be read from it."""
    whole = make_pdf("First page of a cut-off upload", "Second page")
    data = whole[: len(whole) // 2]
    assert data.startswith(b"%PDF-")

    response = add_document(admin_client, "cut.pdf", data, title="Cut off")

    assert response.status_code == 302
    document = Document.objects.get(title="Cut off")
    with document.open_file() as handle:
        assert handle.read() == data
    assert document.page_count in (None, 0, 1, 2)
    if document.page_count is None:
        assert document.text == "" and document.cover is None


def failing(*args, **kwargs):
    import pypdfium2

    raise pypdfium2.PdfiumError("broken page")


def test_an_error_reading_the_text_keeps_the_cover(admin_client, monkeypatch):
    import pypdfium2

    monkeypatch.setattr(pypdfium2.PdfPage, "get_textpage", failing)
    data = make_pdf("Unreadable text")

    response = add_document(admin_client, "report.pdf", data, title="No text")

    assert response.status_code == 302
    document = Document.objects.get(title="No text")
    assert document.text == ""
    assert document.page_count == 1
    assert document.cover is not None


def test_an_error_rendering_the_cover_keeps_the_text(admin_client, monkeypatch):
    import pypdfium2

    monkeypatch.setattr(pypdfium2.PdfPage, "render", failing)
    data = make_pdf("Readable text", "More text")

    response = add_document(admin_client, "report.pdf", data, title="No cover")

    assert response.status_code == 302
    document = Document.objects.get(title="No cover")
    assert "Readable text" in document.text and "More text" in document.text
    assert document.cover is None


def test_any_other_error_while_reading_stores_the_file_without_text(
    admin_client, monkeypatch
):
    import pypdfium2

    monkeypatch.setattr(pypdfium2.PdfDocument, "__len__", lambda self: 1 / 0)

    response = add_document(admin_client, "report.pdf", make_pdf("x"), title="Odd")

    assert response.status_code == 302
    document = Document.objects.get(title="Odd")
    assert (document.text, document.page_count, document.cover) == ("", None, None)


def test_a_replacing_file_without_a_first_page_drops_the_old_cover():
    document = Document(title="Handbook")
    document.file.save("one.pdf", ContentFile(make_pdf("First edition")), save=False)
    document.save()
    assert document.cover is not None

    document.file.save("two.docx", ContentFile(VALID["notes.docx"]), save=False)
    document.save()

    document.refresh_from_db()
    assert document.cover is None and document.text == ""


def test_office_files_are_read_with_a_size_cap(monkeypatch):
    """A "mimetype" member that would expand to 50 MB is not decompressed: at most
    MAX_ZIP_MEMBER_BYTES + 1 bytes are read, and the file is refused."""
    from uploads import documents

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", b"application/epub+zip" + b" " * 50_000_000)
    bomb = buffer.getvalue()
    assert len(bomb) < 100_000
    reads = []
    real_open = zipfile.ZipFile.open

    def recording_open(self, name, *args, **kwargs):
        member = real_open(self, name, *args, **kwargs)
        real_read = member.read

        def read(size=-1):
            data = real_read(size)
            reads.append((size, len(data)))
            return data

        member.read = read
        return member

    monkeypatch.setattr(zipfile.ZipFile, "open", recording_open)

    assert documents._zip_member(bomb, "mimetype") is None
    with pytest.raises(ValidationError) as refused:
        validate_document_file(SimpleUploadedFile("book.epub", bomb))
    assert refused.value.messages == [not_valid("epub", "EPUB")]
    assert all(0 <= size <= documents.MAX_ZIP_MEMBER_BYTES + 1 for size, _ in reads), (
        reads
    )


def test_a_document_an_output_offers_cannot_be_deleted(admin_client, tree):
    """Wagtail sees the output's use (on_delete=PROTECT) and refuses, single or bulk."""
    from resources.tests.factories import OutputPageFactory

    output = OutputPageFactory(parent=tree.outputs, title="Handbook")
    document = output.files.get().document

    single = admin_client.post(reverse("wagtaildocs:delete", args=(document.pk,)))
    bulk = admin_client.post(
        reverse("wagtail_bulk_action", args=("home", "customdocument", "delete"))
        + f"?id={document.pk}",
        {},
    )

    assert (single.status_code, bulk.status_code) == (302, 302)
    assert get_document_model().objects.filter(pk=document.pk).exists()
    assert output.files.get().document_id == document.pk
