from django.core.management.base import BaseCommand

from portal.backups import write_backup


class Command(BaseCommand):
    help = (
        "Write the database and the media files into one archive (.tar.gz) that "
        "manage.py restore reads (portal/backups.py)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "archive", help="where to write the archive, e.g. site.tar.gz"
        )

    def handle(self, archive, **options):
        manifest = write_backup(archive)
        self.stdout.write(
            f"Wrote {archive}: the database ({manifest['database']}) and "
            f"{manifest['media_files']} media files."
        )
