"""Move documents uploaded before the custom document model into it, keeping their ids
(so document links in StreamFields and rich text stay valid) and their tags, and read
their PDFs as an upload now does (text for search, page count, cover)."""

import hashlib
import io
import logging
from pathlib import PurePosixPath

from django.core.files.base import ContentFile
from django.db import migrations

logger = logging.getLogger(__name__)


def copy_documents(apps, schema_editor):
    Document = apps.get_model("wagtaildocs", "Document")
    CustomDocument = apps.get_model("home", "CustomDocument")
    fields = [
        "id",
        "title",
        "file",
        "created_at",
        "uploaded_by_user_id",
        "collection_id",
        "file_size",
        "file_hash",
    ]
    existing = set(CustomDocument.objects.values_list("id", flat=True))
    copies = [
        CustomDocument(**{name: getattr(document, name) for name in fields})
        for document in Document.objects.exclude(id__in=existing).iterator()
    ]
    CustomDocument.objects.bulk_create(copies)
    if copies and schema_editor.connection.vendor == "postgresql":
        table = CustomDocument._meta.db_table
        with schema_editor.connection.cursor() as cursor:
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT MAX(id) FROM {table}))"
            )
    move_tags(apps, [copy.id for copy in copies])
    for copy in CustomDocument.objects.filter(id__in=[copy.id for copy in copies]):
        read_copy(apps, copy)


def move_tags(apps, ids):
    """The tags stay with the same ids; only the model they point at changes."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    TaggedItem = apps.get_model("taggit", "TaggedItem")
    old = ContentType.objects.filter(app_label="wagtaildocs", model="document").first()
    if old is None or not ids:
        return
    new, _created = ContentType.objects.get_or_create(
        app_label="home", model="customdocument"
    )
    TaggedItem.objects.filter(content_type=old, object_id__in=ids).update(
        content_type=new
    )


def read_copy(apps, document):
    """Text, page count and cover of a PDF, as uploads/ reads them for a new file."""
    # Here, not at the top: only this step reads files (the code moved to uploads/
    # after this migration was written; the import contract allows this one import).
    from uploads.documents import read_pdf

    if not document.file.name.lower().endswith(".pdf"):
        return
    try:
        with document.file.open("rb") as handle:
            data = handle.read()
    except OSError:
        logger.warning("Document %s: file %s is missing", document.id, document.file)
        return
    result = read_pdf(data)
    if result is None:
        return
    document.text, document.page_count, picture = result
    if picture is not None:
        document.cover_id = make_cover(apps, document, picture)
    document.save(update_fields=["text", "page_count", "cover"])


def make_cover(apps, document, picture):
    Image = apps.get_model("home", "CustomImage")
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=85, optimize=True)
    data = buffer.getvalue()
    storage = Image._meta.get_field("file").storage
    stem = PurePosixPath(document.file.name).stem
    name = storage.save(f"original_images/{stem}-cover.jpg", ContentFile(data))
    title = f"Cover of “{document.title}”"[:250]
    return Image.objects.create(
        title=title,
        alt_text=title,
        file=name,
        width=picture.width,
        height=picture.height,
        file_size=len(data),
        file_hash=hashlib.sha1(data).hexdigest(),  # noqa: S324 - Wagtail's own hash
        collection_id=document.collection_id,
    ).pk


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0004_custom_document"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [migrations.RunPython(copy_documents, migrations.RunPython.noop)]
