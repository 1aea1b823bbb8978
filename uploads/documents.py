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

import pypdfium2
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images import get_image_model

logger = logging.getLogger(__name__)


def format_label(extension):
    """'PDF', 'DOCX', … for people: the extension in capitals."""
    return extension.upper()


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
#: The cover is rendered this many pixels high, and at most this many wide.
COVER_HEIGHT = 900
COVER_MAX_WIDTH = 1800
#: The largest page accepted, in points: 14,400 (5.08 m), the PDF standard's own limit.
MAX_PAGE_POINTS = 14_400
#: The most bytes read from one member of an office file (only its short "mimetype").
MAX_ZIP_MEMBER_BYTES = 1024


def extension_of(name):
    return PurePosixPath(name or "").suffix.lower().lstrip(".")


def allowed_extensions():
    return list(settings.WAGTAILDOCS_EXTENSIONS)


def _zip_member(data, name, limit=MAX_ZIP_MEMBER_BYTES):
    """The bytes of one member of a ZIP archive, or None if it is not there or is
    larger than `limit` bytes.

    Never more than `limit` + 1 bytes are decompressed, whatever size the archive
    claims, so a small upload cannot expand into gigabytes (a "zip bomb").
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if archive.getinfo(name).file_size > limit:
                return None
            with archive.open(name) as member:
                content = member.read(limit + 1)
    except (zipfile.BadZipFile, KeyError, OSError, RuntimeError, ValueError):
        return None
    return content if len(content) <= limit else None


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
        expected = settings.WAGTAILDOCS_CONTENT_TYPES[extension].encode()
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
    labels = ", ".join(format_label(ext) for ext in allowed)
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
                "label": format_label(extension),
            },
        )
    if extension == "pdf":
        validate_pdf_page_size(data)


def validate_pdf_page_size(data):
    """Refuse a PDF whose first page (the one rendered as its cover) is larger than
    MAX_PAGE_POINTS, or has no size: a few hundred bytes can ask for gigabytes."""
    try:
        pdf = pypdfium2.PdfDocument(data)
    except Exception:
        return  # Unreadable: stored without text or cover (see read_pdf).
    try:
        if not len(pdf):
            return
        width, height = pdf.get_page_size(0)
    except Exception:
        return
    finally:
        pdf.close()
    if 1 <= width <= MAX_PAGE_POINTS and 1 <= height <= MAX_PAGE_POINTS:
        return
    raise ValidationError(
        _(
            "The first page of this PDF measures %(width)s × %(height)s cm. Pages of "
            "up to %(largest)s × %(largest)s cm are accepted: save the PDF again at "
            "its real size and upload it."
        ),
        code="page_size",
        params={
            "width": _centimetres(width),
            "height": _centimetres(height),
            "largest": _centimetres(MAX_PAGE_POINTS),
        },
    )


def _centimetres(points):
    return number_format(round(points / 72 * 2.54), force_grouping=True)


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

    def _post_clean(self):
        """The model's validation, without a second error for a refused file.

        When the file field has refused an upload, the document has no file, and
        Wagtail's Document.clean would add “File extension “” is not allowed” below
        the reason already given: only the field's own errors are kept.
        """
        refused = len(self._errors.get("file", ()))
        super()._post_clean()
        if refused:
            del self._errors["file"][refused:]


def read_pdf(data):
    """(text, page count, first page as a Pillow image) of a PDF, or None if unreadable.

    Reading is best effort and never refuses the upload: the file has passed the
    upload rules (it is named .pdf and starts with %PDF-), and a PDF that pdfium
    cannot fully read may still open in a visitor's viewer, so it is stored. What
    could not be read is simply missing: a file pdfium cannot open at all gives None
    (stored without text, page count or cover); an error while extracting the text
    keeps the text of the pages read before it; an error while rendering the first
    page leaves the document without a cover. Each failure is logged as a warning.
    """
    try:
        pdf = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as error:
        logger.warning("Cannot open the PDF (%s): stored without text or cover", error)
        return None
    except Exception:
        logger.warning(
            "Cannot open the PDF: stored without text or cover", exc_info=True
        )
        return None
    try:
        page_count = len(pdf)
        return _pdf_text(pdf, page_count), page_count, _pdf_cover(pdf, page_count)
    except Exception:
        logger.warning(
            "Cannot read the PDF: stored without text or cover", exc_info=True
        )
        return None
    finally:
        try:
            pdf.close()
        except Exception:
            logger.warning("Cannot close the PDF", exc_info=True)


def _pdf_text(pdf, page_count):
    """The text of the first pages, up to MAX_TEXT_CHARS; stops at an unreadable page."""
    parts, length = [], 0
    for number in range(min(page_count, MAX_TEXT_PAGES)):
        try:
            page = pdf[number]
            try:
                textpage = page.get_textpage()
                try:
                    text = textpage.get_text_range()
                finally:
                    textpage.close()
            finally:
                page.close()
        except Exception:
            logger.warning(
                "Cannot read the text of PDF page %s", number + 1, exc_info=True
            )
            break
        parts.append(text)
        length += len(text)
        if length >= MAX_TEXT_CHARS:
            break
    return "\n".join(parts)[:MAX_TEXT_CHARS].replace("\x00", "")


def _pdf_cover(pdf, page_count):
    """The first page as an RGB Pillow image COVER_HEIGHT high, or None."""
    if not page_count:
        return None
    try:
        page = pdf[0]
        try:
            width, height = page.get_size()
            if not (1 <= width <= MAX_PAGE_POINTS and 1 <= height <= MAX_PAGE_POINTS):
                logger.warning("The first page of the PDF is too large to render")
                return None
            # Bounded whatever the page's proportions: COVER_HEIGHT high, at most
            # COVER_MAX_WIDTH wide, never more than 4 pixels per point.
            scale = min(COVER_HEIGHT / height, COVER_MAX_WIDTH / width, 4)
            return page.render(scale=scale).to_pil().convert("RGB")
        finally:
            page.close()
    except Exception:
        logger.warning("Cannot render the first page of the PDF", exc_info=True)
        return None


def read_new_file(sender, instance, raw=False, **kwargs):
    """pre_save of the document model: keep the text and a cover of a new PDF; other
    files have neither."""
    if raw or not instance.has_new_file:
        return
    instance.text, instance.page_count = "", None
    result = None
    if instance.file_extension.lower() == "pdf":
        instance.file.open("rb")
        try:
            instance.file.seek(0)
            result = read_pdf(instance.file.read())
        finally:
            instance.file.seek(0)
    picture = None
    if result is not None:
        instance.text, instance.page_count, picture = result
    # A replaced file without a first page to show: the old file's cover is not this
    # file's (the image stays in the library).
    instance.cover = make_cover(instance, picture) if picture is not None else None


def make_cover(document, picture):
    """The document's cover image (a new one, or its old one with a new file)."""
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=85, optimize=True)
    stem = PurePosixPath(document.file.name).stem
    cover = document.cover or get_image_model()(collection=document.collection)
    if cover.pk:
        cover.renditions.all().delete()
    cover.title = _("Cover of “%(title)s”") % {"title": document.title}
    cover.description = cover.title
    cover.file = ImageFile(buffer, name=f"{stem}-cover.jpg")
    cover._set_image_file_metadata()
    cover.save()
    return cover
