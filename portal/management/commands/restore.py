from django.core.management.base import BaseCommand, CommandError

from portal.backups import restore_backup


class Command(BaseCommand):
    help = (
        "Replace this site's database rows and media files with an archive that "
        "manage.py backup wrote (into a migrated database and an empty media folder)."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="the archive to read")
        parser.add_argument(
            "--no-input",
            action="store_false",
            dest="interactive",
            help="Do not ask for confirmation.",
        )

    def handle(self, archive, interactive=True, **options):
        if interactive:
            answer = input(
                "Every row of this database will be replaced by the archive's. "
                "Type 'yes' to go on: "
            )
            if answer != "yes":
                raise CommandError("Restore cancelled.")
        manifest, files = restore_backup(archive)
        self.stdout.write(
            f"Restored {archive} (written {manifest['written']}): the database and "
            f"{files} media files; the search index is rebuilt."
        )
