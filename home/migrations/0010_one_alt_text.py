"""One alt text: Wagtail's image ``description``. Existing alt texts move there (where
an image has no description yet, or had the same text); the project's own field goes."""

from django.db import migrations


def move_alt_texts(apps, schema_editor):
    CustomImage = apps.get_model("home", "CustomImage")
    images = []
    for image in CustomImage.objects.exclude(alt_text="").only(
        "pk", "alt_text", "description"
    ):
        if not image.description.strip():
            image.description = image.alt_text[:255]
            images.append(image)
    CustomImage.objects.bulk_update(images, ["description"], batch_size=500)


def restore_alt_texts(apps, schema_editor):
    CustomImage = apps.get_model("home", "CustomImage")
    for image in CustomImage.objects.exclude(description=""):
        image.alt_text = image.description[:250]
        image.save(update_fields=["alt_text"])


class Migration(migrations.Migration):
    dependencies = [("home", "0009_site_texts_counted_figures_credit_names")]

    operations = [
        migrations.RunPython(move_alt_texts, restore_alt_texts),
        migrations.RemoveField(model_name="customimage", name="alt_text"),
    ]
