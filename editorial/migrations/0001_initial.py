# EditorTeam moves here from home: the table (home_editorteam) and its rows stay as
# they are, only Django's idea of which app owns the model changes.

import django.db.models.deletion
from django.db import migrations, models


def move_content_type(apps, schema_editor):
    """The model's content type (and so its permissions) follows it to this app."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    old = ContentType.objects.filter(app_label="home", model="editorteam")
    if not ContentType.objects.filter(app_label="editorial", model="editorteam").exists():
        old.update(app_label="editorial")


def move_content_type_back(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    if not ContentType.objects.filter(app_label="home", model="editorteam").exists():
        ContentType.objects.filter(app_label="editorial", model="editorteam").update(
            app_label="home"
        )


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("home", "0010_one_alt_text"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="EditorTeam",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("collection", models.ForeignKey(blank=True, help_text="Where the team's images and documents live.", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+", to="wagtailcore.collection", verbose_name="collection")),
                        ("group", models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name="editor_team", to="auth.group", verbose_name="group")),
                        ("locale", models.ForeignKey(blank=True, help_text="Empty for coordinators, who work in every language.", null=True, on_delete=django.db.models.deletion.CASCADE, related_name="+", to="wagtailcore.locale", verbose_name="language")),
                    ],
                    options={
                        "verbose_name": "editor team",
                        "db_table": "home_editorteam",
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(move_content_type, move_content_type_back),
    ]
