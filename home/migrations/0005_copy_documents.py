"""Move documents uploaded before the custom document model into it, keeping their ids
(so document links in StreamFields and rich text stay valid)."""

from django.db import migrations


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


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0004_custom_document"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(copy_documents, migrations.RunPython.noop)]
