"""Uploaded documents: what may be uploaded, and what is read from a PDF at upload.

Every document form in the admin (single upload, multiple upload, the chooser's upload
tab, replacing a file) checks the file with `validate_document_file`: the extension must
be allowed, the content must match it, and the size limit is Wagtail's own
WAGTAILDOCS_MAX_UPLOAD_SIZE. A refused file is a form error and nothing is stored.

A PDF's text (for search) and its first page (as a cover image) are read once, when the
file is stored, by pypdfium2.
"""

import io
import logging
import zipfile
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

logger = logging.getLogger(__name__)

#: extension -> (label shown to people, MIME type)
FORMATS = {
    "pdf": ("PDF", "application/pdf"),
    "docx": (
        "DOCX",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    "odt": ("ODT", "application/vnd.oasis.opendocument.text"),
    "pptx": (
        "PPTX",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ),
    "epub": ("EPUB", "application/epub+zip"),
    "mp4": ("MP4", "video/mp4"),
}

#: Refused with a reason of their own: they can run scripts in a visitor's browser.
SCRIPTABLE = {"svg", "svgz", "html", "htm", "xhtml", "xht", "shtml", "xml", "js"}

#: Signatures of programs, named in the error so an editor knows what happened.
PROGRAM_SIGNATURES = {
    b"MZ": _("a Windows program"),
    b"\x7fELF": _("a Linux program"),
    b"\xcf\xfa\xed\xfe": _("a macOS program"),
    b"#!": _("a script"),
}

#: The longest text kept from one PDF, and the most pages read for it.
MAX_TEXT_CHARS = 500_000
MAX_TEXT_PAGES = 400
#: The cover is rendered this many pixels high.
COVER_HEIGHT = 900


def extension_of(name):
    return PurePosixPath(name or "").suffix.lower().lstrip(".")


def allowed_extensions():
    return list(getattr(settings, "WAGTAILDOCS_EXTENSIONS", None) or FORMATS)


def _zip_member(data, name):
    """The bytes of one member of a ZIP archive, or None if it is not there."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return archive.read(name)
    except (zipfile.BadZipFile, KeyError, OSError, RuntimeError, ValueError):
        return None


def _zip_names(data):
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return set(archive.namelist())
    except (zipfile.BadZipFile, OSError, RuntimeError, ValueError):
        return None


def content_matches(extension, data):
    """True when the bytes are what the extension says they are."""
    if extension == "pdf":
        return data[:1024].lstrip().startswith(b"%PDF-")
    if extension == "mp4":
        return data[4:8] == b"ftyp"
    if extension in ("odt", "epub"):
        expected = FORMATS[extension][1].encode()
        return (_zip_member(data, "mimetype") or b"").strip() == expected
    if extension == "docx":
        return "word/document.xml" in (_zip_names(data) or ())
    if extension == "pptx":
        return "ppt/presentation.xml" in (_zip_names(data) or ())
    return False


def _read(uploaded):
    uploaded.seek(0)
    data = uploaded.read()
    uploaded.seek(0)
    return data


def validate_document_file(uploaded):
    """Refuse a file whose type is not allowed or whose content does not match it."""
    extension = extension_of(uploaded.name)
    allowed = allowed_extensions()
    labels = ", ".join(FORMATS.get(ext, (ext.upper(),))[0] for ext in allowed)
    if extension in SCRIPTABLE:
        raise ValidationError(
            _(
                "%(type)s files are not accepted: they can contain scripts that would "
                "run in visitors' browsers. Upload a PDF instead. Allowed types: "
                "%(allowed)s."
            ),
            code="scriptable",
            params={"type": extension.upper(), "allowed": labels},
        )
    if extension not in allowed:
        raise ValidationError(
            _(
                "Files of type “%(extension)s” are not accepted. Allowed types: %(allowed)s."
            ),
            code="extension",
            params={"extension": extension or _("(none)"), "allowed": labels},
        )
    data = _read(uploaded)
    if not content_matches(extension, data):
        what = next(
            (name for sig, name in PROGRAM_SIGNATURES.items() if data.startswith(sig)),
            None,
        )
        if what:
            message = _(
                "This file is named .%(extension)s but it is %(what)s. Programs are "
                "not accepted."
            )
        else:
            message = _(
                "This file is named .%(extension)s but its content is not a valid "
                "%(label)s file. It may be damaged or renamed; save it again as "
                "%(label)s and upload it."
            )
        raise ValidationError(
            message,
            code="content_mismatch",
            params={
                "extension": extension,
                "what": what,
                "label": FORMATS.get(extension, (extension.upper(),))[0],
            },
        )


class DocumentForm(BaseDocumentForm):
    """Wagtail's document form with the portal's upload rules on the file field."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            field = self.fields["file"]
            # Our validator names the allowed types itself and also checks content.
            field.validators = [validate_document_file]
            field.widget.attrs.setdefault(
                "accept", ",".join(f".{ext}" for ext in allowed_extensions())
            )


def read_pdf(data):
    """(text, page count, first page as a Pillow image) of a PDF, or None if unreadable."""
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError:
        return None
    try:
        page_count = len(pdf)
        parts, length = [], 0
        for index in range(min(page_count, MAX_TEXT_PAGES)):
            page = pdf[index]
            textpage = page.get_textpage()
            text = textpage.get_text_range()
            textpage.close()
            page.close()
            parts.append(text)
            length += len(text)
            if length >= MAX_TEXT_CHARS:
                break
        text = "\n".join(parts)[:MAX_TEXT_CHARS].replace("\x00", "")
        cover = None
        if page_count:
            page = pdf[0]
            scale = COVER_HEIGHT / max(page.get_height(), 1)
            cover = page.render(scale=min(scale, 4)).to_pil().convert("RGB")
            page.close()
        return text, page_count, cover
    finally:
        pdf.close()
