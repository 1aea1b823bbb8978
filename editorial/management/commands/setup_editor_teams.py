"""Create or complete the editor teams: groups, collections, permissions, workflows."""

from django.core.management.base import BaseCommand

from editorial.teams import setup_editor_teams


class Command(BaseCommand):
    help = "Create the per-language editor and moderator groups and the coordinators (idempotent)."

    def handle(self, *args, **options):
        teams = setup_editor_teams()
        self.stdout.write(self.style.SUCCESS(f"{len(teams)} language teams ready."))
