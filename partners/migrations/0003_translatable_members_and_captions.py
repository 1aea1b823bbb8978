"""Network members and gallery images become translatable with their page.

Each existing row gets its page's locale and a key of its own; a row of a translated
page shares the key of the source page's row in the same place (same position), so
that wagtail-localize keeps them paired.
"""

import uuid

import django.db.models.deletion
from django.db import migrations, models


def fill_translation_fields(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    for model_name in ("NetworkMember", "CaseStoryGalleryImage"):
        model = apps.get_model("partners", model_name)
        parent_field = "network" if model_name == "NetworkMember" else "page"
        # The same order on every database (NULL positions last).
        rows = list(
            model.objects.order_by(
                f"{parent_field}_id", models.F("sort_order").asc(nulls_last=True), "pk"
            )
        )
        pages = Page.objects.in_bulk({getattr(row, f"{parent_field}_id") for row in rows})
        keys, position = {}, {}
        for row in rows:
            page = pages[getattr(row, f"{parent_field}_id")]
            place = position[page.pk] = position.get(page.pk, -1) + 1
            # One page per language per item, one row per place: keys stay unique.
            row.locale_id = page.locale_id
            row.translation_key = keys.setdefault((page.translation_key, place), uuid.uuid4())
        model.objects.bulk_update(rows, ["locale", "translation_key"])


def translatable(model_name):
    return [
        migrations.AddField(
            model_name=model_name,
            name="translation_key",
            field=models.UUIDField(null=True, editable=False),
        ),
        migrations.AddField(
            model_name=model_name,
            name="locale",
            field=models.ForeignKey(
                null=True,
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
    ]


def required(model_name):
    return [
        migrations.AlterField(
            model_name=model_name,
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(
            model_name=model_name,
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterUniqueTogether(
            name=model_name, unique_together={("translation_key", "locale")}
        ),
    ]


class Migration(migrations.Migration):
    dependencies = [
        ("partners", "0002_credit_is_a_name"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        *translatable("networkmember"),
        *translatable("casestorygalleryimage"),
        migrations.RunPython(fill_translation_fields, migrations.RunPython.noop),
        *required("networkmember"),
        *required("casestorygalleryimage"),
    ]
