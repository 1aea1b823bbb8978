# EditorTeam now belongs to the editorial app (editorial/migrations/0001_initial.py);
# its table stays.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("editorial", "0001_initial"),
        ("home", "0010_one_alt_text"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="EditorTeam")],
            database_operations=[],
        ),
    ]
