"""One name in code and UI: ResourceIndexPage, ResourcePage and ResourceFile are
OutputIndexPage, OutputPage and OutputFile, and a page's ``resource_type`` is its
``output_type``.

The tables and the type's column keep their names (``db_table``, ``db_column``), so
the database changes only where Django names a column after the model: the
``resourcepage_id`` column of the outputs' many-to-many tables. Django renames the
content types with the models (contenttypes' RenameContentType), so pages, revisions
and translations keep pointing at them. Stored revisions and wagtail-localize's
translation sources keep a page's fields by name, so their ``resource_type`` becomes
``output_type`` here: an old revision still reverts, and a translation still syncs,
with its type; the sources that were up to date are marked as made with this
migration's schema, so wagtail-localize does not warn of an older one. The
permissions Django made for the old names are renamed rather than left behind.
"""

import json

from django.db import migrations, models

OLD, NEW = "resource_type", "output_type"
SCHEMAS = ("0006_safe_link_addresses", "0007_one_name_output")
MODELS = {
    "resourceindexpage": "outputindexpage",
    "resourcepage": "outputpage",
    "resourcefile": "outputfile",
}


def rename_key(content, old, new):
    if old not in content:
        return False
    content[new] = content.pop(old)
    return True


def output_content_types(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    return list(
        ContentType.objects.filter(
            app_label="resources", model__in=["outputpage", "resourcepage"]
        ).values_list("pk", flat=True)
    )


def rename_stored_field(apps, old, new, schemas):
    content_types = output_content_types(apps)
    Revision = apps.get_model("wagtailcore", "Revision")
    changed = []
    for revision in Revision.objects.filter(content_type_id__in=content_types).iterator():
        if rename_key(revision.content, old, new):
            changed.append(revision)
    Revision.objects.bulk_update(changed, ["content"], batch_size=500)

    TranslationSource = apps.get_model("wagtail_localize", "TranslationSource")
    changed = []
    for source in TranslationSource.objects.filter(
        specific_content_type_id__in=content_types
    ).iterator():
        content = json.loads(source.content_json)
        if rename_key(content, old, new):
            source.content_json = json.dumps(content)
            if source.schema_version == schemas[0]:
                source.schema_version = schemas[1]
            changed.append(source)
    TranslationSource.objects.bulk_update(
        changed, ["content_json", "schema_version"], batch_size=500
    )


def rename_permissions(apps, names):
    """add_resourcepage → add_outputpage…, for the groups that hold them."""
    Permission = apps.get_model("auth", "Permission")
    for old, new in names.items():
        for permission in Permission.objects.filter(
            content_type__app_label="resources", codename__endswith=f"_{old}"
        ):
            codename = permission.codename.removesuffix(old) + new
            clash = Permission.objects.filter(
                content_type=permission.content_type_id, codename=codename
            )
            if not clash.exists():
                permission.codename = codename
                permission.save(update_fields=["codename"])


def forwards(apps, schema_editor):
    rename_stored_field(apps, OLD, NEW, SCHEMAS)
    rename_permissions(apps, MODELS)


def backwards(apps, schema_editor):
    rename_stored_field(apps, NEW, OLD, SCHEMAS[::-1])
    rename_permissions(apps, {new: old for old, new in MODELS.items()})


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0006_safe_link_addresses"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        # The tables keep their names: first named, then the models renamed.
        migrations.AlterModelTable("resourceindexpage", "resources_resourceindexpage"),
        migrations.AlterModelTable("resourcepage", "resources_resourcepage"),
        migrations.AlterModelTable("resourcefile", "resources_resourcefile"),
        migrations.RenameModel("ResourceIndexPage", "OutputIndexPage"),
        migrations.RenameModel("ResourcePage", "OutputPage"),
        migrations.RenameModel("ResourceFile", "OutputFile"),
        # The column keeps its name: first named, then the field renamed.
        migrations.AlterField(
            model_name="outputpage",
            name=OLD,
            field=models.CharField(
                choices=[
                    ("handbook", "Handbook"),
                    ("training_module", "Training module"),
                    ("roadmap", "Roadmap"),
                    ("policy_recommendations", "Policy recommendations"),
                    ("brochure", "Brochure"),
                    ("report", "Report"),
                    ("film", "Film"),
                ],
                db_column=OLD,
                max_length=30,
                verbose_name="type",
            ),
        ),
        migrations.RenameField("outputpage", OLD, NEW),
        migrations.RunPython(forwards, backwards),
    ]
